/* The session page's autosave queue (assets/painmap.js), run in Node with a fake server and
   fake timers. Run by test_painmap_js.py; prints one line per check and exits 1 on failure. */
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const source = fs.readFileSync(path.join(__dirname, '../../../assets/painmap.js'), 'utf8');
const window = {};
vm.runInNewContext(source, {window: window});
const painmap = window.dash_clientside.painmap;

function harness(base) {
    /* A fake server: every post waits until the test answers it. */
    const world = {posts: [], shown: [], timers: []};
    const io = {
        post: function (url, body) {
            return new Promise(function (resolve, reject) {
                world.posts.push({url: url, body: JSON.parse(JSON.stringify(body)),
                    resolve: resolve, reject: reject});
            });
        },
        // JSON copies: objects made inside the vm context have other prototypes.
        show: function (state) { world.shown.push(JSON.parse(JSON.stringify(state))); },
        later: function (fn, ms) { world.timers.push({fn: fn, ms: ms}); },
    };
    world.queue = painmap.makeAutosave({url: '/s/1', base: base || 'b0', notes: ''}, io);
    world.last = function () { return world.shown[world.shown.length - 1]; };
    return world;
}

const settle = function () { return new Promise(function (r) { setImmediate(r); }); };
const draft = function (notes) {
    return {selected: [], intensities: {}, qualities: {}, notes: notes};
};
const ok = function (base) { return {status: 200, body: {base: base, saved_at: '2026-03-02T10:00:00+00:00'}}; };

