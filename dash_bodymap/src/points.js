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
 * Where a focus view opens, as a body x: the middle of its box, or the middle of the marks
 * inside it when they are all on one side (`marks`: [{x, y, side}] in body units).
 */
export function openingCentre(box, marks) {
    const inside = (marks || []).filter(
        m =>
            (m.side === 'left' || m.side === 'right') &&
            m.x >= box.x &&
            m.x <= box.x + box.w &&
            m.y >= box.y &&
            m.y <= box.y + box.h
    );
    if (!inside.length || new Set(inside.map(m => m.side)).size > 1) {
        return box.x + box.w / 2;
    }
    return inside.reduce((sum, m) => sum + m.x, 0) / inside.length;
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
