// Zoom, pan and focus views for BodyMap. A focus view is a box in body coordinates; the map
// draws each view cropped to that box, as wide as the space allows but never below the view's
// `minScale` (screen px per body unit), so small regions become large enough to tap. Panning is
// the browser's own scrolling of each view, so it works with a finger, a trackpad or scrollbars.
import React, {useCallback, useEffect, useLayoutEffect, useRef, useState} from 'react';

export const WHOLE = 'whole';
const MAX_ZOOM = 6;
const STEP = 1.5;
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_PX = 24;
// The finger: a disc of this radius (screen px) sampled on two rings around its centre.
const FINGER_PX = 9;
const RINGS = [
    {radius: FINGER_PX / 2, count: 8},
    {radius: FINGER_PX, count: 16},
];

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
 * inside `root`, or null when most of the finger is on no region.
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
    Object.keys(counts).forEach(id => {
        if (best === null || counts[id] > counts[best]) {
            best = id;
        }
    });
    return best !== null && counts[best] * 2 >= samples.length ? best : null;
}

/**
 * Zoom state and handlers for a BodyMap root. The chosen focus view is reported through
 * `report({focusView})`, so the app can keep it; the zoom factor stays in the page.
 */
export function useZoom(rootRef, focusViews, focusView, report, toggle) {
    const [zoom, setZoom] = useState(1);
    const [width, setWidth] = useState(0);
    const [chosenView, setChosenView] = useState(focusView || WHOLE);
    const anchor = useRef(null);
    const lastTap = useRef(null);
    const pinch = useRef(null);
    const state = useRef({});
    state.current = {zoom, toggle};

    useEffect(() => {
        setChosenView(focusView || WHOLE);
        setZoom(1);
    }, [focusView]);

    const view = (focusViews || []).find(v => v.id === chosenView) || null;
    const zoomed = zoom > 1 || Boolean(view && view.box);

    // The space a view may fill: the first visible figure's width, followed as the page resizes.
    useLayoutEffect(() => {
        const root = rootRef.current;
        if (!root) {
            return undefined;
        }
        const measure = () => {
            const figure = [...root.querySelectorAll('.bodymap__view')].find(f => f.offsetParent !== null);
            setWidth(figure ? figure.clientWidth : root.clientWidth);
        };
        measure();
        const observer = new ResizeObserver(measure);
        observer.observe(root);
        root.querySelectorAll('.bodymap__view').forEach(figure => observer.observe(figure));
        return () => observer.disconnect();
    }, [rootRef, zoomed]);

    const zoomTo = useCallback(
        (next, at) => {
            const root = rootRef.current;
            const figure = root && at && document.elementFromPoint(at.x, at.y);
            const scroller = figure && figure.closest && figure.closest('.bodymap__view');
            if (scroller) {
                const r = scroller.getBoundingClientRect();
                anchor.current = {
                    scroller,
                    fx: (scroller.scrollLeft + at.x - r.left) / Math.max(1, scroller.scrollWidth),
                    x: at.x - r.left,
                    fy: (at.y - r.top) / Math.max(1, r.height),
                    y: at.y,
                };
            }
            setZoom(clampZoom(next));
        },
        [rootRef]
    );

    // Keep the point under the fingers (or the pointer) where it was after a zoom.
    useLayoutEffect(() => {
        const a = anchor.current;
        anchor.current = null;
        if (a && a.scroller.isConnected) {
            a.scroller.scrollLeft = a.fx * a.scroller.scrollWidth - a.x;
            const r = a.scroller.getBoundingClientRect();
            window.scrollBy(0, r.top + a.fy * r.height - a.y);
        }
    }, [zoom, width]);

    const choose = useCallback(
        id => {
            setChosenView(id);
            setZoom(1);
            report({focusView: id});
        },
        [report]
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
        const onTouchStart = event => {
            if (event.touches.length === 2) {
                pinch.current = {distance: distance(event.touches), zoom: state.current.zoom};
            }
        };
        const onTouchMove = event => {
            if (event.touches.length === 2 && pinch.current) {
                event.preventDefault();
                const [a, b] = event.touches;
                const at = {x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2};
                zoomTo((pinch.current.zoom * distance(event.touches)) / pinch.current.distance, at);
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

    // A tap goes to the region under most of the finger, not the first shape hit; a second tap
    // close by within 300 ms zooms in there (its toggle undoes the first tap's, so nothing changes).
    const onClickCapture = useCallback(
        event => {
            if (event.nativeEvent.pointerType !== 'touch' || !event.target.closest('.bodymap__svg')) {
                return;
            }
            const now = Date.now();
            const at = {x: event.clientX, y: event.clientY};
            const last = lastTap.current;
            const double =
                last && now - last.time < DOUBLE_TAP_MS && Math.hypot(at.x - last.x, at.y - last.y) < DOUBLE_TAP_PX;
            lastTap.current = double ? null : {time: now, ...at};
            const best = regionUnderFinger(rootRef.current, at.x, at.y);
            event.stopPropagation();
            if (double) {
                zoomTo(state.current.zoom * STEP, at);
            }
            if (best) {
                state.current.toggle(best);
            }
        },
        [rootRef, zoomTo]
    );

    const svgProps = (figureViewBox, base) => {
        if (!zoomed || !width) {
            return base;
        }
        const size = layout(view, parseBox(figureViewBox), width, zoom, 0.78 * window.innerHeight);
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
            zoom={zoom}
            onChoose={choose}
            onZoom={factor => zoomTo(zoom * factor)}
        />
    );
    return {zoomed, zoom, svgProps, controls, onClickCapture};
}

function ZoomControls({focusViews, chosen, zoom, onChoose, onZoom}) {
    if (!focusViews || !focusViews.length) {
        return null;
    }
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
    );
}
