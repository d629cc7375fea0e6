// A finger's tap on the body map, handled as the finger lifts (pointerup) rather than at the
// click the browser sends after it: on a slow phone the click comes a task or more later. A tap
// goes to the region under most of the finger (points.js), shows at once, and is held back from
// the app for the double-tap time: a second tap close by zooms in there and takes the first back.
// The first tap is taken back as the second finger touches down, not as it lifts, so the mark
// shows only between the taps; should that touch not be a tap after all (a pan, a pinch, a long
// press), the first tap is put back.
// Anything that is not plainly a tap (two fingers, a pan, a long press) is left to the browser,
// and a click it still sends is handled as before.
import {useCallback, useEffect, useRef} from 'react';

import {regionUnderFinger} from './points';

export const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_PX = 24;
// Further or longer than this, a touch is not a tap (the browser pans or opens a menu instead).
const TAP_SLOP_PX = 10;
const LONG_PRESS_MS = 500;
// The click the browser sends after a tap already handled: swallowed if it comes this soon.
const CLICK_AFTER_MS = 1000;

/** Whether a tap at `at` (time stamp `now`, ms) is the second of a double tap after `last`. */
export function isDoubleTap(last, now, at) {
    return Boolean(
        last && now - last.time < DOUBLE_TAP_MS && Math.hypot(at.x - last.x, at.y - last.y) < DOUBLE_TAP_PX
    );
}

const onPicture = event =>
    event.pointerType === 'touch' && event.target.closest && event.target.closest('.bodymap__svg');

/**
 * Finger taps on a BodyMap root; returns the root's click handler. `actions` (read at each tap)
 * holds `toggle(regionId, holdMs)`, `takeBack()` (true if a held tap was taken back),
 * `zoomIn(at)`, `fingerShapes` (the outlines of each view's regions) and `drawing` (true while
 * the finger draws: no taps then).
 */
export function useFingerTap(rootRef, actions) {
    const latest = useRef(actions);
    latest.current = actions;
    const lastTap = useRef(null);
    const handled = useRef(null);

    // `time` is the event's own time stamp: on a busy phone two taps handled close together
    // may have been made far apart.
    // `second`: the touch was already told, as it came down, to be the second of a double tap.
    const tapAt = useCallback(
        (at, time, second) => {
            const double = second || isDoubleTap(lastTap.current, time, at);
            const {toggle, takeBack, zoomIn, fingerShapes} = latest.current;
            if (double) {
                lastTap.current = null;
                takeBack();
                zoomIn(at);
                return;
            }
            const best = regionUnderFinger(rootRef.current, at.x, at.y, fingerShapes);
            lastTap.current = {time, ...at, region: best};
            if (best) {
                toggle(best, DOUBLE_TAP_MS);
            }
        },
        [rootRef]
    );

    // Fingers are followed over the whole window: a second finger off the map still makes the
    // first one's lift part of a pinch, not a tap.
    useEffect(() => {
        // `undone`: the first tap of a double tap, taken back as the second touch came down.
        const p = {down: new Map(), fingers: 0, undone: null};
        const putBack = () => {
            const first = p.undone;
            p.undone = null;
            if (first) {
                latest.current.toggle(first.region);
            }
        };
        const onDown = event => {
            if (event.pointerType !== 'touch') {
                return;
            }
            if (!p.down.size) {
                p.fingers = 0;
            }
            p.down.set(event.pointerId, {x: event.clientX, y: event.clientY, time: event.timeStamp});
            p.fingers = Math.max(p.fingers, p.down.size);
            if (p.fingers > 1) {
                putBack(); // a pinch, not a double tap
                return;
            }
            const at = {x: event.clientX, y: event.clientY};
            const first = lastTap.current;
            const root = rootRef.current;
            const near = first && first.region && isDoubleTap(first, event.timeStamp, at);
            const here = onPicture(event) && root && root.contains(event.target) && !latest.current.drawing;
            // Taken back only while still held: a tap the app has heard of stays.
            if (near && here && latest.current.takeBack()) {
                p.undone = {pointerId: event.pointerId, region: first.region};
            }
        };
        // The browser took the touch over (a pan or a pinch): no tap.
        const onCancel = event => {
            p.down.delete(event.pointerId);
            p.fingers = 2;
            putBack();
        };
        const onUp = event => {
            const start = p.down.get(event.pointerId);
            p.down.delete(event.pointerId);
            const second = Boolean(p.undone && p.undone.pointerId === event.pointerId);
            const root = rootRef.current;
            const moved = start && Math.hypot(event.clientX - start.x, event.clientY - start.y);
            const tap =
                start &&
                p.fingers === 1 &&
                onPicture(event) &&
                root &&
                root.contains(event.target) &&
                moved <= TAP_SLOP_PX &&
                event.timeStamp - start.time <= LONG_PRESS_MS &&
                !latest.current.drawing;
            if (!tap) {
                putBack();
                return;
            }
            p.undone = null;
            handled.current = {time: event.timeStamp, x: start.x, y: start.y};
            tapAt({x: start.x, y: start.y}, event.timeStamp, second);
        };
        window.addEventListener('pointerdown', onDown, {capture: true, passive: true});
        window.addEventListener('pointercancel', onCancel, {capture: true, passive: true});
        window.addEventListener('pointerup', onUp, {capture: true, passive: true});
        return () => {
            window.removeEventListener('pointerdown', onDown, {capture: true});
            window.removeEventListener('pointercancel', onCancel, {capture: true});
            window.removeEventListener('pointerup', onUp, {capture: true});
        };
    }, [rootRef, tapAt]);

    const onClickCapture = useCallback(
        event => {
            if (event.nativeEvent.pointerType !== 'touch' || !event.target.closest('.bodymap__svg')) {
                return;
            }
            event.stopPropagation();
            const done = handled.current;
            handled.current = null;
            const at = {x: event.clientX, y: event.clientY};
            const same =
                done &&
                event.timeStamp - done.time < CLICK_AFTER_MS &&
                Math.hypot(at.x - done.x, at.y - done.y) <= 2 * TAP_SLOP_PX;
            if (!same) {
                tapAt(at, event.timeStamp);
            }
        },
        [tapAt]
    );

    return {onClickCapture};
}
