// Moving the map by dragging it, in draw mode, where a drag would otherwise draw. A finger with
// the Move tool pans the browser's own way (bodymap.css lets it); this handles what the browser
// does not drag-scroll: a mouse or a pen with the Move tool, and a finger once a pen is drawing
// (the pen draws, the finger or the palm moves the map and never draws).

/** Whether a pointer going down should move the map rather than draw. */
export function movesMap(pointerType, {moving, penSeen}) {
    if (pointerType === 'touch') {
        return penSeen;
    }
    return moving;
}

/**
 * Follows drags on `root`'s drawings for which `wants(event)` is true, scrolling the drawing's
 * view sideways and the window up and down. Returns the function that stops listening.
 */
export function dragToMove(root, wants) {
    let drag = null;
    const onDown = event => {
        const svg = event.target.closest && event.target.closest('.bodymap__svg');
        if (drag || !svg || !wants(event) || (event.pointerType === 'mouse' && event.button !== 0)) {
            return;
        }
        event.preventDefault();
        drag = {pointerId: event.pointerId, svg, x: event.clientX, y: event.clientY};
        svg.setPointerCapture(event.pointerId);
    };
    const onMove = event => {
        if (!drag || event.pointerId !== drag.pointerId) {
            return;
        }
        event.stopPropagation();
        drag.svg.closest('.bodymap__view').scrollLeft -= event.clientX - drag.x;
        window.scrollBy(0, drag.y - event.clientY);
        drag.x = event.clientX;
        drag.y = event.clientY;
    };
    const onUp = event => {
        if (drag && event.pointerId === drag.pointerId) {
            if (drag.svg.hasPointerCapture && drag.svg.hasPointerCapture(drag.pointerId)) {
                drag.svg.releasePointerCapture(drag.pointerId);
            }
            drag = null;
        }
    };
    root.addEventListener('pointerdown', onDown);
    root.addEventListener('pointermove', onMove);
    root.addEventListener('pointerup', onUp);
    root.addEventListener('pointercancel', onUp);
    return () => {
        root.removeEventListener('pointerdown', onDown);
        root.removeEventListener('pointermove', onMove);
        root.removeEventListener('pointerup', onUp);
        root.removeEventListener('pointercancel', onUp);
    };
}
