/**
 * Colour helpers: a value on [cmin, cmax] to a colour on a piecewise-linear scale.
 */

function parseHex(hex) {
    const h = hex.replace('#', '');
    const full = h.length === 3 ? h.split('').map(c => c + c).join('') : h;
    return [0, 2, 4].map(i => parseInt(full.slice(i, i + 2), 16));
}

function toHex(rgb) {
    return '#' + rgb.map(c => Math.round(c).toString(16).padStart(2, '0')).join('');
}

export function colourFor(value, scale, cmin, cmax) {
    if (value === undefined || value === null || Number.isNaN(value) || !scale.length) {
        return null;
    }
    const span = cmax - cmin || 1;
    const t = Math.min(1, Math.max(0, (value - cmin) / span));
    for (let i = 1; i < scale.length; i++) {
        const [t1, c1] = scale[i];
        if (t <= t1) {
            const [t0, c0] = scale[i - 1];
            const f = t1 === t0 ? 0 : (t - t0) / (t1 - t0);
            const a = parseHex(c0);
            const b = parseHex(c1);
            return toHex(a.map((v, k) => v + (b[k] - v) * f));
        }
    }
    return scale[scale.length - 1][1];
}
