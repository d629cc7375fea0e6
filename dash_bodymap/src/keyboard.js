// Keyboard moves and spoken wording of the body map, as pure functions of the regions' data.
// The map is one tab stop; inside it the arrow keys move between regions by where they sit.

const ARROWS = {
    ArrowRight: [1, 0],
    ArrowLeft: [-1, 0],
    ArrowDown: [0, 1],
    ArrowUp: [0, -1],
};

// How much a step sideways costs against a step straight ahead: straight on wins.
const SIDEWAYS_WEIGHT = 2;

/** Whether a key is one of the four arrows. */
export function isArrow(key) {
    return Object.prototype.hasOwnProperty.call(ARROWS, key);
}

/**
 * The centre of an SVG path made of absolute M/L/Z commands (what the map's regions use):
 * the area-weighted centroid of its rings, or the mean of its points when they enclose no area.
 */
export function pathCentroid(path) {
    const rings = [];
    (path || '').split(/[Mm]/).forEach(part => {
        const numbers = (part.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) || []).map(Number);
        const ring = [];
        for (let i = 0; i + 1 < numbers.length; i += 2) {
            ring.push([numbers[i], numbers[i + 1]]);
        }
        if (ring.length) {
            rings.push(ring);
        }
    });
    let area = 0;
    let cx = 0;
    let cy = 0;
    rings.forEach(ring => {
        ring.forEach(([x0, y0], i) => {
            const [x1, y1] = ring[(i + 1) % ring.length];
            const cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        });
    });
    if (Math.abs(area) > 1e-9) {
        return {x: cx / (3 * area), y: cy / (3 * area)};
    }
    const points = [].concat(...rings);
    if (!points.length) {
        return {x: 0, y: 0};
    }
    const sum = points.reduce((acc, [x, y]) => [acc[0] + x, acc[1] + y], [0, 0]);
    return {x: sum[0] / points.length, y: sum[1] / points.length};
}

/** Each region's id, view, label, side and centre, in the order given. */
export function placeRegions(regions) {
    return regions.map(r => ({id: r.id, view: r.view, label: r.label, side: r.side, ...pathCentroid(r.path)}));
}

/**
 * The region an arrow key leads to from `fromId`, or null. Among regions of the same view whose
 * centre lies within 45 degrees of the arrow's direction, the nearest wins, a step sideways
 * counting double. With nothing that way, Left and Right cross to the neighbouring view
 * (views in `views` order, left to right), landing on its region nearest the facing edge.
 */
export function nearestInDirection(placed, fromId, key, views) {
    const from = placed.find(p => p.id === fromId);
    const direction = ARROWS[key];
    if (!from || !direction) {
        return null;
    }
    const [dx, dy] = direction;
    let best = null;
    let bestScore = Infinity;
    placed.forEach(p => {
        if (p.id === from.id || p.view !== from.view) {
            return;
        }
        const vx = p.x - from.x;
        const vy = p.y - from.y;
        const ahead = vx * dx + vy * dy;
        const sideways = Math.abs(vx * dy - vy * dx);
        if (ahead <= 0 || sideways > ahead) {
            return;
        }
        const score = ahead + SIDEWAYS_WEIGHT * sideways;
        if (score < bestScore) {
            best = p;
            bestScore = score;
        }
    });
    if (best || dy !== 0) {
        return best ? best.id : null;
    }
    return crossView(placed, from, dx, views || []);
}

function crossView(placed, from, dx, views) {
    const next = views[views.indexOf(from.view) + dx];
    const there = placed.filter(p => p.view === next);
    if (!next || !there.length) {
        return null;
    }
    // Land at the same height, on the side facing the view just left.
    const edge = dx > 0 ? Math.min(...there.map(p => p.x)) : Math.max(...there.map(p => p.x));
    let best = there[0];
    let bestScore = Infinity;
    there.forEach(p => {
        const score = Math.abs(p.y - from.y) + Math.abs(p.x - edge) / SIDEWAYS_WEIGHT;
        if (score < bestScore) {
            best = p;
            bestScore = score;
        }
    });
    return best.id;
}

/** The first (Home) or last (End) region of the view of `fromId`. */
export function viewEnd(placed, fromId, key) {
    const from = placed.find(p => p.id === fromId);
    if (!from) {
        return null;
    }
    const same = placed.filter(p => p.view === from.view);
    return key === 'End' ? same[same.length - 1].id : same[0].id;
}

/**
 * The region a typed name leads to: a label starting with it first, then a label with a word
 * starting with it, then one containing it; among equals, the first from `fromId` on (after it
 * when one letter is typed again, so repeating a letter steps through the matches).
 */
export function findByName(placed, typed, fromId) {
    const wanted = (typed || '').trim().toLowerCase();
    if (!wanted || !placed.length) {
        return null;
    }
    const start = Math.max(0, placed.findIndex(p => p.id === fromId));
    const skipCurrent = wanted.length === 1 ? 1 : 0;
    const order = placed
        .slice(start + skipCurrent)
        .concat(placed.slice(0, start + skipCurrent));
    const rank = label => {
        const text = label.toLowerCase();
        if (text.startsWith(wanted)) {
            return 0;
        }
        if (text.split(/[\s,()/-]+/).some(word => word.startsWith(wanted))) {
            return 1;
        }
        return text.includes(wanted) ? 2 : 3;
    };
    let best = null;
    let bestRank = 3;
    order.forEach(p => {
        const r = rank(p.label);
        if (r < bestRank) {
            best = p;
            bestRank = r;
        }
    });
    return best ? best.id : null;
}

/**
 * A region's accessible name: its label and, once rated, its intensity ("Right outer thigh,
 * 6 out of 10"); being a checkbox, it is read with its state ("checked").
 */
export function regionName(label, value, max = 10) {
    const rated = typeof value === 'number' && Number.isFinite(value);
    return rated ? `${label}, ${value} out of ${max}` : label;
}

/** What a screen reader says of a region: "Right outer thigh, marked, 6 out of 10". */
export function announce(label, marked, value, max = 10) {
    if (!marked) {
        return `${label}, not marked`;
    }
    const rated = typeof value === 'number' && Number.isFinite(value);
    return `${label}, marked, ${rated ? `${value} out of ${max}` : 'not rated yet'}`;
}

/** The text alternative of one drawing: its name and the areas it covers. */
export function describeView(viewLabel, labels) {
    if (!labels.length) {
        return `${viewLabel} view, no areas.`;
    }
    return `${viewLabel} view, covering: ${labels.join(', ')}.`;
}
