import React from 'react';

/**
 * Highlight and marker layers. They never take pointer events, so a click on a
 * highlighted area still reaches the region underneath.
 */

/**
 * A pattern is drawn in a kind no intensity fill can take: lines, dots and outlines in one
 * ink (a deep blue off the intensity scale), each with a white edge, so it stands out on any
 * fill, in greyscale and for the common colour-vision deficiencies. The main zone is dense
 * hatching rising to the right, a dermatome hatching falling to the right, the spillover
 * sparse dots; the marks underneath keep their colours between the lines.
 */
function Hatch({id, angle, line = 'bodymap__hatch-line'}) {
    return (
        <pattern
            id={id}
            width="10"
            height="10"
            patternUnits="userSpaceOnUse"
            patternTransform={`rotate(${angle})`}
        >
            <line x1="5" y1="-1" x2="5" y2="11" className="bodymap__pattern-halo" />
            <line x1="5" y1="-1" x2="5" y2="11" className={line} />
        </pattern>
    );
}

export function PatternDefs({prefix}) {
    return (
        <defs>
            <Hatch id={`${prefix}-hatch`} angle={45} />
            <Hatch id={`${prefix}-hatch-back`} angle={-45} />
            <Hatch id={`${prefix}-hatch-second`} angle={-45} line="bodymap__hatch-line bodymap__hatch-line--second" />
            <pattern id={`${prefix}-rings`} width="14" height="14" patternUnits="userSpaceOnUse">
                {[3.5, 10.5].map(c => (
                    <g key={c}>
                        <circle cx={c} cy={c} r="3.2" className="bodymap__ring-halo" />
                        <circle cx={c} cy={c} r="2.4" className="bodymap__ring" />
                    </g>
                ))}
            </pattern>
            <pattern
                id={`${prefix}-stipple`}
                width="14"
                height="14"
                patternUnits="userSpaceOnUse"
            >
                {[3.5, 10.5].map(c => (
                    <g key={c}>
                        <circle cx={c} cy={c} r="3.6" className="bodymap__stipple-halo" />
                        <circle cx={c} cy={c} r="2.4" className="bodymap__stipple-dot" />
                    </g>
                ))}
            </pattern>
        </defs>
    );
}

// A second pattern shown over the first (another muscle's) is drawn in a second ink, hatched
// the other way and dotted with rings, so the two differ in angle and shape, not only colour.
const PATTERN_FOR = {
    essential: 'hatch',
    spillover: 'stipple',
    dermatome: 'hatch-back',
    'second-essential': 'hatch-second',
    'second-spillover': 'rings',
};
// Kinds drawn as a pattern get a white edge under their outline, so the outline shows on
// the palest and the darkest fill alike.
const HALOED = new Set(Object.keys(PATTERN_FOR));

export function HighlightLayer({highlights, view, regionById, prefix}) {
    const shapes = [];
    highlights.forEach((h, i) => {
        const region = h.region ? regionById[h.region] : null;
        const d = region ? region.path : h.path;
        const onView = region ? region.view === view : h.view === view;
        if (!d || !onView) {
            return;
        }
        const kind = h.kind || 'essential';
        const pattern = PATTERN_FOR[kind];
        const key = `${kind}-${h.region || i}`;
        if (HALOED.has(kind)) {
            shapes.push(
                <path key={`${key}-halo`} className="bodymap__highlight-halo" d={d} />
            );
        }
        shapes.push(
            <path
                key={key}
                className={`bodymap__highlight bodymap__highlight--${kind}`}
                d={d}
                data-highlight={kind}
                data-for={h.region || undefined}
                style={pattern ? {fill: `url(#${prefix}-${pattern})`} : undefined}
            >
                {h.label && <title>{h.label}</title>}
            </path>
        );
    });
    return (
        <g className="bodymap__highlights" pointerEvents="none">
            {shapes}
        </g>
    );
}

function cross(size) {
    return `M${-size} ${-size}L${size} ${size}M${size} ${-size}L${-size} ${size}`;
}

// A solid triangle pointing up, centred on the point: a second pattern's trigger point, set
// apart from the first pattern's X by its shape as well as by its ink.
function triangle(size) {
    const r = size * 1.35;
    const h = r * 0.5;
    const w = r * 0.866;
    return `M0 ${-r}L${w} ${h}L${-w} ${h}Z`;
}

function MarkerShape({symbol, size}) {
    if (symbol === 'x' || symbol === 'triangle') {
        const d = symbol === 'x' ? cross(size) : triangle(size);
        return (
            <>
                <path className="bodymap__marker-halo" d={d} />
                <path d={d} />
            </>
        );
    }
    return <circle r={size * 0.6} />;
}

export function MarkerLayer({markers, view}) {
    const size = 7;
    return (
        <g className="bodymap__markers" pointerEvents="none">
            {markers
                .filter(m => m.view === view)
                .map((m, i) => (
                    <g
                        key={`${m.x}-${m.y}-${i}`}
                        className={`bodymap__marker bodymap__marker--${m.symbol || 'x'}`}
                        transform={`translate(${m.x} ${m.y})`}
                        data-marker={m.label || ''}
                    >
                        {m.label && <title>{m.label}</title>}
                        <MarkerShape symbol={m.symbol || 'x'} size={size} />
                    </g>
                ))}
        </g>
    );
}
