// Zoom, pan and focus views for BodyMap. A focus view is a box in body coordinates; the map
// draws each view cropped to that box, as wide as the space allows but never below the view's
// `minScale` (screen px per body unit), so small regions become large enough to tap. Panning is
// the browser's own scrolling of each view, so it works with a finger, a trackpad or scrollbars.
import React, {useCallback, useEffect, useLayoutEffect, useRef, useState} from 'react';

import {openingCentre, toBody, toScreen} from './points';
import {SIDES, markedSide, oneSided, openingSide, sideBox, sideLabel} from './sides';

export const WHOLE = 'whole';
const MAX_ZOOM = 6;
const STEP = 1.5;
// An area found by name smaller than this (px) is zoomed to about TARGET_PX across.
const REVEAL_BELOW_PX = 24;
const TARGET_PX = 44;

export function parseBox(viewBox) {
    const [x, y, w, h] = (viewBox || '0 0 400 1000').split(/[\s,]+/).map(Number);
    return {x, y, w, h};
}

export function clampZoom(zoom) {
    return Math.min(MAX_ZOOM, Math.max(1, zoom));
}

/**
 * The drawn box and its size in px: `view` is a focus view ({box, minScale}) or null for the
 * whole body; `figureBox` is the figure's own viewBox; `width` the space available.
 */
export function layout(view, figureBox, width, zoom, maxHeight) {
    const box = view && view.box ? {x: view.box[0], y: view.box[1], w: view.box[2], h: view.box[3]} : figureBox;
    let scale = width / box.w;
    if (!(view && view.box) && maxHeight) {
        scale = Math.min(scale, maxHeight / box.h);
    }
    scale = Math.max(scale, (view && view.minScale) || 0) * zoom;
    return {viewBox: `${box.x} ${box.y} ${box.w} ${box.h}`, width: box.w * scale, height: box.h * scale};
}

// The drawing of `root` under a client point, if any.
function drawingAt(root, at) {
    const hit = document.elementFromPoint(at.x, at.y);
    const svg = hit && hit.closest && hit.closest('.bodymap__svg');
    return svg && root.contains(svg) ? svg : null;
}

// Scroll so the body point `a.body` of `a.svg` is at client point `a.at`.
function keepUnder(a) {
    if (a.svg.isConnected) {
        const now = toScreen(a.svg, a.body);
        a.svg.closest('.bodymap__view').scrollLeft += now.x - a.at.x;
        window.scrollBy(0, now.y - a.at.y);
    }
}

function forgetCentring(root) {
    if (root) {
        root.querySelectorAll('.bodymap__view').forEach(figure => delete figure.dataset.centredFor);
    }
}

// The middle of the first drawing shown on screen, where the + and - buttons zoom around.
function shownMiddle(root) {
    const figure = root && [...root.querySelectorAll('.bodymap__view')].find(f => f.offsetParent !== null);
    if (!figure) {
        return undefined;
    }
    const r = figure.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, window.innerHeight);
    return {x: r.left + r.width / 2, y: (top + bottom) / 2};
}

/**
 * Zoom state and handlers for a BodyMap root. The chosen focus view is reported through
 * `report({focusView})`, so the app can keep it; the zoom factor stays in the page.
 */
