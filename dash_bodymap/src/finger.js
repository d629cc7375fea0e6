// The finger test in geometry: which region lies under most of a fingertip, worked out from the
// regions' outlines rather than by asking the browser to hit-test the drawing at each sample
// (about 1 ms per sample at a phone's speed). Pure functions: the outlines are read once per set
// of regions; at a tap, the caller passes each shown drawing's screen-to-body matrix and clip.

// The finger: a disc of this radius (screen px) sampled on two rings around its centre.
const FINGER_PX = 9;
const RINGS = [
    {radius: FINGER_PX / 2, count: 8},
    {radius: FINGER_PX, count: 16},
];
// A region's edge takes taps within half its stroke; no stroke is drawn wider than this (px).
const MAX_EDGE_PX = 3;
const CURVE_STEPS = 16;
const COMMAND = /([MmLlHhVvCcQqZz])([^MmLlHhVvCcQqZz]*)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
const UNKNOWN = /[^MmLlHhVvCcQqZz\d\s,.eE+-]/;

/** The finger's sample points around (x, y), centre first, in screen px. */
export function fingerSamples(x, y) {
    const points = [[x, y]];
    RINGS.forEach(({radius, count}) => {
        for (let i = 0; i < count; i += 1) {
            const angle = (2 * Math.PI * i) / count;
            points.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
        }
    });
    return points;
}

function curve(ring, from, controls, to) {
    for (let s = 1; s <= CURVE_STEPS; s += 1) {
        const t = s / CURVE_STEPS;
        const u = 1 - t;
        if (controls.length === 1) {
            const [c] = controls;
            ring.push([u * u * from[0] + 2 * u * t * c[0] + t * t * to[0], u * u * from[1] + 2 * u * t * c[1] + t * t * to[1]]);
        } else {
            const [c1, c2] = controls;
            const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
            ring.push([
                w[0] * from[0] + w[1] * c1[0] + w[2] * c2[0] + w[3] * to[0],
                w[0] * from[1] + w[1] * c1[1] + w[2] * c2[1] + w[3] * to[1],
            ]);
        }
    }
}

/**
 * The closed rings (lists of [x, y]) an SVG path outlines, curves flattened; null when the path
 * uses a command not handled here (arcs, smooth curves), so the caller can hit-test instead.
 */
export function pathRings(d) {
    const rings = [];
    let ring = null;
    let at = [0, 0];
    let start = [0, 0];
    if (UNKNOWN.test(d || '')) {
        return null;
    }
    for (const [, letter, args] of (d || '').matchAll(COMMAND)) {
        const n = (args.match(NUMBER) || []).map(Number);
        const cmd = letter.toUpperCase();
        const rel = letter !== cmd;
        const point = (x, y) => (rel ? [at[0] + x, at[1] + y] : [x, y]);
        if (cmd === 'Z') {
            at = start;
            ring = null;
            continue;
        }
        const size = {M: 2, L: 2, H: 1, V: 1, C: 6, Q: 4}[cmd];
        if (n.length === 0 || n.length % size) {
            return null;
        }
        for (let i = 0; i < n.length; i += size) {
            const a = n.slice(i, i + size);
            if (cmd === 'M' && i === 0) {
                at = start = point(a[0], a[1]);
                ring = [at];
                rings.push(ring);
                continue;
            }
            if (!ring) {
                ring = [at];
                rings.push(ring);
            }
            let next;
            if (cmd === 'H') {
                next = [rel ? at[0] + a[0] : a[0], at[1]];
            } else if (cmd === 'V') {
                next = [at[0], rel ? at[1] + a[0] : a[0]];
            } else if (cmd === 'C' || cmd === 'Q') {
                const pairs = [];
                for (let k = 0; k < a.length; k += 2) {
                    pairs.push(point(a[k], a[k + 1]));
                }
                next = pairs.pop();
                curve(ring, at, pairs, next);
                at = next;
                continue;
            } else {
                next = point(a[0], a[1]);
            }
            ring.push(next);
            at = next;
        }
    }
    return rings.filter(r => r.length > 1);
}

/** A region's outline ready for the finger test: its rings and their bounding box. */
export function shapeOf(id, d) {
    const rings = pathRings(d);
    if (rings === null) {
        return null;
    }
    const xs = rings.flat().map(p => p[0]);
    const ys = rings.flat().map(p => p[1]);
    const box = xs.length
        ? {x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys)}
        : {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
    return {id, rings, box};
}

