// Where things are on the screen, for zooming and tapping the body map: a client point in a
// drawing's body coordinates and back, where a focus view opens, and the region under a finger.

// The finger: a disc of this radius (screen px) sampled on two rings around its centre.
const FINGER_PX = 9;
const RINGS = [
    {radius: FINGER_PX / 2, count: 8},
    {radius: FINGER_PX, count: 16},
];

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

function fingerSamples(x, y) {
    const points = [[x, y]];
    RINGS.forEach(({radius, count}) => {
        for (let i = 0; i < count; i += 1) {
            const angle = (2 * Math.PI * i) / count;
            points.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
        }
    });
    return points;
}

/**
 * The region under most of a fingertip at (x, y) in client px, among the clickable regions
 * inside `root`, or null when most of the finger is on no region. Where three regions meet,
 * the one with the largest share wins even below half of the finger.
 */
export function regionUnderFinger(root, x, y) {
    const counts = {};
    const samples = fingerSamples(x, y);
    samples.forEach(([px, py]) => {
        const hit = document
            .elementsFromPoint(px, py)
            .find(el => el.getAttribute && el.getAttribute('role') === 'checkbox' && el.dataset.region);
        if (hit && root.contains(hit)) {
            counts[hit.dataset.region] = (counts[hit.dataset.region] || 0) + 1;
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
    return best !== null && onBody * 2 >= samples.length ? best : null;
}
