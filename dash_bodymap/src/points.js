// Where things are on the screen, for zooming and tapping the body map: a client point in a
// drawing's body coordinates and back, where a focus view opens, and the region under a finger.

import {fingerSamples, majority, regionUnderFingerAt} from './finger';

/** A client point (px) in the body coordinates of `svg`. */
export function toBody(svg, at) {
    const point = svg.createSVGPoint();
    point.x = at.x;
    point.y = at.y;
    const body = point.matrixTransform(svg.getScreenCTM().inverse());
    return {x: body.x, y: body.y};
}

/** A body point of `svg` in client px. */
export function toScreen(svg, body) {
    const point = svg.createSVGPoint();
    point.x = body.x;
    point.y = body.y;
    const at = point.matrixTransform(svg.getScreenCTM());
    return {x: at.x, y: at.y};
}

/**
 * Where a focus view opens (the x, in body units, to centre): on the marked side when only one
 * side inside the box is marked; else on the box's middle when the window shows the whole box
 * (`fits`), or, when it cannot, on the patient's right side (the middle of the right-side
 * regions inside the box), so a phone shows one whole leg rather than the inner halves of two.
 */
export function openingCentre(box, marks, regions = [], fits = true) {
    const within = p =>
        (p.side === 'left' || p.side === 'right') &&
        p.x >= box.x &&
        p.x <= box.x + box.w &&
        p.y >= box.y &&
        p.y <= box.y + box.h;
    const marked = (marks || []).filter(within);
    if (marked.length && new Set(marked.map(m => m.side)).size === 1) {
        return middle(marked);
    }
    const right = fits ? [] : (regions || []).filter(p => within(p) && p.side === 'right');
    return right.length ? middle(right) : box.x + box.w / 2;
}

function middle(placed) {
    const xs = placed.map(p => p.x);
    return (Math.min(...xs) + Math.max(...xs)) / 2;
}

// Where a drawing can be seen: the window, cut by each element around it that clips overflow.
function clipOf(svg) {
    const clip = {left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight};
    for (let el = svg; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            const r = el.getBoundingClientRect();
            // An HTML element clips to its padding box; the SVG drawing to its own box.
            const left = el === svg ? r.left : r.left + el.clientLeft;
            const top = el === svg ? r.top : r.top + el.clientTop;
            clip.left = Math.max(clip.left, left);
            clip.top = Math.max(clip.top, top);
            clip.right = Math.min(clip.right, el === svg ? r.right : left + el.clientWidth);
            clip.bottom = Math.min(clip.bottom, el === svg ? r.bottom : top + el.clientHeight);
        }
    }
    return clip;
}

/** Half of a region's drawn edge in screen px, as the browser hit-tests its stroke. */
function edgeOf(root, id, scale) {
    const path = root.querySelector(`[data-region="${CSS.escape(id)}"][role="checkbox"]`);
    const style = path && getComputedStyle(path);
    if (!style || style.stroke === 'none' || style.pointerEvents === 'none') {
        return 0;
    }
    const half = (parseFloat(style.strokeWidth) || 0) / 2;
    return style.vectorEffect === 'non-scaling-stroke' ? half : half * scale;
}

/**
 * The region under most of a fingertip at (x, y) in client px, among the clickable regions
 * inside `root`, or null when most of the finger is on no region. Where three regions meet,
 * the one with the largest share wins even below half of the finger. `shapesByView` are the
 * clickable regions' outlines of each view in drawing order (see finger.js); without them
 * the browser hit-tests each sample instead.
 */
export function regionUnderFinger(root, x, y, shapesByView) {
    if (!shapesByView) {
        return regionUnderFingerByHitTest(root, x, y);
    }
    const drawings = [];
    root.querySelectorAll('.bodymap__view').forEach(figure => {
        const svg = figure.querySelector('.bodymap__svg');
        const shapes = shapesByView[figure.dataset.view];
        const ctm = shapes && svg && svg.getClientRects().length ? svg.getScreenCTM() : null;
        if (ctm) {
            const scale = Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
            drawings.push({inverse: ctm.inverse(), scale, clip: clipOf(svg), shapes});
        }
    });
    return regionUnderFingerAt(drawings, x, y, (id, scale) => edgeOf(root, id, scale));
}

/** The finger test by the browser's hit test at each sample: slow on a phone (1 ms each). */
export function regionUnderFingerByHitTest(root, x, y) {
    const hits = fingerSamples(x, y).map(([px, py]) => {
        const hit = document
            .elementsFromPoint(px, py)
            .find(el => el.getAttribute && el.getAttribute('role') === 'checkbox' && el.dataset.region);
        return hit && root.contains(hit) ? hit.dataset.region : null;
    });
    return majority(hits, hits.length);
}