const checks = {
    'one save in flight; edits meanwhile go together when it returns': async function () {
        const w = harness();
        for (const notes of ['a', 'ab', 'abc', 'abcd']) {
            w.queue.change(draft(notes));
        }
        assert.strictEqual(w.posts.length, 1);
        assert.deepStrictEqual(w.posts[0].body, {base: 'b0', draft: draft('a'), unconfirmed: []});
        w.posts[0].resolve(ok('b1'));
        await settle();
        assert.strictEqual(w.posts.length, 2);
        assert.strictEqual(w.posts[1].body.base, 'b1');
        assert.strictEqual(w.posts[1].body.draft.notes, 'abcd');
        assert.ok(w.queue.unsaved());
        w.posts[1].resolve(ok('b2'));
        await settle();
        assert.strictEqual(w.posts.length, 2);
        assert.strictEqual(w.last().kind, 'saved');
        assert.ok(!w.queue.unsaved());
    },
    'a failure keeps the draft, retries with backoff and says so': async function () {
        const w = harness();
        w.queue.change(draft('a'));
        w.posts[0].reject(new TypeError('Failed to fetch'));
        await settle();
        assert.deepStrictEqual(w.last(), {kind: 'retrying', delay: 500});
        w.queue.change(draft('ab'));
        assert.strictEqual(w.posts.length, 1, 'nothing is sent while waiting to retry');
        assert.ok(w.queue.unsaved());
        w.timers.shift().fn();
        assert.strictEqual(w.posts[1].body.draft.notes, 'ab');
        assert.deepStrictEqual(w.posts[1].body.unconfirmed, [draft('a')]);
        w.posts[1].resolve({status: 500, body: null});
        await settle();
        assert.deepStrictEqual(w.last(), {kind: 'retrying', delay: 1000});
        w.timers.shift().fn();
        w.posts[2].resolve(ok('b1'));
        await settle();
        assert.strictEqual(w.last().kind, 'saved');
        w.queue.change(draft('abc'));
        assert.deepStrictEqual(w.posts[3].body.unconfirmed, [], 'forgotten once acknowledged');
    },
    'the backoff stops growing': async function () {
        const w = harness();
        w.queue.change(draft('a'));
        const delays = [];
        for (let i = 0; i < 6; i += 1) {
            w.posts[i].resolve({status: 503, body: null});
            await settle();
            delays.push(w.last().delay);
            w.timers.shift().fn();
        }
        assert.deepStrictEqual(delays, [500, 1000, 2000, 4000, 4000, 4000]);
    },
    'a conflict waits for a choice, then keeps mine from their base': async function () {
        const w = harness();
        w.queue.change(draft('mine'));
        const conflict = {base: 'theirs', notes: 'their text', changed_at: '2026-03-02T10:00:00+00:00'};
        w.posts[0].resolve({status: 200, body: {conflict: conflict}});
        await settle();
        assert.strictEqual(w.last().kind, 'conflict');
        assert.strictEqual(w.last().theirs, 'their text');
        w.queue.change(draft('mine, more'));
        assert.strictEqual(w.posts.length, 1, 'nothing is sent until the person chooses');
        assert.strictEqual(w.queue.resolve('mine'), 'mine, more');
        assert.strictEqual(w.posts[1].body.base, 'theirs');
        assert.strictEqual(w.posts[1].body.draft.notes, 'mine, more');
    },
    'merging puts their notes first and saves that': async function () {
        const w = harness();
        w.queue.change(draft('mine'));
        const conflict = {base: 'theirs', notes: 'their text', changed_at: '2026-03-02T10:00:00+00:00'};
        w.posts[0].resolve({status: 200, body: {conflict: conflict}});
        await settle();
        assert.strictEqual(w.queue.resolve('merge'), 'their text\n\nmine');
        assert.strictEqual(w.posts[1].body.draft.notes, 'their text\n\nmine');
    },
    'seeing theirs drops this tab\'s changes, on purpose': async function () {
        const w = harness();
        w.queue.change(draft('mine'));
        const conflict = {base: 'theirs', notes: 'their text', changed_at: '2026-03-02T10:00:00+00:00'};
        w.posts[0].resolve({status: 200, body: {conflict: conflict}});
        await settle();
        assert.ok(w.queue.unsaved());
        assert.strictEqual(w.queue.resolve('theirs'), 'their text');
        assert.ok(!w.queue.unsaved());
        assert.strictEqual(w.posts.length, 1);
    },
    'a refused save is not retried until the next change': async function () {
        const w = harness();
        w.queue.change(draft('x'));
        w.posts[0].resolve({status: 400, body: {error: 'The notes must be at most 20,000 characters.'}});
        await settle();
        assert.deepStrictEqual(w.last(), {kind: 'refused', error: 'The notes must be at most 20,000 characters.'});
        assert.strictEqual(w.timers.length, 0);
        assert.ok(w.queue.unsaved());
        w.queue.change(draft('y'));
        assert.strictEqual(w.posts.length, 2);
    },
    'merge of notes: theirs, then mine, each once': function () {
        const merge = painmap.mergeNotes;
        assert.strictEqual(merge('', 'theirs', 'mine'), 'theirs\n\nmine');
        assert.strictEqual(merge('start', 'start, theirs', 'start, mine'), 'start, theirs, mine');
        assert.strictEqual(merge('start', 'start, theirs', 'start'), 'start, theirs');
        assert.strictEqual(merge('start', 'start', 'start, mine'), 'start, mine');
        assert.strictEqual(merge('a', 'b', 'b'), 'b');
        assert.strictEqual(merge('a', 'b  \n', 'c'), 'b\n\nc');
        assert.strictEqual(merge('a', '', 'c'), 'c');
        assert.strictEqual(merge('start', 'other', 'start, mine'), 'other\n\nstart, mine');
    },
    'save-state wording': function () {
        const words = painmap.saveWords;
        assert.strictEqual(words({kind: 'saving'}), 'Saving…');
        assert.match(words({kind: 'saved', at: '2026-03-02T10:00:05+00:00'}), /^Saved at \d\d:\d\d:\d\d.*\.$/);
        assert.strictEqual(words({kind: 'retrying', delay: 1500}), 'Not saved, retrying…');
        assert.match(words({kind: 'conflict', at: '2026-03-02T10:00:05+00:00'}),
            /^Not saved: this session was changed elsewhere at .+\. Your changes are kept; choose below\.$/);
        assert.match(words({kind: 'conflict', at: '2026-03-02T10:00:05+00:00', what: 'intake'}),
            /^Not saved: this session was changed elsewhere at .+ \(intake\)\. Your changes are kept; choose below\.$/);
        assert.strictEqual(words({kind: 'refused', error: 'too long.'}), 'Not saved: too long.');
    },
};

(async function () {
    let failed = 0;
    for (const name of Object.keys(checks)) {
        try {
            await checks[name]();
            console.log('ok   ' + name);
        } catch (error) {
            failed += 1;
            console.log('FAIL ' + name + '\n' + error.stack);
        }
    }
    process.exit(failed ? 1 : 0);
}());
