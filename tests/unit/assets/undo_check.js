/* The patient page's undo stack (assets/painmap.js `undo`), run in Node. Run by
   test_painmap_js.py; prints one line per check and exits 1 on failure. */
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const source = fs.readFileSync(path.join(__dirname, '../../../assets/painmap.js'), 'utf8');
const NO = {no_update: true};
const window = {};
vm.runInNewContext(source, {window: window});
window.dash_clientside.no_update = NO;
const painmap = window.dash_clientside.painmap;
const copy = function (value) { return JSON.parse(JSON.stringify(value)); };

const EMPTY = {marks: [], strokes: []};

function page(limit) {
    /* The page's stores, and what the callback does to them on a store write or an Undo. */
    const world = {history: undefined, undone: undefined, clicks: 0, edits: 0};
    const run = function (stored, props) {
        window.dash_clientside.callback_context = {
            triggered: props.map(function (p) { return {prop_id: p}; }),
        };
        const out = painmap.undoFollow(stored, world.edits, world.history, limit || 30, EMPTY);
        if (out !== NO) { world.history = out === null ? null : copy(out); }
        return out;
    };
    // The chart controller's edit: the chart and its mark, in one answer.
    world.edit = function (chart) {
        world.edits += 1;
        return run(chart, ['patient-marks.data', 'patient-edited.data']);
    };
    // Any other write: the chart read at load, another tab's, an undo written back.
    world.write = function (chart) { return run(chart, ['patient-marks.data']); };
    world.undo = function () {
        world.clicks += 1;
        const out = painmap.undoStep(world.clicks, world.history);
        if (out[0] !== NO) { world.undone = copy(out[0]); }
        if (out[1] !== NO) { world.history = copy(out[1]); }
        return out;
    };
    return world;
}
const chart = function (n) { return {marks: [{region: 'r' + n}], strokes: [[n, n]]}; };

const checks = {
    'a chart read at load is the current one, nothing to undo': function () {
        const p = page();
        p.write(chart(1));
        assert.deepStrictEqual(p.history, {past: [], current: chart(1)});
        assert.strictEqual(p.undo()[0], NO);
    },
    'the first edit on an empty page can be undone back to the empty chart': function () {
        const p = page();
        p.edit(chart(1));
        p.undo();
        assert.deepStrictEqual(p.undone, {chart: EMPTY, n: 1});
    },
    'each edit pushes the chart before it; undo hands back the newest, numbered': function () {
        const p = page();
        p.write(chart(1)); p.edit(chart(2)); p.edit(chart(3));
        assert.deepStrictEqual(p.history.past, [chart(1), chart(2)]);
        p.undo();
        assert.deepStrictEqual(p.undone, {chart: chart(2), n: 1});
        // The controller writes it back: not pushed; the next undo goes one further back.
        p.write(chart(2));
        assert.deepStrictEqual(p.history, {past: [chart(1)], current: chart(2)});
        p.undo();
        assert.deepStrictEqual(p.undone, {chart: chart(1), n: 2});
        p.write(chart(1));
        assert.strictEqual(p.undo()[0], NO);
    },
    'a write that is not an edit (reload, another tab) pushes nothing': function () {
        const p = page();
        p.write(chart(1)); p.edit(chart(2));
        assert.strictEqual(p.write(copy(chart(2))), NO);
        p.write(chart(5));
        assert.deepStrictEqual(p.history, {past: [chart(1)], current: chart(5)});
    },
    'only the newest charts are kept': function () {
        const p = page(3);
        p.write(chart(0));
        for (let i = 1; i < 10; i += 1) { p.edit(chart(i)); }
        assert.deepStrictEqual(p.history.past, [chart(6), chart(7), chart(8)]);
    },
    'an emptied store (the device cleared) empties the stack': function () {
        const p = page();
        p.write(chart(1)); p.edit(chart(2));
        p.write(null);
        assert.strictEqual(p.history, null);
        p.edit(chart(3));
        assert.deepStrictEqual(p.history, {past: [EMPTY], current: chart(3)});
    },
};

let failed = 0;
for (const [name, check] of Object.entries(checks)) {
    try {
        check();
        console.log('ok   ' + name);
    } catch (error) {
        failed += 1;
        console.log('FAIL ' + name + '\n' + error.stack);
    }
}
process.exit(failed ? 1 : 0);
