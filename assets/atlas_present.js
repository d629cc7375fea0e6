/* The atlas's presentation mode: the arrow keys and a sideways swipe step to the previous or
   next muscle, Escape leaves. Each presses the bar's own button (or follows its link), so
   every way of moving does the same thing and the address follows as it does for a click. */
(function () {
    if (typeof window.addEventListener !== 'function') {
        return;
    }
    const SWIPE_PX = 60;      // the least sideways travel of a swipe
    const SWIPE_MS = 800;     // longer is a drag, not a swipe
    const BUTTONS = {ArrowLeft: 'atlas-prev', ArrowRight: 'atlas-next', Escape: 'atlas-present'};

    function presenting() {
        return document.querySelector('.page--present');
    }

    function press(id) {
        const control = document.getElementById(id);
        if (control) {
            control.click();
        }
    }

    // Keys that already mean something where the focus is (moving on the map, in a list, a
    // choice, a text) are left to it.
    function ownsKeys(target, key) {
        if (!target || !target.closest) {
            return false;
        }
        if (target.closest('input, select, textarea, [contenteditable="true"], [role=radiogroup], [role=listbox], [role=combobox]')) {
            return true;
        }
        return key !== 'Escape' && Boolean(target.closest('.bodymap'));
    }

    window.addEventListener('keydown', function (event) {
        const id = BUTTONS[event.key];
        if (!id || !presenting() || event.defaultPrevented || event.altKey ||
                event.ctrlKey || event.metaKey || ownsKeys(event.target, event.key)) {
            return;
        }
        event.preventDefault();
        press(id);
    });

    let start = null;
    window.addEventListener('touchstart', function (event) {
        const stage = event.target.closest && event.target.closest('.present-stage');
        // One finger on the map, not zoomed in (then a drag pans the picture).
        start = stage && event.touches.length === 1 && !stage.querySelector('.bodymap.is-zoomed') ?
            {x: event.touches[0].clientX, y: event.touches[0].clientY, at: Date.now()} : null;
    }, {passive: true});
    window.addEventListener('touchend', function (event) {
        const from = start;
        start = null;
        if (!from || !presenting() || event.changedTouches.length !== 1) {
            return;
        }
        const dx = event.changedTouches[0].clientX - from.x;
        const dy = event.changedTouches[0].clientY - from.y;
        if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy) &&
                Date.now() - from.at <= SWIPE_MS) {
            press(dx < 0 ? 'atlas-next' : 'atlas-prev');
        }
    }, {passive: true});
}());