/** The shapes of `regions` ({id, path}) in drawing order, or null if one cannot be read. */
export function shapesOf(regions) {
    const shapes = regions.map(r => shapeOf(r.id, r.path));
    return shapes.some(s => s === null) ? null : shapes;
}

/** Whether (x, y) is inside the rings under SVG's default (nonzero) fill rule. */
export function inside(rings, x, y) {
    let winding = 0;
    rings.forEach(ring => {
        for (let i = 0; i < ring.length; i += 1) {
            const [x0, y0] = ring[i];
            const [x1, y1] = ring[(i + 1) % ring.length];
            const side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
            if (y0 <= y && y1 > y && side > 0) {
                winding += 1;
            } else if (y0 > y && y1 <= y && side < 0) {
                winding -= 1;
            }
        }
    });
    return winding !== 0;
}

/** The distance from (x, y) to the nearest edge of the rings. */
export function edgeDistance(rings, x, y) {
    let best = Infinity;
    rings.forEach(ring => {
        for (let i = 0; i < ring.length; i += 1) {
            const [x0, y0] = ring[i];
            const [x1, y1] = ring[(i + 1) % ring.length];
            const dx = x1 - x0;
            const dy = y1 - y0;
            const length = dx * dx + dy * dy;
            const t = length ? Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length)) : 0;
            best = Math.min(best, Math.hypot(x - x0 - t * dx, y - y0 - t * dy));
        }
    });
    return best;
}

/**
 * The id of the topmost shape (the last drawn) at body point (x, y), as the browser's hit test
 * finds it: inside its fill, or on its stroke, within `edge(id)` (half the stroke, in body
 * units; asked only near an edge, within `maxEdge`) of its outline. Null when on none.
 */
export function topmostAt(shapes, x, y, edge, maxEdge) {
    for (let i = shapes.length - 1; i >= 0; i -= 1) {
        const {id, rings, box} = shapes[i];
        if (x < box.x0 - maxEdge || x > box.x1 + maxEdge || y < box.y0 - maxEdge || y > box.y1 + maxEdge) {
            continue;
        }
        if (inside(rings, x, y)) {
            return id;
        }
        const distance = edgeDistance(rings, x, y);
        if (distance <= maxEdge && distance <= edge(id)) {
            return id;
        }
    }
    return null;
}

/**
 * The id counted most often, if at least half of `total` samples were on some region; ties go
 * to the first counted. Where three regions meet the largest share wins even below half.
 */
export function majority(hits, total) {
    const counts = {};
    hits.forEach(id => {
        if (id !== null) {
            counts[id] = (counts[id] || 0) + 1;
        }
    });
    let best = null;
    let onBody = 0;
    Object.keys(counts).forEach(id => {
        onBody += counts[id];
        if (best === null || counts[id] > counts[best]) {
            best = id;
        }
    });
    return best !== null && onBody * 2 >= total ? best : null;
}

/**
 * The region under most of a fingertip at screen (x, y). `drawings` are the shown drawings in
 * page order, each {inverse (screen to body, {a, b, c, d, e, f}), scale (screen px per body
 * unit), clip ({left, top, right, bottom}, where the drawing can be seen), shapes};
 * `edgePx(id, scale)` is half of a region's stroke in screen px. A later drawing lies above an
 * earlier one.
 */
export function regionUnderFingerAt(drawings, x, y, edgePx) {
    const samples = fingerSamples(x, y);
    const hits = samples.map(([px, py]) => {
        for (let k = drawings.length - 1; k >= 0; k -= 1) {
            const {inverse: m, scale, clip, shapes} = drawings[k];
            // The browser clips a hit test at whole pixels: a point 0.2 px left of a frame's
            // edge still finds what is drawn inside it.
            const cx = Math.round(px);
            const cy = Math.round(py);
            if (cx < clip.left || cx >= clip.right || cy < clip.top || cy >= clip.bottom) {
                continue;
            }
            const bx = m.a * px + m.c * py + m.e;
            const by = m.b * px + m.d * py + m.f;
            const hit = topmostAt(shapes, bx, by, id => edgePx(id, scale) / scale, MAX_EDGE_PX / scale);
            if (hit !== null) {
                return hit;
            }
        }
        return null;
    });
    return majority(hits, samples.length);
}
