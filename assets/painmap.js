/* What other pages keep in this browser (the chart, the answers, the findings), read back
   for the pages that need it. A missing entry is null; one that cannot be parsed is
   "unreadable", which the server reports instead of guessing.

   The session page's autosave also lives here (see makeAutosave below). */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    painmap: {
        read: function (key) {
            try {
                return JSON.parse(window.localStorage.getItem(key));
            } catch (e) {
                return 'unreadable';
            }
        },
        answers: function () {
            /* None kept: nothing changes, so nothing is asked of the server. */
            const answers = window.dash_clientside.painmap.read('intake-answers');
            return answers === null ? window.dash_clientside.no_update : answers;
        },
        forget: function (keys) {
            /* Remove these keys, and the time stamps dcc.Store keeps beside them, from both
               of this browser's storages. */
            (keys || []).forEach(function (key) {
                [window.localStorage, window.sessionStorage].forEach(function (storage) {
                    storage.removeItem(key);
                    storage.removeItem(key + '-timestamp');
                });
            });
        },
        startingWith: function (prefixes) {
            /* The keys of this browser's storages that begin with one of `prefixes`. */
            const found = [];
            [window.localStorage, window.sessionStorage].forEach(function (storage) {
                for (let i = 0; i < storage.length; i++) {
                    const key = storage.key(i);
                    if ((prefixes || []).some(function (p) { return key.startsWith(p); }) &&
                            !key.endsWith('-timestamp')) {
                        found.push(key);
                    }
                }
            });
            return found;
        },
        device: function (_finish, _cancel, _confirm, setup) {
            /* "Finished: clear this device": ask, then forget every PainMap key. The page's
               own stores are emptied in place, so its forms show empty without a reload. */
            const painmap = window.dash_clientside.painmap;
            const trigger = window.dash_clientside.callback_context.triggered_id;
            const setProps = window.dash_clientside.set_props;
            if (trigger === setup.ids.finish) {
                return [false, ''];
            }
            if (trigger !== setup.ids.confirm) {
                return [true, window.dash_clientside.no_update];
            }
            painmap.forget(setup.keys.concat(painmap.startingWith(setup.prefixes)));
            setup.shown.forEach(function (id) { setProps(id, {data: null}); });
            return [true, setup.cleared];
        },
        keepAddress: function (query) {
            /* A page's choice (the roots shown, the atlas's muscle and side), written into the
               address without a reload (the query comes from the server, which built it from
               known roots and muscles only). */
            if (typeof query === 'string' && query !== window.location.search) {
                window.history.replaceState(window.history.state, '', window.location.pathname + query);
            }
            return query;
        },
        menu: function (_menuClicks, _navClicks, expanded) {
            /* The phone's menu button opens and closes the navigation; a click inside the
               navigation (following a link) closes it. */
            const context = window.dash_clientside.callback_context;
            const menuId = context.inputs_list[0].id;
            return context.triggered_id === menuId && expanded !== 'true' ? 'true' : 'false';
        },
        currentPage: function (pathname) {
            /* The navigation's link to the page on screen carries aria-current="page" (the
               stylesheet marks it); a session belongs to the patients' section. */
            const here = String(pathname || '/').replace(/^\/sessions\//, '/patients/');
            document.querySelectorAll('#shell-nav a[href]').forEach(function (link) {
                const href = link.getAttribute('href');
                const current = href === '/' ? here === '/' : here === href || here.startsWith(href + '/');
                if (current) {
                    link.setAttribute('aria-current', 'page');
                } else {
                    link.removeAttribute('aria-current');
                }
            });
            return here;
        },
        kept: {},
        shown: {},
        readBack: function (stored, defaults) {
            /* A form's answers from what this browser keeps, filled in the browser as the
               page opens, so an answer given at once is never overwritten by a late reply;
               again when the device is cleared or another tab changes them, but not when
               the store only takes back what `keep` handed it from this form. */
            const painmap = window.dash_clientside.painmap;
            const context = window.dash_clientside.callback_context;
            const store = context.inputs_list[0].id;
            painmap.shown[store] = window.location.pathname;
            if (painmap.kept[store] !== undefined && painmap.kept[store] === JSON.stringify(stored)) {
                throw window.dash_clientside.PreventUpdate;
            }
            const data = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
            const fallback = defaults || {};
            const outputs = Array.isArray(context.outputs_list[0]) ?
                context.outputs_list[0] : context.outputs_list;
            return outputs.map(function (output) {
                const field = output.id.field;
                if (Object.prototype.hasOwnProperty.call(data, field)) {
                    return data[field];
                }
                return Object.prototype.hasOwnProperty.call(fallback, field) ? fallback[field] : null;
            });
        },
        keep: function (checked) {
            /* The answers as the server read them, into the store this browser keeps: at
               once in the browser's storage (the person may have gone on to another page),
               and into the page's store when the form is still on screen. */
            const painmap = window.dash_clientside.painmap;
            if (!checked || typeof checked.store !== 'string') {
                return;
            }
            const text = JSON.stringify(checked.answers);
            painmap.kept[checked.store] = text;
            window.localStorage.setItem(checked.store, text);
            window.localStorage.setItem(checked.store + '-timestamp', String(Date.now()));
            if (painmap.shown[checked.store] === window.location.pathname) {
                window.dash_clientside.set_props(checked.store, {data: checked.answers});
            }
        },
        consultation: function () {
            const read = window.dash_clientside.painmap.read;
            return {
                marks: read('patient-marks'),
                answers: read('intake-answers'),
                findings: read('exam-findings'),
            };
        },
        undoFollow: function (stored, _edited, history, limit, empty) {
            /* The patient page's undo stack, kept in this browser only, so that no request
               carries it: {past: [charts, newest last], current: chart}. When the chart
               controller writes a changed chart (it marks the change as an edit), the chart
               before it is pushed (the empty chart when nothing was stored; the newest
               `limit` kept). Other writes (the chart read at load, another tab's change, an
               undo written back) only follow the current chart. An emptied store (the
               device cleared) empties the stack. */
            const noUpdate = window.dash_clientside.no_update;
            const triggered = (window.dash_clientside.callback_context.triggered || [])
                .map(function (t) { return t.prop_id; });
            const stack = history && Array.isArray(history.past) ?
                history : {past: [], current: null};
            if (stored === null || stored === undefined) {
                return null;
            }
            if (triggered.indexOf('patient-edited.data') >= 0) {
                const before = stack.current === null ? empty : stack.current;
                return {past: stack.past.concat([before]).slice(-limit), current: stored};
            }
            if (JSON.stringify(stored) === JSON.stringify(stack.current)) {
                return noUpdate;
            }
            return {past: stack.past, current: stored};
        },
        undoStep: function (clicks, history) {
            /* "Undo": pop the newest chart and hand it, numbered, to the chart controller,
               which writes it back to the store. Returns [chart to go back to, stack]. */
            const noUpdate = window.dash_clientside.no_update;
            if (!history || !Array.isArray(history.past) || !history.past.length) {
                return [noUpdate, noUpdate];
            }
            return [
                {chart: history.past[history.past.length - 1], n: clicks},
                {past: history.past.slice(0, -1), current: history.current},
            ];
        },
        askNow: function (values) {
            /* A warning question answered outside the questions page (e.g. the saddle
               question after numbness is marked there): keep it with the stored answers, as
               the questions page's own store would, and return them all. */
            const painmap = window.dash_clientside.painmap;
            const asked = window.dash_clientside.callback_context.inputs_list[0] || [];
            const given = {};
            asked.forEach(function (item, i) {
                if (values[i]) { given[item.id.field] = values[i]; }
            });
            if (!Object.keys(given).length) {
                return window.dash_clientside.no_update;
            }
            let answers = painmap.read('intake-answers');
            if (!answers || typeof answers !== 'object' || Array.isArray(answers)) {
                answers = {};
            }
            Object.assign(answers, given);
            window.localStorage.setItem('intake-answers', JSON.stringify(answers));
            window.localStorage.setItem('intake-answers-timestamp', String(Date.now()));
            return answers;
        },
        askNowConsultation: function (values) {
            const painmap = window.dash_clientside.painmap;
            const answers = painmap.askNow(values);
            return answers === window.dash_clientside.no_update ? answers : painmap.consultation();
        },
        warningsShown: function (children, shown) {
            /* Warning questions that appear where none stood are brought into view (under the
               map on a phone) without moving the focus; while something is being typed, once
               the person leaves that field. Returns whether any stand, kept on the box. */
            const now = Array.isArray(children) && children.length ? 'yes' : '';
            const id = window.dash_clientside.callback_context.outputs_list.id;
            const box = document.getElementById(id);
            if (now && !shown && box) {
                const bring = function () {
                    const top = box.getBoundingClientRect().top;
                    if (top >= 0 && top < window.innerHeight * 0.75) { return; }  // in sight
                    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
                    box.scrollIntoView({block: 'start', behavior: still ? 'auto' : 'smooth'});
                };
                const typing = document.activeElement && document.activeElement.matches(
                    'textarea, select, [contenteditable="true"], '
                    + 'input:not([type="radio"]):not([type="checkbox"]):not([type="range"])');
                if (typing) {
                    document.activeElement.addEventListener('blur', bring, {once: true});
                } else {
                    window.requestAnimationFrame(bring);
                }
            }
            return now;
        },
        patternInSight: function (highlights, shown) {
            /* A muscle picked in the list below (far below the map on a phone): the map turns
               to the side its main zone is drawn on, when a phone shows the other, and the
               page scrolls until that zone is in sight. The focus stays in the list. */
            const noUpdate = window.dash_clientside.no_update;
            if (!Array.isArray(highlights) || !highlights.length) { return noUpdate; }
            const mapId = window.dash_clientside.callback_context.inputs_list[0].id;
            const main = highlights.find(function (h) { return h.kind === 'essential'; })
                || highlights[0];
            const narrow = window.matchMedia('(max-width: 760px)').matches;
            const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
            const drawn = function () {
                const map = document.getElementById(mapId);
                const shownOf = function (selector) {
                    return Array.from(map ? map.querySelectorAll(selector) : []).find(
                        function (el) { return el.getClientRects().length > 0; });
                };
                return shownOf('.bodymap__highlight--essential') || shownOf('.bodymap__highlight');
            };
            const bring = function (tries) {
                const zone = drawn();
                if (!zone) {
                    if (tries > 0) { window.requestAnimationFrame(function () { bring(tries - 1); }); }
                    return;
                }
                const r = zone.getBoundingClientRect();
                if (r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0
                        && r.right <= window.innerWidth) { return; }
                zone.scrollIntoView({block: 'center', inline: 'center',
                                     behavior: still ? 'auto' : 'smooth'});
            };
            window.requestAnimationFrame(function () { bring(30); });
            return narrow && main.view && main.view !== shown ? main.view : noUpdate;
        },
    },
});

