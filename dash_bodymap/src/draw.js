// Freehand drawing for BodyMap, the pure part: screen to body coordinates, thinning, SVG paths,
// the eraser layering and the undo stack. No React and no DOM here, so a Node check
// (tests/unit/dash_bodymap/draw_check.js) runs it as it is; drawtool.js uses it in the page.
//
// A stroke is {view, tool: "brush" | "eraser", width, points: [[x, y], ...], intensity,
// qualities} in the view's drawing units (the viewBox, 0-400 across and 0-1000 down), one
// decimal, as an app keeps it.

export const BRUSH_SIZES = {small: 6, medium: 12, large: 24};
export const VIEW_BOX = {x: 0, y: 0, w: 400, h: 1000};
export const MIN_STEP = 1; // units: closer points add nothing a finger could mean
export const MAX_POINTS = 2000; // per stroke
export const MAX_STROKES = 500; // per drawing

function round1(value) {
    return Math.round(value * 10) / 10;
}

/**
 * The inverse of a screen matrix {a, b, c, d, e, f} (an SVGMatrix or DOMMatrix): the matrix that
 * takes client px back to drawing units. Null when it cannot be inverted (a view not shown).
 */
export function invert(m) {
    const det = m.a * m.d - m.b * m.c;
    if (!det || !Number.isFinite(det)) {
        return null;
    }
    return {
        a: m.d / det,
        b: -m.b / det,
        c: -m.c / det,
        d: m.a / det,
        e: (m.c * m.f - m.d * m.e) / det,
        f: (m.b * m.e - m.a * m.f) / det,
    };
}

/** A client point through an inverse screen matrix, kept inside the view box, one decimal. */
export function toBody(inverse, clientX, clientY, box = VIEW_BOX) {
    const x = inverse.a * clientX + inverse.c * clientY + inverse.e;
    const y = inverse.b * clientX + inverse.d * clientY + inverse.f;
    return [
        round1(Math.min(box.x + box.w, Math.max(box.x, x))),
        round1(Math.min(box.y + box.h, Math.max(box.y, y))),
    ];
}

/** Whether `point` is worth adding after `last`: at least `step` units away. */
export function farEnough(last, point, step = MIN_STEP) {
    return !last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= step;
}

/** The points with those closer than `step` to the last kept one left out; the last one stays. */
export function thin(points, step = MIN_STEP) {
    const kept = [];
    points.forEach((point, i) => {
        const last = kept[kept.length - 1];
        if (farEnough(last, point, step)) {
            kept.push(point);
        } else if (i === points.length - 1 && kept.length > 1) {
            kept[kept.length - 1] = point;
        }
    });
    return kept;
}

/** One path segment: "M x y" for the first point, " L x y" after it. */
export function segment(point, first) {
    return `${first ? 'M' : ' L'}${point[0]} ${point[1]}`;
}

/** An SVG path through the points; a single point is a zero-length line (a round dot). */
export function pathFor(points) {
    if (!points || !points.length) {
        return '';
    }
    const d = points.map((p, i) => segment(p, i === 0)).join('');
    return points.length === 1 ? d + segment(points[0], false) : d;
}

/** A size name to its width in units; an unknown name is the medium brush. */
export function widthFor(size) {
    return BRUSH_SIZES[size] || BRUSH_SIZES.medium;
}

/** A finished stroke in the `drawing` form: erasers carry no intensity or qualities. */
export function makeStroke(view, points, brush) {
    const tool = brush && brush.tool === 'eraser' ? 'eraser' : 'brush';
    const stroke = {view, tool, width: widthFor(brush && brush.size), points};
    if (tool === 'brush') {
        const intensity = brush.intensity;
        stroke.intensity = Number.isInteger(intensity) ? intensity : null;
        stroke.qualities = Array.isArray(brush.qualities) ? [...brush.qualities] : [];
    }
    return stroke;
}

/** The same text for the same drawing, whichever side wrote it (the page or the map). */
export function drawingKey(strokes) {
    return JSON.stringify(
        (strokes || []).map(s => [
            s.view,
            s.tool || 'brush',
            Number(s.width),
            s.points,
            s.tool === 'eraser' ? null : s.intensity === undefined ? null : s.intensity,
            s.tool === 'eraser' ? [] : s.qualities || [],
        ])
    );
}

/**
 * One view's strokes as layers, bottom first: each layer is the brush strokes drawn since the
 * last eraser and the eraser strokes that follow them. An eraser takes away only what was drawn
 * before it, so a layer is masked by its own erasers and by those of every later layer.
 */
export function layers(strokes, view) {
    const out = [];
    let current = {brushes: [], erasers: []};
    (strokes || [])
        .filter(s => s.view === view)
        .forEach(s => {
            if (s.tool === 'eraser') {
                current.erasers.push(s);
            } else {
                if (current.erasers.length) {
                    out.push(current);
                    current = {brushes: [], erasers: []};
                }
                current.brushes.push(s);
            }
        });
    if (current.brushes.length || current.erasers.length) {
        out.push(current);
    }
    return out;
}

// The undo stack: past drawings, the drawing shown, and what undo took away (for redo).

export function history(strokes) {
    return {past: [], present: strokes || [], future: []};
}

export function commit(h, strokes) {
    return {past: [...h.past, h.present], present: strokes, future: []};
}

export function addStroke(h, stroke) {
    return commit(h, [...h.present, stroke]);
}

export function clearAll(h) {
    return h.present.length ? commit(h, []) : h;
}

export function undo(h) {
    if (!h.past.length) {
        return h;
    }
    return {past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future]};
}

export function redo(h) {
    if (!h.future.length) {
        return h;
    }
    return {past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1)};
}

/** Which drawing-key combination a key press is: "undo", "redo" or null. */
export function shortcut(event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
        return null;
    }
    const key = (event.key || '').toLowerCase();
    if (key === 'z') {
        return event.shiftKey ? 'redo' : 'undo';
    }
    return key === 'y' && !event.shiftKey ? 'redo' : null;
}
