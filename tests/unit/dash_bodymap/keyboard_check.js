/* The body map's keyboard moves and wording (dash_bodymap/src/keyboard.js), run in Node on the
   test geometry and on PainMap's real body. Run by test_keyboard.py; exits 1 on failure. */
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.join(__dirname, '../../..');
// The module is plain functions behind `export`: drop the keyword and run it as a script.
const source = fs
    .readFileSync(path.join(ROOT, 'dash_bodymap/src/keyboard.js'), 'utf8')
    .replace(/^export /gm, '');
const kb = {};
vm.runInNewContext(
    source + '\nObject.assign(kb, {pathCentroid, placeRegions, nearestInDirection, viewEnd,' +
        ' findByName, announce, describeView, isArrow});',
    {kb: kb}
);

function readCsv(file) {
    const rows = [];
    const text = fs.readFileSync(file, 'utf8');
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
            else if (c === '"') { quoted = false; }
            else { field += c; }
        } else if (c === '"') { quoted = true; }
        else if (c === ',') { row.push(field); field = ''; }
        else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
        else if (c !== '\r') { field += c; }
    }
    if (field || row.length) { row.push(field); rows.push(row); }
    const [head, ...body] = rows;
    return body.map(r => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const VIEWS = ['front', 'back'];
const small = kb.placeRegions(readCsv(path.join(ROOT, 'tests/fixtures/geometry/surface_regions.csv')));
const body = kb.placeRegions(readCsv(path.join(ROOT, 'data/geometry/surface_regions.csv')));
const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

function presses(placed, from) {
    /* Fewest arrow presses from `from` to every region it can reach. */
    const seen = {[from]: 0};
    let frontier = [from];
    while (frontier.length) {
        const next = [];
        frontier.forEach(id => KEYS.forEach(key => {
            const to = kb.nearestInDirection(placed, id, key, VIEWS);
            if (to && !(to in seen)) { seen[to] = seen[id] + 1; next.push(to); }
        }));
        frontier = next;
    }
    return seen;
}

const checks = {
    'centre of a square path': () => {
        const c = kb.pathCentroid('M60 180L75 180L75 280L60 280Z');
        assert.deepStrictEqual([c.x, c.y], [67.5, 230]);
    },
    'centre of a path with implicit lines and two rings weighs their areas': () => {
        const c = kb.pathCentroid('M0 0 10 0 10 10 0 10Z M100 0L110 0L110 10L100 10Z');
        assert.deepStrictEqual([c.x, c.y], [55, 5]);
    },
    'a degenerate path falls back to the mean of its points': () => {
        const c = kb.pathCentroid('M0 0L10 0');
        assert.deepStrictEqual([c.x, c.y], [5, 0]);
    },
    'straight ahead wins over nearer but sideways': () => {
        const placed = [
            {id: 'a', view: 'v', x: 0, y: 0},
            {id: 'ahead', view: 'v', x: 0, y: 50},
            {id: 'aside', view: 'v', x: 25, y: 30},
            {id: 'off-cone', view: 'v', x: 20, y: 10},
        ];
        assert.strictEqual(kb.nearestInDirection(placed, 'a', 'ArrowDown', ['v']), 'ahead');
        assert.strictEqual(kb.nearestInDirection(placed, 'a', 'ArrowUp', ['v']), null);
        assert.strictEqual(kb.nearestInDirection(placed, 'a', 'ArrowRight', ['v']), 'off-cone');
    },
    'moves stay in the view, then Right and Left cross to the neighbouring view': () => {
        // Viewer's right of the front picture is the patient's left.
        assert.strictEqual(kb.nearestInDirection(small, 'right_thigh_front', 'ArrowLeft', VIEWS), 'right_thigh_outer');
        assert.strictEqual(kb.nearestInDirection(small, 'right_head', 'ArrowDown', VIEWS), 'right_chest');
        assert.strictEqual(kb.nearestInDirection(small, 'left_shin', 'ArrowRight', VIEWS), 'left_calf');
        assert.strictEqual(kb.nearestInDirection(small, 'left_calf', 'ArrowLeft', VIEWS), 'left_shin');
        assert.strictEqual(kb.nearestInDirection(small, 'right_head', 'ArrowLeft', VIEWS), null);
        assert.strictEqual(kb.nearestInDirection(small, 'right_calf', 'ArrowRight', VIEWS), null);
    },
    'Home and End go to the ends of the current view': () => {
        assert.strictEqual(kb.viewEnd(small, 'right_chest', 'Home'), 'right_head');
        assert.strictEqual(kb.viewEnd(small, 'right_chest', 'End'), 'left_shin');
        assert.strictEqual(kb.viewEnd(small, 'left_calf', 'Home'), 'back_left_head');
        assert.strictEqual(kb.viewEnd(small, 'left_calf', 'End'), 'right_calf');
    },
    'every region of the test map and of the real body is reachable by arrows': () => {
        [small, body].forEach(placed => {
            const reached = presses(placed, placed[0].id);
            const missing = placed.filter(p => !(p.id in reached)).map(p => p.id);
            assert.deepStrictEqual(missing, []);
        });
    },
    'the real right outer thigh is a handful of presses from the first region': () => {
        const reached = presses(body, body[0].id);
        assert.ok(reached.right_thigh_outer_upper < 10, `took ${reached.right_thigh_outer_upper}`);
        // The calf, on the other view, is further by arrows (one more since the neck and arm
        // were cut finer: the way crosses the arm); typing "calf" is one step.
        assert.ok(reached.right_calf_back <= 15, `took ${reached.right_calf_back}`);
        const worst = Math.max(...Object.values(reached));
        assert.ok(worst <= 20, `farthest region takes ${worst} presses`);
    },
    'type-ahead: start of a label, then start of a word, then anywhere': () => {
        assert.strictEqual(kb.findByName(small, 'calf', 'right_head'), 'left_calf');
        assert.strictEqual(kb.findByName(small, 'CALF', 'left_calf'), 'left_calf');
        assert.strictEqual(kb.findByName(small, 'left c', 'right_head'), 'left_chest');
        assert.strictEqual(kb.findByName(small, 'hin', 'right_head'), 'right_shin');
        assert.strictEqual(kb.findByName(small, 'zz', 'right_head'), null);
        assert.strictEqual(kb.findByName(small, '', 'right_head'), null);
        assert.strictEqual(kb.findByName(body, 'calf', body[0].id), 'right_calf_outer');
    },
    'type-ahead: one letter again steps to the next match': () => {
        assert.strictEqual(kb.findByName(small, 'r', 'right_head'), 'right_chest');
        assert.strictEqual(kb.findByName(small, 'r', 'right_calf'), 'right_head');
    },
    'announcement gives the state and intensity': () => {
        assert.strictEqual(kb.announce('Right outer thigh', true, 6), 'Right outer thigh, marked, 6 out of 10');
        assert.strictEqual(kb.announce('Right outer thigh', true, 0), 'Right outer thigh, marked, 0 out of 10');
        assert.strictEqual(kb.announce('Left shin', true, undefined), 'Left shin, marked, not rated yet');
        assert.strictEqual(kb.announce('Left shin', false, 4), 'Left shin, not marked');
    },
    'drawing text alternative lists its areas': () => {
        assert.strictEqual(kb.describeView('Front', ['Right shin', 'Left shin']), 'Front view, covering: Right shin, Left shin.');
        assert.strictEqual(kb.describeView('Back', []), 'Back view, no areas.');
    },
};

let failed = 0;
for (const [name, check] of Object.entries(checks)) {
    try {
        check();
        console.log(`ok   ${name}`);
    } catch (error) {
        failed += 1;
        console.log(`FAIL ${name}\n     ${error.message}`);
    }
}
process.exit(failed ? 1 : 0);
