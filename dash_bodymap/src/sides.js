// Focus views that show one side at a time (`opens: 'one_side'`): the box frames the patient's
// right side where the first drawing puts it, and is mirrored about the middle of the drawing
// for the left side and for a drawing that puts the right side in its other half (a back
// view). Which half holds the patient's right comes from the regions' own `side`.

export const ONE_SIDE = 'one_side';
export const SIDES = ['right', 'left'];
const DEFAULT_LABELS = {right: 'Right', left: 'Left'};

/** Whether the view shows one side at a time. */
export function oneSided(view) {
    return Boolean(view && view.box && view.opens === ONE_SIDE);
}

/** Whether a drawing puts the patient's `side` in the left half of `figureBox`. */
function onLeftHalf(regions, figureBox, side) {
    const middle = figureBox.x + figureBox.w / 2;
    const xs = (regions || []).filter(p => p.side === 'right').map(p => p.x);
    // Without regions to tell, a drawing is taken as seen from the front: the right on the left.
    const rightOnLeft = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length < middle : true;
    return side === 'right' ? rightOnLeft : !rightOnLeft;
}

/** The box {x, y, w, h} a focus view shows of one drawing, for the side shown. */
export function sideBox(view, figureBox, regions, side) {
    const [x, y, w, h] = view.box;
    if (!oneSided(view)) {
        return {x, y, w, h};
    }
    const boxOnLeft = x + w / 2 < figureBox.x + figureBox.w / 2;
    if (boxOnLeft === onLeftHalf(regions, figureBox, side || 'right')) {
        return {x, y, w, h};
    }
    return {x: 2 * figureBox.x + figureBox.w - x - w, y, w, h};
}

/**
 * The only side marked inside a one-side view's boxes, or null (nothing marked, or both
 * sides). `drawings` are [{figureBox, regions, marks}], one per drawing.
 */
export function markedSide(view, drawings) {
    const marked = new Set();
    drawings.forEach(({figureBox, regions, marks}) => {
        SIDES.forEach(side => {
            const b = sideBox(view, figureBox, regions, side);
            (marks || []).forEach(m => {
                if (m.side === side && m.x >= b.x && m.x <= b.x + b.w && m.y >= b.y && m.y <= b.y + b.h) {
                    marked.add(side);
                }
            });
        });
    });
    return marked.size === 1 ? [...marked][0] : null;
}

/** The side a one-side view opens on: the only side marked inside it, else the patient's right. */
export function openingSide(view, drawings) {
    return markedSide(view, drawings) || 'right';
}

/** The words of each side's button: the view's own, else "Right" and "Left". */
export function sideLabel(view, side) {
    return (view.sideLabels && view.sideLabels[side]) || DEFAULT_LABELS[side];
}
