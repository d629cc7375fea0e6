// Freehand drawing for BodyMap, the page part: pointer handling, the toolbar and the drawn
// layer of each view. The stroke in progress is one <path> whose `d` is written in a
// requestAnimationFrame, never through a React render, so a stroke keeps up with the finger;
// a finished stroke joins the drawing (React) and is reported to the app.
import React, {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';

import {colourFor} from './colour';
import {dragToMove, movesMap} from './pan';
import {
    BRUSH_SIZES,
    MAX_POINTS,
    MAX_STROKES,
    VIEW_BOX,
    addStroke,
    clearAll,
    drawingKey,
    farEnough,
    history,
    invert,
    layers,
    makeStroke,
    pathFor,
    redo,
    segment,
    shortcut,
    toBody,
    undo,
} from './draw';

export const MARK = 'mark';
export const DRAW = 'draw';
const SIZE_LABELS = {small: 'Small', medium: 'Medium', large: 'Large'};
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * Drawing state and handlers for a BodyMap root. `mode` is "mark" or "draw" (undefined: the map
 * offers no drawing at all); `brush` is {size, tool, intensity, qualities}; `drawing` the
 * strokes. Changes are told through `report` ({mode}, {brush}, {drawing}).
 */
export function useDraw(rootRef, {mode, brush, drawing, colorscale, cmin, cmax, report, say}) {
    const [current, setCurrent] = useState(mode);
    const [tool, setTool] = useState(() => ({size: 'medium', tool: 'brush', ...(brush || {})}));
    // The Move tool: a drag moves the map instead of drawing (kept in the page, not the brush).
    const [moving, setMoving] = useState(false);
    const movingRef = useRef(moving);
    movingRef.current = moving;
    // Once a pen has drawn on this map, fingers (and a resting palm) move it and never draw.
    const penSeen = useRef(false);
    const [stack, setStack] = useState(() => history(drawing || []));
    const stackRef = useRef(stack);
    const active = useRef(null);
    const touches = useRef(new Set());
    const latest = useRef({});
    latest.current = {tool, report, say};

    useEffect(() => setCurrent(mode), [mode]);
    useEffect(() => setTool(t => ({...t, ...(brush || {})})), [JSON.stringify(brush || {})]);
    // A drawing set by the app (a reload, the page's undo or clear) replaces the one shown.
    // What this map reported itself comes back as the prop too, in order, maybe after a newer
    // change (undo right after redo): that echo is not news, or the redo history would be lost.
    const incoming = drawingKey(drawing);
    const told = useRef([]);
    useEffect(() => {
        const echo = told.current.indexOf(incoming);
        if (echo >= 0) {
            told.current.splice(0, echo + 1);
            return;
        }
        if (incoming !== drawingKey(stackRef.current.present)) {
            stackRef.current = history(drawing || []);
            setStack(stackRef.current);
        }
    }, [incoming]);

    const change = useCallback(next => {
        if (next === stackRef.current) {
            return;
        }
        stackRef.current = next;
        setStack(next);
        told.current.push(drawingKey(next.present));
        // The person sees the drawing first; the app hears after the frame.
        requestAnimationFrame(() => setTimeout(() => latest.current.report({drawing: next.present}), 0));
    }, []);

    // The finished stroke is on screen once React has drawn it: only then empty the live path.
    useLayoutEffect(() => {
        const root = rootRef.current;
        if (root && !active.current) {
            root.querySelectorAll('.bodymap__live').forEach(p => p.setAttribute('d', ''));
        }
    }, [stack]);

    const drawMode = current === DRAW;
    useEffect(() => {
        const root = rootRef.current;
        if (!root || !drawMode) {
            return undefined;
        }
        const show = a => {
            a.frame = null;
            a.live.setAttribute('d', a.points.length === 1 ? a.d + segment(a.points[0], false) : a.d);
        };
        const start = (svg, pointerId, point, inverse) => {
            const t = latest.current.tool;
            const live = svg.querySelector('.bodymap__live');
            live.setAttribute('stroke-width', BRUSH_SIZES[t.size] || BRUSH_SIZES.medium);
            live.setAttribute('class', `bodymap__live${t.tool === 'eraser' ? ' is-eraser' : ''}`);
            const colour = colourFor(t.intensity, colorscale, cmin, cmax);
            live.style.stroke = t.tool === 'eraser' ? '' : colour || '';
            const view = svg.closest('.bodymap__view').dataset.view;
            active.current = {pointerId, svg, view, inverse, live, points: [point], d: segment(point, true)};
            active.current.frame = requestAnimationFrame(() => show(active.current));
        };
        const end = keep => {
            const a = active.current;
            active.current = null;
            if (!a) {
                return;
            }
            cancelAnimationFrame(a.frame);
            if (a.svg.hasPointerCapture && a.svg.hasPointerCapture(a.pointerId)) {
                a.svg.releasePointerCapture(a.pointerId);
            }
            if (keep) {
                change(addStroke(stackRef.current, makeStroke(a.view, a.points, latest.current.tool)));
            } else {
                a.live.setAttribute('d', '');
            }
            return a;
        };
        const onDown = event => {
            if (event.pointerType === 'pen') {
                penSeen.current = true;
            }
            if (movesMap(event.pointerType, {moving: movingRef.current, penSeen: penSeen.current})) {
                return; // dragToMove below, or the browser's own pan
            }
            if (event.pointerType === 'touch') {
                touches.current.add(event.pointerId);
                if (touches.current.size > 1) {
                    end(false); // a second finger: the person pinches, not draws
                    return;
                }
            }
            const svg = event.target.closest && event.target.closest('.bodymap__svg');
            if (!svg || active.current || (event.pointerType === 'mouse' && event.button !== 0)) {
                return;
            }
            if (stackRef.current.present.length >= MAX_STROKES) {
                latest.current.say(`The drawing is full (${MAX_STROKES} strokes). Undo or clear to draw more.`);
                return;
            }
            const ctm = svg.getScreenCTM();
            const inverse = ctm && invert(ctm);
            if (!inverse) {
                return;
            }
            event.preventDefault();
            svg.setPointerCapture(event.pointerId);
            start(svg, event.pointerId, toBody(inverse, event.clientX, event.clientY, VIEW_BOX), inverse);
        };
        const onMove = event => {
            const a = active.current;
            if (!a || event.pointerId !== a.pointerId) {
                return;
            }
            // The stroke's moves are for this map alone: the page's own listeners need not wake.
            event.stopPropagation();
            const moves = (event.getCoalescedEvents && event.getCoalescedEvents()) || [];
            (moves.length ? moves : [event]).forEach(move => {
                const point = toBody(a.inverse, move.clientX, move.clientY, VIEW_BOX);
                if (farEnough(a.points[a.points.length - 1], point)) {
                    a.points.push(point);
                    a.d += segment(point, false);
                }
            });
            if (a.points.length >= MAX_POINTS) {
                // A very long stroke goes on as a new one from where it got to.
                const last = a.points[a.points.length - 1];
                end(true);
                start(a.svg, a.pointerId, last, a.inverse);
                a.svg.setPointerCapture(a.pointerId);
            } else if (!a.frame) {
                a.frame = requestAnimationFrame(() => show(a));
            }
        };
        const onUp = event => {
            touches.current.delete(event.pointerId);
            if (active.current && event.pointerId === active.current.pointerId) {
                end(event.type === 'pointerup');
            }
        };
        const onKey = event => {
            const what = shortcut(event);
            if (what && !(event.target.closest && event.target.closest(EDITABLE))) {
                event.preventDefault();
                change((what === 'undo' ? undo : redo)(stackRef.current));
            }
        };
        root.addEventListener('pointerdown', onDown);
        root.addEventListener('pointermove', onMove);
        root.addEventListener('pointerup', onUp);
        root.addEventListener('pointercancel', onUp);
        document.addEventListener('keydown', onKey);
        const stopMoving = dragToMove(root, event =>
            movesMap(event.pointerType, {moving: movingRef.current, penSeen: penSeen.current})
        );
        return () => {
            stopMoving();
            end(false);
            root.removeEventListener('pointerdown', onDown);
            root.removeEventListener('pointermove', onMove);
            root.removeEventListener('pointerup', onUp);
            root.removeEventListener('pointercancel', onUp);
            document.removeEventListener('keydown', onKey);
        };
    }, [rootRef, drawMode, change, colorscale, cmin, cmax]);

    // In draw mode a click on the map is the end of a stroke, never a region's toggle.
    const guardClick = useCallback(
        event => {
            if (drawMode && event.target.closest && event.target.closest('.bodymap__svg')) {
                event.stopPropagation();
                return true;
            }
            return false;
        },
        [drawMode]
    );

    const chooseMode = next => {
        setCurrent(next);
        setMoving(false);
        report({mode: next});
    };
    const chooseTool = update => {
        setMoving(false);
        const next = {...tool, ...update};
        setTool(next);
        report({brush: next});
    };

    const strokes = stack.present;
    const colour = useCallback(s => colourFor(s.intensity, colorscale, cmin, cmax), [colorscale, cmin, cmax]);
    const layer = (view, outline, prefix) => (
        <DrawnLayer key="drawing" strokes={strokes} view={view} outline={outline} prefix={prefix} colour={colour} />
    );
    const controls =
        mode === undefined || mode === null ? null : (
            <DrawControls
                mode={current}
                tool={tool}
                moving={moving}
                onMove={() => setMoving(m => !m)}
                canUndo={stack.past.length > 0}
                canRedo={stack.future.length > 0}
                canClear={strokes.length > 0}
                onMode={chooseMode}
                onTool={chooseTool}
                onUndo={() => change(undo(stackRef.current))}
                onRedo={() => change(redo(stackRef.current))}
                onClear={() => change(clearAll(stackRef.current))}
            />
        );
    // A drawing given without a mode is shown as it is, to look at (no toolbar, no drawing).
    return {
        drawMode,
        moving: drawMode && moving,
        enabled: controls !== null || strokes.length > 0,
        guardClick,
        layer,
        controls,
    };
}

const DrawnLayer = React.memo(function DrawnLayer({strokes, view, outline, prefix, colour}) {
    const parts = useMemo(() => layers(strokes, view), [strokes, view]);
    let body = null;
    parts.forEach((part, k) => {
        const content = [
            body,
            ...part.brushes.map((s, i) => (
                <path
                    key={`b${k}-${i}`}
                    className="bodymap__stroke"
                    d={pathFor(s.points)}
                    strokeWidth={s.width}
                    style={colour(s) ? {stroke: colour(s)} : undefined}
                />
            )),
        ];
        body = (
            <g key={`l${k}`} mask={part.erasers.length ? `url(#${prefix}-erase-${k})` : undefined}>
                {content}
            </g>
        );
    });
    return (
        <g className="bodymap__drawing" clipPath={outline ? `url(#${prefix}-body)` : undefined}>
            <defs>
                {outline && (
                    <clipPath id={`${prefix}-body`}>
                        <path d={outline} />
                    </clipPath>
                )}
                {parts.map((part, k) =>
                    part.erasers.length ? (
                        <mask
                            key={k}
                            id={`${prefix}-erase-${k}`}
                            maskUnits="userSpaceOnUse"
                            x={VIEW_BOX.x}
                            y={VIEW_BOX.y}
                            width={VIEW_BOX.w}
                            height={VIEW_BOX.h}
                        >
                            <rect x={VIEW_BOX.x} y={VIEW_BOX.y} width={VIEW_BOX.w} height={VIEW_BOX.h} fill="white" />
                            {part.erasers.map((s, i) => (
                                <path key={i} className="bodymap__eraser" d={pathFor(s.points)} strokeWidth={s.width} />
                            ))}
                        </mask>
                    ) : null
                )}
            </defs>
            {body}
            <path className="bodymap__live" d="" />
        </g>
    );
});

function DrawControls({mode, tool, moving, onMove, canUndo, canRedo, canClear, onMode, onTool, onUndo, onRedo, onClear}) {
    const pressed = on => (on ? 'true' : 'false');
    return (
        <div className="bodymap__drawbar" role="toolbar" aria-label="Marking or drawing">
            <div className="bodymap__segmented" role="group" aria-label="How to show where it hurts">
                <button type="button" className="bodymap__tool" data-mode={MARK} aria-pressed={pressed(mode !== DRAW)} onClick={() => onMode(MARK)}>
                    Mark areas
                </button>
                <button type="button" className="bodymap__tool" data-mode={DRAW} aria-pressed={pressed(mode === DRAW)} onClick={() => onMode(DRAW)}>
                    Draw
                </button>
            </div>
            {mode === DRAW && (
                <>
                    <div className="bodymap__segmented" role="group" aria-label="Brush size">
                        {Object.keys(BRUSH_SIZES).map(size => (
                            <button
                                key={size}
                                type="button"
                                className="bodymap__tool"
                                data-size={size}
                                aria-label={`${SIZE_LABELS[size]} brush`}
                                aria-pressed={pressed(tool.size === size)}
                                onClick={() => onTool({size})}
                            >
                                <span className={`bodymap__dot bodymap__dot--${size}`} aria-hidden="true" />
                                {SIZE_LABELS[size]}
                            </button>
                        ))}
                    </div>
                    <button
                        type="button"
                        className="bodymap__tool"
                        data-tool="eraser"
                        aria-pressed={pressed(!moving && tool.tool === 'eraser')}
                        onClick={() => onTool({tool: !moving && tool.tool === 'eraser' ? 'brush' : 'eraser'})}
                    >
                        Eraser
                    </button>
                    <button
                        type="button"
                        className="bodymap__tool"
                        data-tool="move"
                        aria-pressed={pressed(moving)}
                        title="Drag with one finger to move the map; choose a brush to draw again"
                        onClick={onMove}
                    >
                        <svg className="bodymap__move-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                            <path d="M8 1 5.5 3.5h1.75v3.75H3.5V5.5L1 8l2.5 2.5V8.75h3.75v3.75H5.5L8 15l2.5-2.5H8.75V8.75h3.75v1.75L15 8l-2.5-2.5v1.75H8.75V3.5h1.75z" />
                        </svg>
                        Move
                    </button>
                    <button type="button" className="bodymap__tool" data-draw="undo" aria-label="Undo last stroke" disabled={!canUndo} onClick={onUndo}>
                        Undo
                    </button>
                    <button type="button" className="bodymap__tool" data-draw="redo" aria-label="Redo stroke" disabled={!canRedo} onClick={onRedo}>
                        Redo
                    </button>
                    <button type="button" className="bodymap__tool" data-draw="clear" disabled={!canClear} onClick={onClear}>
                        Clear drawing
                    </button>
                </>
            )}
        </div>
    );
}
