import React from 'react';

/**
 * Highlight and marker layers. They never take pointer events, so a click on a
 * highlighted area still reaches the region underneath.
 */

export function PatternDefs({prefix}) {
    return (
        <defs>
            <pattern
                id={`${prefix}-stipple`}
                width="7"
                height="7"
                patternUnits="userSpaceOnUse"
            >
                <circle cx="2" cy="2" r="1.3" className="bodymap__stipple-dot" />
                <circle cx="5.5" cy="5.5" r="1.3" className="bodymap__stipple-dot" />
            </pattern>
            <pattern
                id={`${prefix}-hatch`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
            >
                <line x1="0" y1="0" x2="0" y2="6" className="bodymap__hatch-line" />
            </pattern>
        </defs>
    );
}

const PATTERN_FOR = {spillover: 'stipple', dermatome: 'hatch'};

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
        shapes.push(
            <path
                key={`${kind}-${h.region || i}`}
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
                        {(m.symbol || 'x') === 'x' ? (
                            <path d={`M${-size} ${-size}L${size} ${size}M${size} ${-size}L${-size} ${size}`} />
                        ) : (
                            <circle r={size * 0.6} />
                        )}
                    </g>
                ))}
        </g>
    );
}