export function useZoom(rootRef, focusViews, focusView, report, actions) {
    const [zoom, setZoom] = useState(1);
    const [width, setWidth] = useState(0);
    const [chosenView, setChosenView] = useState(focusView || WHOLE);
    // The side a one-side view shows (the patient's own), chosen as the view opens.
    const [side, setSide] = useState('right');
    const anchor = useRef(null);
    const pinch = useRef(null);
    const [shown, setShown] = useState('');
    const [rootWidth, setRootWidth] = useState(0);
    const state = useRef({});
    state.current = {zoom, actions, side};

    useEffect(() => {
        setChosenView(focusView || WHOLE);
        setZoom(1);
    }, [focusView]);

    // A focus view's minimum scale keeps areas large enough for a finger; a mouse needs less.
    const coarse = typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
    const found = (focusViews || []).find(v => v.id === chosenView) || null;
    const view = found && !coarse ? {...found, minScale: 0} : found;
    state.current.view = view;
    const zoomed = zoom > 1 || Boolean(view && view.box);
    // Views of a focus box sit side by side where they fit at its minimum scale, else one
    // above the other, each as wide as the map.
    const count = shown ? shown.split(' ').length : 0;
    const stacked =
        Boolean(view && view.box && view.minScale) &&
        count > 1 &&
        count * view.box[2] * view.minScale > rootWidth;

    // A one-side view opens on the only side marked inside it, else on the patient's right.
    // Marking or unmarking inside it never turns it; marks set from outside (restored after a
    // reload, loaded) turn it to their side, until the person turns it themselves.
    const turned = useRef(false);
    const drawings = () => {
        const {marks, regionsOf, figures} = state.current.actions;
        return Object.keys(figures || {}).map(name => ({
            figureBox: parseBox(figures[name].viewBox),
            regions: regionsOf(name),
            marks: marks(name),
        }));
    };
    useLayoutEffect(() => {
        turned.current = false;
        if (oneSided(found)) {
            setSide(openingSide(found, drawings()));
        }
    }, [found ? found.id : null]); // eslint-disable-line react-hooks/exhaustive-deps
    useLayoutEffect(() => {
        const marked = oneSided(found) && !turned.current && markedSide(found, drawings());
        if (marked) {
            setSide(marked);
        }
    }, [actions.restored]); // eslint-disable-line react-hooks/exhaustive-deps
    // The box of one drawing, for the side shown: one-side boxes differ by drawing and side.
    const boxOf = useCallback(
        (name, figureBox) => {
            const b = sideBox(view, figureBox, state.current.actions.regionsOf(name), side);
            return {...view, box: [b.x, b.y, b.w, b.h]};
        },
        [view, side]
    );

    // The space a view may fill: the first visible figure's width, followed as the page resizes.
    useLayoutEffect(() => {
        const root = rootRef.current;
        if (!root) {
            return undefined;
        }
        const measure = () => {
            const figures = [...root.querySelectorAll('.bodymap__view')].filter(f => f.offsetParent !== null);
            setWidth(figures.length ? figures[0].clientWidth : root.clientWidth);
            setRootWidth(root.clientWidth);
            setShown(figures.map(f => f.dataset.view).join(' '));
        };
        measure();
        const observer = new ResizeObserver(measure);
        observer.observe(root);
        root.querySelectorAll('.bodymap__view').forEach(figure => observer.observe(figure));
        return () => observer.disconnect();
    }, [rootRef, zoomed, stacked]);

    // `held` ({svg, body}): the body point to keep under `at`, as a pinch keeps the point its
    // fingers started on; else the point under `at` now.
    const zoomTo = useCallback(
        (next, at, held) => {
            const root = rootRef.current;
            if (held) {
                anchor.current = {...held, at};
            } else {
                const svg = root && at && drawingAt(root, at);
                anchor.current = svg ? {svg, at, body: toBody(svg, at)} : null;
            }
            const zoomed = clampZoom(next);
            if (zoomed === state.current.zoom && anchor.current) {
                // No zoom to redraw (two fingers moving together): the map only moves.
                keepUnder(anchor.current);
                anchor.current = null;
            }
            setZoom(zoomed);
        },
        [rootRef]
    );

    // Keep the body point under the fingers (or the pointer) where it was after a zoom.
    useLayoutEffect(() => {
        const a = anchor.current;
        anchor.current = null;
        if (a) {
            keepUnder(a);
        }
    }, [zoom, width]);

    // A focus view opens on the marked side when only one side inside it is marked; else on
    // its middle (`opens: 'middle'`, or where the window shows the whole box), or on the
    // patient's right side (`opens: 'right'`, the default). A one-side view shows one side.
    useLayoutEffect(() => {
        const root = rootRef.current;
        if (!root || !view || !view.box || !width) {
            return;
        }
        const key = `${view.id} ${side} ${width}`;
        root.querySelectorAll('.bodymap__view').forEach(figure => {
            const svg = figure.querySelector('.bodymap__svg');
            if (!svg || !figure.clientWidth || figure.dataset.centredFor === key) {
                return;
            }
            figure.dataset.centredFor = key;
            const shownView = figure.dataset.view;
            const {marks, regionsOf, figures} = state.current.actions;
            const [x, y, w, h] = boxOf(shownView, parseBox((figures[shownView] || {}).viewBox)).box;
            const box = {x, y, w, h};
            const scale = svg.getBoundingClientRect().width / box.w;
            const fits = view.opens === 'middle' || figure.clientWidth >= box.w * scale * 0.98;
            const centre = openingCentre(box, marks(shownView), regionsOf(shownView), fits);
            figure.scrollLeft = (centre - box.x) * scale - figure.clientWidth / 2;
        });
    }, [rootRef, view, width, shown, side, boxOf]);

    // Bring a region found by name into sight, zooming in first when it is too small to see.
    const revealing = useRef(null);
    const reveal = useCallback(target => {
        // An area on the other side of a one-side view: turn the view to that side first.
        const other = otherSide(target, state.current);
        if (other) {
            turned.current = true;
            revealing.current = target;
            setSide(other);
            return;
        }
        const r = target.getBoundingClientRect();
        const small = Math.min(r.width, r.height);
        const next = clampZoom((state.current.zoom * TARGET_PX) / Math.max(small, 1));
        if (small < REVEAL_BELOW_PX && next > state.current.zoom) {
            revealing.current = target;
            setZoom(next);
        } else {
            target.scrollIntoView({block: 'center', inline: 'center'});
        }
    }, []);
    // A keyboard move to an area on the other side of a one-side view turns the view there.
    const follow = useCallback(target => {
        const other = otherSide(target, state.current);
        if (other) {
            turned.current = true;
            revealing.current = target;
            setSide(other);
        }
    }, []);
    useLayoutEffect(() => {
        const target = revealing.current;
        revealing.current = null;
        if (target && target.isConnected) {
            target.scrollIntoView({block: 'center', inline: 'center'});
        }
    }, [zoom, width, side]);

    const turnTo = useCallback(
        next => {
            forgetCentring(rootRef.current);
            turned.current = true;
            setZoom(1);
            setSide(next);
        },
        [rootRef]
    );

    const choose = useCallback(
        id => {
            forgetCentring(rootRef.current);
            setChosenView(id);
            setZoom(1);
            report({focusView: id});
        },
        [rootRef, report]
    );

    // Wheel zooms with Ctrl or Cmd held (a trackpad pinch arrives so); a plain wheel scrolls.
    // Two fingers pinch. Both need listeners that may cancel the browser's own page zoom.
    useEffect(() => {
        const root = rootRef.current;
        if (!root) {
            return undefined;
        }
        const onWheel = event => {
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                const factor = Math.exp(-event.deltaY / 200);
                zoomTo(state.current.zoom * factor, {x: event.clientX, y: event.clientY});
            }
        };
        const distance = touches =>
            Math.hypot(touches[0].clientX - touches[1].clientX, touches[0].clientY - touches[1].clientY);
        const middle = ([a, b]) => ({x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2});
        // Two fingers pinch and move the map together (also while drawing, where one finger
        // draws): the body point first between them stays between them.
        const onTouchStart = event => {
            if (event.touches.length === 2) {
                const at = middle(event.touches);
                const svg = drawingAt(root, at);
                const held = svg ? {svg, body: toBody(svg, at)} : null;
                pinch.current = {distance: distance(event.touches), zoom: state.current.zoom, held};
            }
        };
        const onTouchMove = event => {
            if (event.touches.length === 2 && pinch.current) {
                // Not cancelable while the page is still scrolling from a swipe just before.
                if (event.cancelable) {
                    event.preventDefault();
                }
                const {zoom: from, held} = pinch.current;
                const next = (from * distance(event.touches)) / pinch.current.distance;
                zoomTo(next, middle(event.touches), held);
            }
        };
        const onTouchEnd = event => {
            if (event.touches.length < 2) {
                pinch.current = null;
            }
        };
        root.addEventListener('wheel', onWheel, {passive: false});
        root.addEventListener('touchstart', onTouchStart, {passive: true});
        root.addEventListener('touchmove', onTouchMove, {passive: false});
        root.addEventListener('touchend', onTouchEnd, {passive: true});
        return () => {
            root.removeEventListener('wheel', onWheel);
            root.removeEventListener('touchstart', onTouchStart);
            root.removeEventListener('touchmove', onTouchMove);
            root.removeEventListener('touchend', onTouchEnd);
        };
    }, [rootRef, zoomTo]);

    // A double tap zooms in one step around the finger (tap.js tells a double tap).
    const zoomIn = useCallback(at => zoomTo(state.current.zoom * STEP, at), [zoomTo]);

    const svgProps = (name, figureViewBox, base) => {
        if (!zoomed || !width) {
            return base;
        }
        const figureBox = parseBox(figureViewBox);
        const shownBox = view && view.box ? boxOf(name, figureBox) : view;
        const size = layout(shownBox, figureBox, width, zoom, 0.78 * window.innerHeight);
        return {
            ...base,
            viewBox: size.viewBox,
            style: {width: `${size.width}px`, height: `${size.height}px`, maxWidth: 'none', maxHeight: 'none'},
        };
    };

    const controls = (
        <ZoomControls
            focusViews={focusViews}
            chosen={view ? view.id : WHOLE}
            side={oneSided(view) ? side : null}
            onSide={turnTo}
            zoom={zoom}
            onChoose={choose}
            onZoom={factor => zoomTo(zoom * factor, shownMiddle(rootRef.current))}
        />
    );
    return {zoomed, stacked, zoom, svgProps, controls, zoomIn, reveal, follow};
}