(function (painmap) {
    /* Autosave of the session page: one save in flight per tab.

       Dash runs a server callback per change, several at once and in any order, so a tab
       raced its own earlier saves. Here every change only records the page's latest state
       (a draft); one request at a time sends the latest draft, and a draft that arrives
       meanwhile goes out when the answer comes back. Each save carries the fingerprint of
       the map and notes the previous answer returned (`base`), so the server can tell this
       tab's own earlier save from someone else's: a tab's saves can never conflict with
       each other, and nothing typed is dropped, because the latest draft is only forgotten
       once a save of it was acknowledged. A failure keeps the draft and retries with
       backoff; a real conflict waits for the person's choice. */
    const RETRY_FIRST_MS = 500;
    const RETRY_MAX_MS = 4000;
    const MAX_UNCONFIRMED = 20;

    function mergeNotes(base, theirs, mine) {
        /* Their notes, then mine, each written once (`base`: what both started from). */
        if (mine === base || mine === theirs || !mine.trim()) {
            return theirs;
        }
        if (theirs === base || !theirs.trim()) {
            return mine;
        }
        if (base && theirs.startsWith(base) && mine.startsWith(base)) {
            return theirs + mine.slice(base.length);
        }
        return theirs.replace(/\s+$/, '') + '\n\n' + mine;
    }

    function clock(iso) {
        /* A time of day in the browser's own time zone. */
        return new Date(iso).toLocaleTimeString([], {
            hour: '2-digit', minute: '2-digit', second: '2-digit',
        });
    }

    function saveWords(state) {
        /* What the person sees beside the field, for each state of the autosave. */
        switch (state.kind) {
        case 'saving':
            return 'Saving…';
        case 'saved':
            return 'Saved at ' + clock(state.at) + '.';
        case 'retrying':
            // No countdown: a number that is not kept ticking would soon be wrong.
            return 'Not saved, retrying…';
        case 'conflict':
            // What they changed (map, notes, intake, findings...): not always the notes.
            return 'Not saved: this session was changed elsewhere at ' + clock(state.at) +
                (state.what ? ' (' + state.what + ')' : '') +
                '. Your changes are kept; choose below.';
        case 'refused':
            return 'Not saved: ' + state.error;
        default:
            return '';
        }
    }

    function makeAutosave(setup, io) {
        /* setup: {url, base, notes}; io: {post(url, body) -> Promise<{status, body}>,
           show(state), later(fn, ms)}. Pure of the page, so it runs under test in Node. */
        const q = {
            base: setup.base, baseNotes: setup.notes, latest: null, dirty: false,
            sending: null, unconfirmed: [], failures: 0, waiting: false, conflict: null,
            refused: false,
        };

        function pump() {
            if (q.sending || q.waiting || q.conflict || q.refused || !q.dirty) {
                return;
            }
            const draft = q.latest;
            q.sending = draft;
            q.dirty = false;
            io.show({kind: 'saving'});
            const body = {base: q.base, draft: draft, unconfirmed: q.unconfirmed};
            io.post(setup.url, body).then(function (answer) {
                const said = answer.body || {};
                q.sending = null;
                if (answer.status === 200 && said.base) {
                    saved(draft, said);
                } else if (answer.status === 200 && said.conflict) {
                    q.dirty = true;
                    q.conflict = said.conflict;
                    io.show({kind: 'conflict', at: q.conflict.changed_at,
                        what: q.conflict.changed_what, theirs: q.conflict.notes});
                } else if (answer.status >= 400 && answer.status < 500) {
                    // Sending it again would be refused again: wait for the next change.
                    q.dirty = true;
                    q.refused = true;
                    io.show({kind: 'refused', error: said.error ||
                        'the server refused it (' + answer.status + ').'});
                } else {
                    failed(draft);
                }
            }, function () {
                q.sending = null;
                failed(draft);
            });
        }

        function saved(draft, body) {
            q.base = body.base;
            q.baseNotes = draft.notes;
            q.unconfirmed = [];
            q.failures = 0;
            if (q.dirty) {
                pump();
            } else {
                io.show({kind: 'saved', at: body.saved_at});
            }
        }

        function failed(draft) {
            // The server may have written it before it failed: say so with the next save.
            q.unconfirmed = q.unconfirmed.concat([draft]).slice(-MAX_UNCONFIRMED);
            q.dirty = true;
            q.failures += 1;
            const delay = Math.min(RETRY_FIRST_MS * 2 ** (q.failures - 1), RETRY_MAX_MS);
            q.waiting = true;
            io.show({kind: 'retrying', delay: delay});
            io.later(function () {
                q.waiting = false;
                pump();
            }, delay);
        }

        return {
            change: function (draft) {
                q.latest = draft;
                q.dirty = true;
                q.refused = false;
                pump();
            },
            resolve: function (choice) {
                /* After a conflict: 'mine' overwrites theirs, 'merge' returns the notes to
                   show (theirs, then mine) and saves them, 'theirs' forgets this tab's
                   changes (the page then reloads what was saved). */
                const theirs = q.conflict;
                if (!theirs) {
                    return null;
                }
                q.conflict = null;
                q.base = theirs.base;
                if (choice === 'theirs') {
                    q.dirty = false;
                    return theirs.notes;
                }
                const base = q.baseNotes;
                q.baseNotes = theirs.notes;
                if (choice === 'merge') {
                    const merged = mergeNotes(base, theirs.notes, q.latest.notes);
                    q.latest = Object.assign({}, q.latest, {notes: merged});
                }
                q.dirty = true;
                pump();
                return q.latest.notes;
            },
            unsaved: function () {
                return q.dirty || q.sending !== null;
            },
        };
    }

    const queues = {};

    function show(ids, state) {
        const text = saveWords(state);
        const kind = state.kind === 'saved' ? 'saved' :
            (state.kind === 'saving' ? 'saving' : 'failed');
        const set = function (id, props) {
            if (document.getElementById(id)) {
                window.dash_clientside.set_props(id, props);
            }
        };
        ids.status.forEach(function (id) {
            set(id, {children: text, className: 'save-state save-state--' + kind});
        });
        if (state.kind === 'conflict') {
            set(ids.theirs, {children: state.theirs || '(no notes)'});
        }
        set(ids.conflict, {hidden: state.kind !== 'conflict'});
    }

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            headers: {'Content-Type': 'application/json'},
            body: JSON.stringify(body),
            credentials: 'same-origin',
        }).then(function (response) {
            return response.json().catch(function () {
                return null;
            }).then(function (json) {
                return {status: response.status, body: json};
            });
        });
    }

    // One way to send JSON for every script of the app (the handover's too, assets/handover.js).
    painmap.post = post;

    function queueFor(setup) {
        const held = queues[setup.visit];
        // A page opened again starts from what it loaded, unless this tab still owes a save.
        if (!held || (held.base !== setup.base && !held.queue.unsaved())) {
            queues[setup.visit] = {
                base: setup.base,
                queue: makeAutosave(setup, {
                    post: post,
                    show: function (state) { show(setup.ids, state); },
                    later: function (fn, ms) { window.setTimeout(fn, ms); },
                }),
            };
        }
        return queues[setup.visit].queue;
    }

    function byKey(inputs, values, key) {
        const out = {};
        (inputs || []).forEach(function (input, i) {
            out[input.id[key]] = values[i];
        });
        return out;
    }

    painmap.mergeNotes = mergeNotes;
    painmap.saveWords = saveWords;
    painmap.makeAutosave = makeAutosave;

    painmap.draft = function (selected, intensities, qualities, notes, drawing, activities,
        answers, findings, setup) {
        /* Every change on the session page: record the page as it is now and save it. The
           drawing goes with it ([] when it was cleared); none given keeps the saved one. So
           do what makes it worse, the questions and the examination, when the page shows them. */
        const inputs = window.dash_clientside.callback_context.inputs_list;
        const draft = {
            selected: selected || [],
            intensities: byKey(inputs[1], intensities, 'region'),
            qualities: byKey(inputs[2], qualities, 'region'),
            notes: notes || '',
            strokes: Array.isArray(drawing) ? drawing : null,
            activities: Array.isArray(activities) ? activities : null,
            answers: inputs[6] && inputs[6].length ? byKey(inputs[6], answers, 'field') : null,
            findings: inputs[7] && inputs[7].length ? byKey(inputs[7], findings, 'field') : null,
        };
        queueFor(setup).change(draft);
        return draft;
    };

    painmap.resolve = function (_theirs, _mine, _merge, setup) {
        const trigger = window.dash_clientside.callback_context.triggered_id;
        const choice = setup.choices[trigger];
        const notes = queueFor(setup).resolve(choice);
        if (choice === 'theirs') {
            window.location.reload();
        } else if (notes !== null) {
            window.dash_clientside.set_props(setup.ids.notes, {value: notes});
        }
        return true;
    };

    if (typeof window.addEventListener === 'function') {
        // Another tab cleared this device (or saved it to a patient): a walk-in
        // page open here must not keep showing, or save again, what was removed.
        window.addEventListener('storage', function (event) {
            const bar = document.querySelector('[data-device-keys]');
            const keys = bar ? bar.getAttribute('data-device-keys').split(' ') : [];
            if (bar && (event.key === null ||
                    (event.newValue === null && keys.indexOf(event.key) >= 0))) {
                window.location.reload();
            }
        });
        window.addEventListener('beforeunload', function (event) {
            const owed = Object.keys(queues).some(function (visit) {
                return queues[visit].queue.unsaved();
            });
            if (owed) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    }
}(window.dash_clientside.painmap));

/* Escape closes the phone's navigation menu and puts the focus back on its button. */
if (typeof window.addEventListener === 'function') {
    window.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        const button = window.document.querySelector('.shell__menu[aria-expanded="true"]');
        if (button && button.offsetParent !== null) {
            button.click();
            button.focus();
        }
    });
}
