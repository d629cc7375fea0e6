/* The finger test in geometry (dash_bodymap/src/finger.js): outlines read from SVG paths, the
   nonzero fill rule, the drawn edge, the topmost region and the finger's majority. Run by
   test_finger.py; exits 1 on failure. */
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.join(__dirname, '../../..');
const source = fs
    .readFileSync(path.join(ROOT, 'dash_bodymap/src/finger.js'), 'utf8')
    .replace(/^export /gm, '');
const f = {};
vm.runInNewContext(
    source +
        '\nObject.assign(f, {fingerSamples, pathRings, shapeOf, shapesOf, inside, edgeDistance,' +
        ' topmostAt, majority, regionUnderFingerAt});',
    {f: f}
);
const eq = (actual, expected, message) =>
    assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), expected, message);
const near = (a, b, message) => assert.ok(Math.abs(a - b) < 1e-9, `${message}: ${a} != ${b}`);

// Paths: implicit line-tos after M (as the shipped outlines are written), relative commands,
// H and V, several subpaths; curves flattened through their end point; arcs refused.
eq(f.pathRings('M0 0L10 0 10 10 0 10Z'), [[[0, 0], [10, 0], [10, 10], [0, 10]]]);
eq(f.pathRings('M0 0 10 0 10 10Z'), [[[0, 0], [10, 0], [10, 10]]]);
eq(f.pathRings('m1 1l9 0v9h-9z M20 20L30 20 30 30z'), [
    [[1, 1], [10, 1], [10, 10], [1, 10]],
    [[20, 20], [30, 20], [30, 30]],
]);
eq(f.pathRings('M0,0L1.5.5-2e1 3Z'), [[[0, 0], [1.5, 0.5], [-20, 3]]]);
const bent = f.pathRings('M0 0C0 10 10 10 10 0Z')[0];
eq(bent[bent.length - 1], [10, 0]);
assert.ok(bent.length > 10, 'a curve is cut into many short lines');
near(bent[8][1], 7.5, 'the middle of the curve');
assert.strictEqual(f.pathRings('M0 0A5 5 0 0 1 10 0Z'), null);
assert.strictEqual(f.pathRings('M0 0S1 1 2 2Z'), null);
assert.strictEqual(f.shapesOf([{id: 'a', path: 'M0 0L1 0 1 1Z'}, {id: 'b', path: 'M0 0A1 1 0 0 1 2 2'}]), null);
eq(f.shapeOf('a', 'M2 3L10 3 10 9Z').box, {x0: 2, y0: 3, x1: 10, y1: 9});

// Inside, under the nonzero rule: a hole drawn the other way round is empty, the same way
// round it is filled; the edges of a square.
const square = f.pathRings('M0 0L10 0 10 10 0 10Z');
assert.ok(f.inside(square, 5, 5));
assert.ok(!f.inside(square, 11, 5));
assert.ok(!f.inside(square, -0.01, 5));
const ring = f.pathRings('M0 0L10 0 10 10 0 10Z M3 3L3 7 7 7 7 3Z');
assert.ok(!f.inside(ring, 5, 5), 'a hole wound the other way');
assert.ok(f.inside(ring, 1, 5));
assert.ok(f.inside(f.pathRings('M0 0L10 0 10 10 0 10Z M3 3L7 3 7 7 3 7Z'), 5, 5), 'nonzero fills it');
near(f.edgeDistance(square, 12, 5), 2, 'beside an edge');
near(f.edgeDistance(square, 13, 14), 5, 'off a corner');
near(f.edgeDistance(square, 5, 4), 4, 'from inside');

// Topmost: the last drawn wins where two overlap; the edge (half the stroke) takes a point
// just outside, but only within its width, and is asked for only near an edge.
const shapes = [f.shapeOf('under', 'M0 0L10 0 10 10 0 10Z'), f.shapeOf('over', 'M5 0L15 0 15 10 5 10Z')];
const noEdge = () => 0;
assert.strictEqual(f.topmostAt(shapes, 7, 5, noEdge, 1), 'over');
assert.strictEqual(f.topmostAt(shapes, 2, 5, noEdge, 1), 'under');
assert.strictEqual(f.topmostAt(shapes, 20, 5, noEdge, 1), null);
assert.strictEqual(f.topmostAt(shapes, 15.4, 5, () => 0.5, 1), 'over');
assert.strictEqual(f.topmostAt(shapes, 15.6, 5, () => 0.5, 1), null);
const asked = [];
f.topmostAt(shapes, 2, 5, id => asked.push(id) && 0, 1);
eq(asked, [], 'inside the fill, far from any edge: no stroke asked for');

// The majority: at least half of the samples on a region, the largest share wins, ties to the
// first counted.
assert.strictEqual(f.majority(['a', 'a', 'b', null], 4), 'a');
assert.strictEqual(f.majority(['a', null, null, null], 4), null);
assert.strictEqual(f.majority(['a', 'b', 'c', 'c', null, null], 6), 'c', 'three regions meet');
assert.strictEqual(f.majority(['b', 'a', 'a', 'b'], 4), 'b');
assert.strictEqual(f.majority([], 25), null);
assert.strictEqual(f.fingerSamples(0, 0).length, 25);
eq(f.fingerSamples(3, 4)[0], [3, 4]);

// A whole tap: a drawing 2 px per unit, 100 px in from the left; the finger's 9 px radius is
// 4.5 units here, so a tap 1 unit inside the left square's right edge is mostly on it...
const screen = {a: 0.5, b: 0, c: 0, d: 0.5, e: -50, f: 0};
const clip = {left: 0, top: 0, right: 1000, bottom: 1000};
const pair = [f.shapeOf('left', 'M0 0L20 0 20 20 0 20Z'), f.shapeOf('right', 'M20 0L40 0 40 20 20 20Z')];
const drawing = {inverse: screen, scale: 2, clip, shapes: pair};
assert.strictEqual(f.regionUnderFingerAt([drawing], 100 + 2 * 19, 20, noEdge), 'left');
assert.strictEqual(f.regionUnderFingerAt([drawing], 100 + 2 * 21, 20, noEdge), 'right');
// ... off the drawing's outer edge by more than half the finger: no region;
assert.strictEqual(f.regionUnderFingerAt([drawing], 100 + 2 * 40 + 3, 20, noEdge), null);
// ... and a part of the drawing cut off by its clip (scrolled out of sight) is not tapped: with
// the right square out of sight, the finger is mostly on nothing.
const clipped = {...drawing, clip: {left: 0, top: 0, right: 100 + 2 * 20, bottom: 1000}};
assert.strictEqual(f.regionUnderFingerAt([clipped], 100 + 2 * 21, 20, noEdge), null);
// Two drawings: a later one lies above an earlier one where they overlap.
const other = {...drawing, shapes: [f.shapeOf('above', 'M0 0L40 0 40 20 0 20Z')]};
assert.strictEqual(f.regionUnderFingerAt([drawing, other], 120, 20, noEdge), 'above');
assert.strictEqual(f.regionUnderFingerAt([other, drawing], 120, 20, noEdge), 'left');
// Half a stroke in screen px becomes body units through the scale.
const gap = [f.shapeOf('a', 'M0 0L20 0 20 20 0 20Z')];
const seen = [];
f.regionUnderFingerAt([{...drawing, shapes: gap}], 100 + 2 * 20 + 1, 20, (id, scale) => seen.push(scale) && 0.5);
assert.ok(seen.length && seen.every(s => s === 2));

console.log('finger checks passed');