// The side of a one-side view an area found by name or by the keyboard lies on, when the view
// shows the other side; else null.
function otherSide(target, {view, actions, side}) {
    const figure = target.closest && target.closest('.bodymap__view');
    if (!oneSided(view) || !figure) {
        return null;
    }
    const placed = actions.regionsOf(figure.dataset.view).find(p => p.id === target.dataset.region);
    return placed && SIDES.includes(placed.side) && placed.side !== side ? placed.side : null;
}

// The switch between the two sides of a one-side view, each named by the view ("Right hand").
function SideSwitch({view, side, onSide}) {
    return (
        <div className="bodymap__sides" role="group" aria-label="Side shown">
            {SIDES.map(s => (
                <button
                    key={s}
                    type="button"
                    className="bodymap__zoom-button"
                    data-side={s}
                    aria-pressed={s === side ? 'true' : 'false'}
                    onClick={() => onSide(s)}
                >
                    {sideLabel(view, s)}
                </button>
            ))}
        </div>
    );
}

function ZoomControls({focusViews, chosen, side, onSide, zoom, onChoose, onZoom}) {
    if (!focusViews || !focusViews.length) {
        return null;
    }
    const chosenView = focusViews.find(v => v.id === chosen);
    return (
        <div className="bodymap__zoombar" role="toolbar" aria-label="Map view">
            <div className="bodymap__focus-views" role="group" aria-label="Show">
                {focusViews.map(v => (
                    <button
                        key={v.id}
                        type="button"
                        className="bodymap__zoom-button"
                        data-focus-view={v.id}
                        aria-pressed={v.id === chosen ? 'true' : 'false'}
                        onClick={() => onChoose(v.id)}
                    >
                        {v.label}
                    </button>
                ))}
            </div>
            {side && <SideSwitch view={chosenView} side={side} onSide={onSide} />}
            <div className="bodymap__zoom-steps" role="group" aria-label="Zoom">
            <button
                type="button"
                className="bodymap__zoom-button"
                data-zoom="out"
                aria-label="Zoom out"
                disabled={zoom <= 1}
                onClick={() => onZoom(1 / STEP)}
            >
                −
            </button>
            <button
                type="button"
                className="bodymap__zoom-button"
                data-zoom="in"
                aria-label="Zoom in"
                disabled={zoom >= MAX_ZOOM}
                onClick={() => onZoom(STEP)}
            >
                +
            </button>
            </div>
        </div>
    );
}
