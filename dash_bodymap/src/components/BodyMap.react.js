import React, {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import PropTypes from 'prop-types';

import {colourFor} from '../colour';
import {HighlightLayer, MarkerLayer, PatternDefs} from '../overlays';
import {
    announce,
    describeView,
    findByName,
    isArrow,
    nearestInDirection,
    placeRegions,
    regionName,
    viewEnd,
} from '../keyboard';
import {FindArea, useFind} from '../find';
import {useZoom} from '../zoom';
import {useDraw} from '../drawtool';
import {shapesOf} from '../finger';
import {useFingerTap} from '../tap';

const NO_HOVER = null;
const HOVER_REST_MS = 150;
const QUIET_MS = 450;
const TYPE_AHEAD_MS = 900;

/**
 * BodyMap draws clickable body regions as SVG, one picture per view (front, back...).
 * It knows no anatomy: regions, outlines, highlights and markers all come in as data.
 * Selection, hover, focus and highlighting happen in the browser, so what a person
 * sees changes in the same frame as their click, tap or key press.
 */
const BodyMap = ({
    id,
    regions = [],
    figures = {},
    views = ['front', 'back'],
    layers = ['surface'],
    passiveLayers = [],
    selected = [],
    values = {},
    colorscale = [
        [0, '#fde7c8'],
        [0.5, '#e8793a'],
        [1, '#7a1f1f'],
    ],
    cmin = 0,
    cmax = 10,
    highlights = [],
    markers = [],
    selectable = true,
    ariaLabel = 'Body map',
    focusViews = [],
    focusView = 'whole',
    mode,
    brush,
    drawing,
    findLabel = '',
    n_clicks = 0,
    className = '',
    style,
    setProps,
}) => {
    const [chosen, setChosen] = useState(() => new Set(selected || []));
    const [hover, setHover] = useState(NO_HOVER);
    const [focusId, setFocusId] = useState(null);
    const [activeId, setActiveId] = useState(null);
    const [spoken, setSpoken] = useState('');
    const [hiddenViews, setHiddenViews] = useState('');
    const rootRef = useRef(null);

    // Keyed on content, not identity: a default [] is a new array on every render.
    // A held tap (see below) keeps this map ahead of what it last told Dash, so Dash handing
    // that back is not news: only a selection set from outside (undo, clear, a load) is taken.
    const selectedKey = (selected || []).join('\n');
    const told = useRef(null);
    // How many times the selection was set from outside (the focus views follow it there).
    const [restored, setRestored] = useState(0);
    useEffect(() => {
        if (selectedKey !== told.current) {
            setChosen(new Set(selected || []));
            setRestored(n => n + 1);
        }
        told.current = null;
    }, [selectedKey]);

    const byView = useMemo(() => groupRegions(regions, layers), [regions, layers]);
    const regionById = useMemo(() => {
        const map = {};
        regions.forEach(r => {
            map[r.id] = r;
        });
        return map;
    }, [regions]);

    // Handlers read the latest props through a ref, so they keep one identity and a click
    // re-renders only the regions whose state changed.
    const latest = useRef({});
    // Counted here too: a second click can come before Dash has passed the first count back.
    const clicks = useRef(n_clicks || 0);
    useEffect(() => {
        clicks.current = Math.max(clicks.current, n_clicks || 0);
    }, [n_clicks]);
    // A page may hide a view (one at a time on a phone): the tab stop must not stay there.
    useEffect(() => {
        const root = rootRef.current;
        if (!root || typeof ResizeObserver === 'undefined') {
            return undefined;
        }
        const figures = [...root.querySelectorAll('.bodymap__view')];
        const observer = new ResizeObserver(() =>
            setHiddenViews(
                figures
                    .filter(f => !f.getClientRects().length)
                    .map(f => f.dataset.view)
                    .join('\n')
            )
        );
        figures.forEach(f => observer.observe(f));
        return () => observer.disconnect();
    }, [views.join('\n')]);

    // Only active regions of shown views take part in keyboard moves.
    const placed = useMemo(
        () =>
            placeRegions(
                views.filter(view => !hiddenViews.split('\n').includes(view)).flatMap(view =>
                    (byView[view] || []).filter(
                        r => !passiveLayers.includes(r.layer || 'surface')
                    )
                )
            ),
        [byView, views, passiveLayers, hiddenViews]
    );
    // One tab stop: the region last focused, or the first one.
    const tabStop = placed.some(p => p.id === activeId)
        ? activeId
        : placed.length
        ? placed[0].id
        : null;
    latest.current = {...latest.current, chosen, selectable, setProps, values, cmax};

    const say = useCallback(
        (regionId, marked) => {
            const region = regionById[regionId];
            if (region) {
                setSpoken(announce(region.label, marked, latest.current.values[regionId], cmax));
            }
        },
        [regionById, cmax]
    );

    const report = useCallback(props => {
        if (latest.current.setProps) {
            latest.current.setProps(props);
        }
    }, []);

    // Tell Dash after the next frame: the person sees the change first, the server hears later.
    const reportAfterPaint = useCallback(
        props =>
            requestAnimationFrame(() =>
                setTimeout(() => {
                    if (props.selected) {
                        told.current = props.selected.join('\n');
                    }
                    report(props);
                }, 0)
            ),
        [report]
    );

    // A touch tap may be held back (`holdMs`) before Dash hears of it, so a double tap can take
    // it back (see zoom.js). Taps in quick succession are told to Dash together, once the finger
    // has rested for QUIET_MS: each report makes the page do work, and on a slow phone that work
    // would make the next tap wait. Anything else toggled meanwhile sends the held tap first.
    const held = useRef(null);
    const sendHeld = useCallback(() => {
        const tap = held.current;
        held.current = null;
        if (tap) {
            clearTimeout(tap.timer);
            latest.current.say(tap.regionId, tap.marked);
            reportAfterPaint(tap.update);
        }
    }, [reportAfterPaint]);

    const toggle = useCallback(
        (regionId, holdMs) => {
            // A tap still held is merged into this one: this one's report carries both.
            const prior = holdMs ? held.current : null;
            if (prior) {
                clearTimeout(prior.timer);
                held.current = null;
            } else {
                sendHeld();
            }
            const now = latest.current;
            // The tab stop follows the area last marked (a tap does not focus it).
            setActiveId(regionId);
            const previous = now.chosen;
            const next = new Set(previous);
            clicks.current += 1;
            const update = {clicked: regionId, n_clicks: clicks.current};
            if (now.selectable) {
                if (next.has(regionId)) {
                    next.delete(regionId);
                } else {
                    next.add(regionId);
                }
                setChosen(next);
                now.chosen = next;
                // A Set keeps insertion order, so this is the order of marking.
                update.selected = [...next];
            }
            if (holdMs) {
                const timer = setTimeout(sendHeld, Math.max(holdMs, QUIET_MS));
                // Taken back (a double tap), the taps merged before it are still to be told.
                const fallback = prior ? prior.update : null;
                held.current = {regionId, marked: next.has(regionId), update, previous, timer, fallback};
                return;
            }
            latest.current.say(regionId, next.has(regionId));
            reportAfterPaint(update);
        },
        [reportAfterPaint, sendHeld]
    );
    latest.current.say = say;

    const takeBack = useCallback(() => {
        const tap = held.current;
        held.current = null;
        if (tap) {
            clearTimeout(tap.timer);
            clicks.current -= 1;
            setChosen(tap.previous);
            latest.current.chosen = tap.previous;
            if (tap.fallback) {
                reportAfterPaint(tap.fallback);
            }
        }
        return Boolean(tap);
    }, [reportAfterPaint]);
    useEffect(() => () => held.current && clearTimeout(held.current.timer), []);

    const placedAll = useMemo(() => placeRegions(regions), [regions]);
    const marks = useCallback(
        view => placedAll.filter(p => p.view === view && latest.current.chosen.has(p.id)),
        [placedAll]
    );

    const regionsOf = useCallback(view => placedAll.filter(p => p.view === view), [placedAll]);
    // The finger test's outlines, read once per set of regions (keyed on content: a default
    // [] is a new array on every render). Null when one cannot be read: the browser then
    // hit-tests each tap.
    const layersKey = layers.join('\n');
    const passiveKey = passiveLayers.join('\n');
    const fingerShapes = useMemo(() => {
        const grouped = groupRegions(regions, layersKey.split('\n'));
        const passive = passiveKey.split('\n');
        const shapes = {};
        for (const view of Object.keys(grouped)) {
            shapes[view] = shapesOf(grouped[view].filter(r => !passive.includes(r.layer || 'surface')));
            if (shapes[view] === null) {
                return null;
            }
        }
        return shapes;
    }, [regions, layersKey, passiveKey]);
    const zoom = useZoom(rootRef, focusViews, focusView, report, {marks, regionsOf, figures, restored});
    const draw = useDraw(rootRef, {mode, brush, drawing, colorscale, cmin, cmax, report, say: setSpoken});
    const fingerTap = useFingerTap(rootRef, {
        toggle,
        takeBack,
        zoomIn: zoom.zoomIn,
        fingerShapes,
        drawing: draw.drawMode,
    });

    // Hover is told to Dash once the pointer rests, so sweeping across the body (or moving in
    // to click) never keeps the page busy when a click arrives.
    const hoverTimer = useRef(null);
    const reportHover = useCallback(
        regionId => {
            clearTimeout(hoverTimer.current);
            hoverTimer.current = setTimeout(() => report({hovered: regionId}), HOVER_REST_MS);
        },
        [report]
    );
    useEffect(() => () => clearTimeout(hoverTimer.current), []);

    const showHover = useCallback(
        (regionId, event) => {
            const box = rootRef.current && rootRef.current.getBoundingClientRect();
            let at = null;
            if (box && event && event.clientX !== undefined) {
                at = {x: event.clientX - box.left, y: event.clientY - box.top};
            } else if (box && event && event.target && event.target.getBoundingClientRect) {
                const r = event.target.getBoundingClientRect();
                at = {x: r.left + r.width / 2 - box.left, y: r.top - box.top};
            }
            setHover({id: regionId, at});
            if (latest.current.hoveredId !== regionId) {
                latest.current.hoveredId = regionId;
                reportHover(regionId);
            }
        },
        [reportHover]
    );

    const clearHover = useCallback(() => {
        setHover(NO_HOVER);
        if (latest.current.hoveredId) {
            latest.current.hoveredId = null;
            reportHover(null);
        }
    }, [reportHover]);

    const follow = zoom.follow;
    // The focused region speaks for itself (its name, state and intensity), so a move puts
    // nothing in the live region: one move is announced once.
    const moveTo = useCallback(
        (regionId, reveal) => {
            const target =
                regionId &&
                rootRef.current &&
                rootRef.current.querySelector(
                    `[data-region="${CSS.escape(regionId)}"][role="checkbox"]`
                );
            if (target) {
                setActiveId(regionId);
                target.focus({preventScroll: Boolean(reveal)});
                if (reveal) {
                    reveal(target);
                } else {
                    follow(target);
                }
            }
        },
        [follow]
    );

    const find = useFind({
        views,
        byView,
        passiveLayers,
        hiddenViews,
        regionById,
        report,
        moveTo,
        reveal: zoom.reveal,
    });

    const typed = useRef({text: '', at: 0});
    const onKeyDown = useCallback(
        (regionId, event) => {
            const key = event.key;
            if (key === 'Enter' || key === ' ' || key === 'Spacebar') {
                event.preventDefault();
                toggle(regionId);
            } else if (key === 'Escape') {
                clearHover();
            } else if (isArrow(key) || key === 'Home' || key === 'End') {
                event.preventDefault();
                typed.current.text = '';
                moveTo(
                    isArrow(key)
                        ? nearestInDirection(placed, regionId, key, views)
                        : viewEnd(placed, regionId, key)
                );
            } else if (key.length === 1 && /\S/.test(key) && !event.ctrlKey && !event.metaKey) {
                // Type-ahead: letters typed close together build one name to look for.
                const now = Date.now();
                const text = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '';
                typed.current = {text: text + key, at: now};
                moveTo(findByName(placed, typed.current.text, regionId));
            }
        },
        [toggle, clearHover, moveTo, placed, views]
    );

    const hovered = hover && regionById[hover.id];
    const focused = focusId && regionById[focusId];

    return (
        <div
            id={id}
            ref={rootRef}
            className={`bodymap ${zoom.zoomed ? 'is-zoomed' : ''} ${zoom.stacked ? 'is-stacked' : ''} ${draw.drawMode ? 'is-drawing' : ''} ${draw.moving ? 'is-moving' : ''} ${className}`
                .replace(/\s+/g, ' ')
                .trim()}
            style={style}
            role="group"
            aria-label={ariaLabel}
            data-views={views.length}
            onClickCapture={event => draw.guardClick(event) || fingerTap.onClickCapture(event)}
        >
            <div className="bodymap__announcement" role="status" aria-live="polite">
                {spoken}
            </div>
            {zoom.controls}
            {draw.controls}
            {findLabel && (
                <FindArea
                    idBase={id || 'bodymap'}
                    label={findLabel}
                    placed={find.findable}
                    onChoose={find.choose}
                    onCount={setSpoken}
                />
            )}
            {views.map(view => {
                const figure = figures[view] || {};
                return (
                    <figure className="bodymap__view" key={view} data-view={view}>
                        <svg
                            className="bodymap__svg"
                            {...zoom.svgProps(view, figure.viewBox, {viewBox: figure.viewBox || '0 0 400 1000'})}
                            preserveAspectRatio="xMidYMid meet"
                            role="group"
                            aria-label={`${figure.label || view} view`}
                            aria-describedby={`${id || 'bodymap'}-${view}-desc`}
                        >
                            <desc id={`${id || 'bodymap'}-${view}-desc`}>
                                {describeView(
                                    figure.label || view,
                                    (byView[view] || []).map(r => r.label)
                                )}
                            </desc>
                            <PatternDefs prefix={`${id || 'bodymap'}-${view}`} />
                            {figure.outline && (
                                <path className="bodymap__outline" d={figure.outline} />
                            )}
                            {(byView[view] || []).map(region => (
                                <Region
                                    key={region.id}
                                    region={region}
                                    checked={chosen.has(region.id)}
                                    fill={colourFor(values[region.id], colorscale, cmin, cmax)}
                                    name={regionName(region.label, values[region.id], cmax)}
                                    onToggle={toggle}
                                    onHover={showHover}
                                    onLeave={clearHover}
                                    onKeyDown={onKeyDown}
                                    onFocusChange={setFocusId}
                                    onActivate={setActiveId}
                                    tabStop={region.id === tabStop}
                                    passive={passiveLayers.includes(region.layer || 'surface')}
                                />
                            ))}
                            {draw.enabled && draw.layer(view, figure.outline, `${id || 'bodymap'}-${view}`)}
                            <HighlightLayer
                                highlights={highlights}
                                view={view}
                                regionById={regionById}
                                prefix={`${id || 'bodymap'}-${view}`}
                            />
                            <MarkerLayer markers={markers} view={view} />
                            {focused && focused.view === view && (
                                <path className="bodymap__focus-ring" d={focused.path} />
                            )}
                            {(figure.annotations || []).map(note => (
                                <text
                                    key={`${note.text}-${note.x}-${note.y}`}
                                    className="bodymap__annotation"
                                    x={note.x}
                                    y={note.y}
                                    aria-hidden="true"
                                >
                                    {note.text}
                                </text>
                            ))}
                        </svg>
                        {figure.label && (
                            <figcaption className="bodymap__caption">{figure.label}</figcaption>
                        )}
                    </figure>
                );
            })}
            <div
                className="bodymap__tooltip"
                role="tooltip"
                hidden={!hovered}
                style={
                    hovered && hover.at
                        ? {left: `${hover.at.x}px`, top: `${hover.at.y}px`}
                        : undefined
                }
            >
                {hovered ? hovered.label : ''}
            </div>
        </div>
    );
};

const Region = React.memo(function Region({
    region,
    checked,
    fill,
    name,
    onToggle,
    onHover,
    onLeave,
    onKeyDown,
    onFocusChange,
    onActivate,
    tabStop,
    passive,
}) {
    const classes = ['bodymap__region', `bodymap__region--${region.layer || 'surface'}`];
    if (region.deep) {
        classes.push('is-deep');
    }
    if (checked) {
        classes.push('is-selected');
    }
    if (passive) {
        // Drawn for reference only: no pointer, no tab stop, not announced as a control.
        classes.push('is-passive');
        return (
            <path
                className={classes.join(' ')}
                d={region.path}
                data-region={region.id}
                style={fill ? {fill} : undefined}
            >
                <title>{region.label}</title>
            </path>
        );
    }
    return (
        <path
            className={classes.join(' ')}
            d={region.path}
            data-region={region.id}
            role="checkbox"
            aria-checked={checked ? 'true' : 'false'}
            aria-label={name}
            tabIndex={tabStop ? 0 : -1}
            style={fill ? {fill} : undefined}
            onClick={() => onToggle(region.id)}
            onKeyDown={event => onKeyDown(region.id, event)}
            // A finger neither hovers nor focuses: no tooltip, and no compatibility mouse
            // events or focus change to handle before the tap's own frame.
            onPointerDown={event => event.pointerType === 'touch' && event.preventDefault()}
            onPointerEnter={event => event.pointerType !== 'touch' && onHover(region.id, event)}
            onPointerMove={event => event.pointerType !== 'touch' && onHover(region.id, event)}
            onPointerLeave={onLeave}
            onFocus={event => {
                onActivate(region.id);
                // The ring and name follow keyboard focus only; a click already shows both.
                if (event.target.matches(':focus-visible')) {
                    onFocusChange(region.id);
                    onHover(region.id, {target: event.target});
                }
            }}
            onBlur={() => {
                onFocusChange(null);
                onLeave();
            }}
        />
    );
});

function groupRegions(regions, layers) {
    const visible = new Set(layers);
    const groups = {};
    // Layers draw in the order given, so a later layer (muscles) sits above an earlier one.
    layers.forEach(layer => {
        regions
            .filter(r => (r.layer || 'surface') === layer && visible.has(layer))
            .forEach(r => {
                (groups[r.view] = groups[r.view] || []).push(r);
            });
    });
    return groups;
}

BodyMap.propTypes = {
    /**
     * The ID used to identify this component in Dash callbacks.
     */
    id: PropTypes.string,

    /**
     * Clickable regions: `id`, `view` (e.g. "front"), SVG `path` in that view's
     * coordinates, accessible `label` ("Right outer thigh"), `side`, `layer`
     * (e.g. "surface", "muscle") and optionally `deep` (drawn as lying underneath).
     * The map is one tab stop: arrow keys move to the nearest region that way, Home and End
     * to the first and last region of a view, and typing a name moves to a matching region.
     */
    regions: PropTypes.arrayOf(
        PropTypes.exact({
            id: PropTypes.string.isRequired,
            view: PropTypes.string.isRequired,
            path: PropTypes.string.isRequired,
            label: PropTypes.string.isRequired,
            side: PropTypes.string,
            layer: PropTypes.string,
            deep: PropTypes.bool,
        })
    ),

    /**
     * The static drawing of each view, keyed by view id: `label` ("Front"),
     * `viewBox`, the body `outline` path and `annotations` (text at x, y, such as R / L).
     */
    figures: PropTypes.objectOf(
        PropTypes.exact({
            label: PropTypes.string,
            viewBox: PropTypes.string,
            outline: PropTypes.string,
            annotations: PropTypes.arrayOf(
                PropTypes.exact({
                    x: PropTypes.number,
                    y: PropTypes.number,
                    text: PropTypes.string,
                })
            ),
        })
    ),

    /**
     * The views shown, left to right.
     */
    views: PropTypes.arrayOf(PropTypes.string),

    /**
     * The region layers shown, bottom to top.
     */
    layers: PropTypes.arrayOf(PropTypes.string),

    /**
     * Visible layers drawn for reference only: their regions take no clicks or focus
     * (e.g. muscles shown over the surface regions a patient marks).
     */
    passiveLayers: PropTypes.arrayOf(PropTypes.string),

    /**
     * Ids of the selected (marked) regions, in the order they were marked.
     */
    selected: PropTypes.arrayOf(PropTypes.string),

    /**
     * A value per region id (e.g. pain intensity); it sets the fill through `colorscale`.
     */
    values: PropTypes.objectOf(PropTypes.number),

    /**
     * Colour stops as [fraction, colour] pairs, fraction from 0 to 1.
     */
    colorscale: PropTypes.arrayOf(
        PropTypes.arrayOf(PropTypes.oneOfType([PropTypes.number, PropTypes.string]))
    ),

    /**
     * The value that maps to the first colour stop.
     */
    cmin: PropTypes.number,

    /**
     * The value that maps to the last colour stop.
     */
    cmax: PropTypes.number,

    /**
     * Shapes drawn over the regions: either a `region` id or a free SVG `path` with its
     * `view`, and a `kind` that sets the style ("essential" hatched rising to the right,
     * "spillover" dotted with a dashed outline, "dermatome" hatched falling to the right,
     * each in one ink edged in white and never a plain fill, so they cannot be taken for
     * values; "second-essential" and "second-spillover" for a second pattern over the
     * first, in a second ink (--bm-second-ink), hatched falling to the right and dotted with
     * rings; "outline" for a muscle's outline, "focus").
     */
    highlights: PropTypes.arrayOf(
        PropTypes.exact({
            region: PropTypes.string,
            path: PropTypes.string,
            view: PropTypes.string,
            kind: PropTypes.string,
            label: PropTypes.string,
        })
    ),

    /**
     * Labelled points on a view, e.g. trigger points: `symbol` is "x", "dot" or "triangle"
     * (a second pattern's point, solid, in the second ink).
     */
    markers: PropTypes.arrayOf(
        PropTypes.exact({
            view: PropTypes.string.isRequired,
            x: PropTypes.number.isRequired,
            y: PropTypes.number.isRequired,
            label: PropTypes.string,
            symbol: PropTypes.oneOf(['x', 'dot', 'triangle']),
        })
    ),

    /**
     * Whether a click, tap, Enter or Space toggles a region's selection.
     * When false, clicks are only reported through `clicked`.
     */
    selectable: PropTypes.bool,

    /**
     * Accessible name of the whole map.
     */
    ariaLabel: PropTypes.string,

    /**
     * Focus views offered above the map: `id`, `label` and the `box` [x, y, width, height]
     * drawn in each view's coordinates, filling the available width but, on a touch screen,
     * never below `minScale` screen px per unit (the view then pans, and views that do not fit
     * side by side at that scale are shown one above the other). A view without a box is the
     * whole body. `opens` says where a view too wide for the window opens when nothing or both
     * sides inside it are marked (it opens on the marked side when only one is): 'middle',
     * 'right' (the patient's right side; the default), or 'one_side': the box frames the
     * patient's right side in the first view and is mirrored for the left side and for a view
     * that draws that side in its other half; the view shows one side at a time, opening on the
     * marked side or the right, with a switch named by `sideLabels` ({right, left}).
     */
    focusViews: PropTypes.arrayOf(
        PropTypes.exact({
            id: PropTypes.string.isRequired,
            label: PropTypes.string.isRequired,
            box: PropTypes.arrayOf(PropTypes.number),
            minScale: PropTypes.number,
            opens: PropTypes.oneOf(['middle', 'right', 'one_side']),
            sideLabels: PropTypes.exact({right: PropTypes.string, left: PropTypes.string}),
        })
    ),

    /**
     * Id of the focus view shown ("whole" for the whole body); set when a person picks one.
     */
    focusView: PropTypes.string,

    /**
     * Label of a "find an area" box shown with the map (none when empty): typing lists the
     * matching regions, and choosing one moves the map's focus there without marking it.
     */
    findLabel: PropTypes.string,

    /**
     * Keep the chosen `focusView` across reloads (Dash persistence).
     */
    persistence: PropTypes.oneOfType([PropTypes.bool, PropTypes.string, PropTypes.number]),

    /**
     * Props kept by `persistence`.
     */
    persisted_props: PropTypes.arrayOf(PropTypes.oneOf(['focusView'])),

    /**
     * Where `persistence` keeps them: "local", "session" or "memory".
     */
    persistence_type: PropTypes.oneOf(['local', 'session', 'memory']),

    /**
     * "mark" (a tap marks a region) or "draw" (the finger, pen or mouse draws); set by the
     * map's own switch. Left out, the map offers no drawing (a `drawing` given is shown
     * as it is, to look at).
     */
    mode: PropTypes.oneOf(['mark', 'draw']),

    /**
     * What the next stroke is drawn with: `size` ("small", "medium", "large": 6, 12, 24 units
     * across), `tool` ("brush" or "eraser"), and the `intensity` (0-10, or null) and
     * `qualities` a brush stroke carries.
     */
    brush: PropTypes.exact({
        size: PropTypes.oneOf(['small', 'medium', 'large']),
        tool: PropTypes.oneOf(['brush', 'eraser']),
        intensity: PropTypes.number,
        qualities: PropTypes.arrayOf(PropTypes.string),
    }),

    /**
     * The freehand drawing, strokes in the order drawn: `view`, `tool` ("brush" or "eraser"),
     * `width` and `points` ([x, y] pairs) in the view's drawing units, one decimal, and for a
     * brush its `intensity` and `qualities`. Reported when a stroke ends and after undo, redo or
     * clear (Ctrl+Z, Ctrl+Shift+Z). An eraser takes away what was drawn before it on its view.
     */
    drawing: PropTypes.arrayOf(
        PropTypes.shape({
            view: PropTypes.string.isRequired,
            tool: PropTypes.oneOf(['brush', 'eraser']),
            width: PropTypes.number,
            points: PropTypes.arrayOf(PropTypes.arrayOf(PropTypes.number)).isRequired,
            intensity: PropTypes.number,
            qualities: PropTypes.arrayOf(PropTypes.string),
        })
    ),

    /**
     * The view an area found by name is on, when the page hides that view: the page may
     * show it (the map then moves its focus there).
     */
    requestedView: PropTypes.string,

    /**
     * Id of the region under the pointer or keyboard focus (null when none).
     */
    hovered: PropTypes.string,

    /**
     * Id of the region last clicked, tapped or toggled with the keyboard.
     */
    clicked: PropTypes.string,

    /**
     * How many times a region was clicked, tapped or toggled with the keyboard.
     */
    n_clicks: PropTypes.number,

    /**
     * Extra CSS class of the outer element.
     */
    className: PropTypes.string,

    /**
     * Inline style of the outer element.
     */
    style: PropTypes.object,

    /**
     * Dash-assigned callback that should be called to report property changes
     * to Dash, to make them available for callbacks.
     */
    setProps: PropTypes.func,
};

BodyMap.dashPersistence = {persisted_props: ['focusView'], persistence_type: 'local'};

export default BodyMap;
