/* The body map's drawing arithmetic (dash_bodymap/src/draw.js): screen to body coordinates,
   thinning, paths, eraser layers and the undo stack. Run by test_draw.py; exits 1 on failure. */
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.join(__dirname, '../../..');
// The module is plain functions behind `export`: drop the keyword and run it as a script.
const source = fs
    .readFileSync(path.join(ROOT, 'dash_bodymap/src/draw.js'), 'utf8')
    .replace(/^export /gm, '');
const d = {};
vm.runInNewContext(
    source +
        '\nObject.assign(d, {BRUSH_SIZES, invert, toBody, farEnough, thin, pathFor, widthFor,' +
        ' makeStroke, drawingKey, layers, history, addStroke, clearAll, undo, redo, shortcut});',
    {d: d}
);
// Arrays made inside the script's own context: compare their JSON, not their prototypes.
const eq = (actual, expected, message) =>
    assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), expected, message);

// A view drawn at 0.5 px per unit, 100 px from the left and 20 px down, as getScreenCTM gives it.
const screen = {a: 0.5, b: 0, c: 0, d: 0.5, e: 100, f: 20};
const inverse = d.invert(screen);
eq(d.toBody(inverse, 100, 20), [0, 0]);
eq(d.toBody(inverse, 200, 270), [200, 500]);
// Zoomed 3.4 px per unit onto the legs box (100, 395), scrolled: still body units, one decimal.
const zoomed = d.invert({a: 3.4, b: 0, c: 0, d: 3.4, e: -340 + 7, f: -395 * 3.4 + 61});
const [x, y] = d.toBody(zoomed, 3.4 * 150 - 340 + 7, 3.4 * 610.04 - 395 * 3.4 + 61);
eq([x, y], [150, 610]);
// Outside the drawing: kept on its edge, as the store refuses points outside it.
eq(d.toBody(inverse, 0, 9999), [0, 1000]);
assert.strictEqual(d.invert({a: 0, b: 0, c: 0, d: 0, e: 0, f: 0}), null);
// A rotated matrix inverts too (the inverse of the inverse is the matrix).
const turned = {a: 0, b: 2, c: -2, d: 0, e: 5, f: 7};
const back = d.invert(d.invert(turned));
Object.keys(turned).forEach(k => assert.ok(Math.abs(back[k] - turned[k]) < 1e-9, k));

// Thinning: points closer than 1 unit to the last kept are dropped; the end point takes the
// place of a kept point too close to it, so a stroke ends where the finger lifted.
eq(d.thin([[0, 0], [0.3, 0], [0.6, 0], [1.2, 0], [1.5, 0]]), [[0, 0], [1.5, 0]]);
eq(d.thin([[0, 0], [0.2, 0]]), [[0, 0]]);
assert.ok(d.farEnough(null, [3, 4]));
assert.ok(!d.farEnough([0, 0], [0.5, 0.5]));

// Paths: a line through the points; one point is a zero-length line, drawn as a round dot.
assert.strictEqual(d.pathFor([[1, 2], [3.5, 4]]), 'M1 2 L3.5 4');
assert.strictEqual(d.pathFor([[1, 2]]), 'M1 2 L1 2');
assert.strictEqual(d.pathFor([]), '');

// Strokes in the app's form: widths from the size, erasers without intensity or qualities.
eq([d.widthFor('small'), d.widthFor('large'), d.widthFor('huge')], [6, 24, 12]);
const brush = d.makeStroke('back', [[1, 2]], {size: 'large', tool: 'brush', intensity: 7, qualities: ['burning']});
eq(JSON.parse(JSON.stringify(brush)), {
    view: 'back', tool: 'brush', width: 24, points: [[1, 2]], intensity: 7, qualities: ['burning'],
});
const eraser = d.makeStroke('back', [[1, 2]], {size: 'small', tool: 'eraser', intensity: 7});
eq(JSON.parse(JSON.stringify(eraser)), {view: 'back', tool: 'eraser', width: 6, points: [[1, 2]]});
assert.strictEqual(d.makeStroke('front', [[0, 0]], {}).intensity, null);
// The key does not care which side wrote the drawing: Python sends 6.0 and an eraser's nulls.
assert.strictEqual(
    d.drawingKey([brush, eraser]),
    d.drawingKey([{...brush, width: 24.0}, {view: 'back', tool: 'eraser', width: 6.0, points: [[1, 2]]}])
);
assert.notStrictEqual(d.drawingKey([brush]), d.drawingKey([{...brush, intensity: 6}]));

// Layers: an eraser takes away only what was drawn before it, on its own view.
const s = (view, tool, n) => ({view, tool, width: 6, points: [[n, n]]});
const parts = d.layers(
    [s('front', 'brush', 1), s('front', 'eraser', 2), s('back', 'brush', 3), s('front', 'brush', 4),
     s('front', 'eraser', 5), s('front', 'eraser', 6), s('front', 'brush', 7)],
    'front'
);
eq(
    parts.map(p => [p.brushes.map(b => b.points[0][0]), p.erasers.map(e => e.points[0][0])]),
    [[[1], [2]], [[4], [5, 6]], [[7], []]]
);
eq(d.layers([], 'front'), []);

// The undo stack: undo, redo, a new stroke drops what could be redone; clear is undoable.
let h = d.history([]);
h = d.addStroke(h, 'a');
h = d.addStroke(h, 'b');
eq(h.present, ['a', 'b']);
h = d.undo(h);
eq(h.present, ['a']);
h = d.redo(h);
eq(h.present, ['a', 'b']);
h = d.undo(d.undo(h));
eq(h.present, []);
assert.strictEqual(d.undo(h), h);
h = d.addStroke(d.redo(h), 'c');
eq(h.present, ['a', 'c']);
assert.strictEqual(d.redo(h), h);
h = d.clearAll(h);
eq(h.present, []);
eq(d.undo(h).present, ['a', 'c']);
assert.strictEqual(d.clearAll(h), h);

// Keys: Ctrl or Cmd with Z undoes, with Shift redoes; Ctrl+Y redoes; plain Z does nothing.
assert.strictEqual(d.shortcut({key: 'z', ctrlKey: true}), 'undo');
assert.strictEqual(d.shortcut({key: 'Z', ctrlKey: true, shiftKey: true}), 'redo');
assert.strictEqual(d.shortcut({key: 'z', metaKey: true}), 'undo');
assert.strictEqual(d.shortcut({key: 'y', ctrlKey: true}), 'redo');
assert.strictEqual(d.shortcut({key: 'z'}), null);
assert.strictEqual(d.shortcut({key: 'z', ctrlKey: true, altKey: true}), null);

// The brush sizes are the app's (dashapp/domain/drawing.py BRUSH_SIZES).
const python = fs.readFileSync(path.join(ROOT, 'dashapp/domain/drawing.py'), 'utf8');
const sizes = /BRUSH_SIZES[^{]*\{([^}]*)\}/.exec(python)[1];
Object.entries(d.BRUSH_SIZES).forEach(([name, width]) =>
    assert.ok(new RegExp(`"${name}": ${width}\\.0`).test(sizes), `${name} ${width}`)
);
console.log('draw checks passed');
