/* "Save to a patient" on the walk-in pages (dashapp/callbacks/handover.py): find the patient,
   then send everything this device keeps (the chart with its drawing, the answers, the
   findings) to a new session of theirs (dashapp/web/handover.py).

   The device is cleared only after the server said the session is saved; on any failure (a
   refusal, a sign-in that ended, no connection) nothing is cleared and the page says why. */
(function () {
    const NEW = 'new';
    let searches = 0; // the latest search: an answer to an older one arriving late is dropped
    let saving = false; // one save at a time: a second tap must not make a second session

    function element(type, props) {
        return {type: type, namespace: 'dash_html_components', props: props};
    }

    function post(url, body) {
        // painmap.js's sender (loaded after this file, there by the time anyone taps Save).
        return window.dash_clientside.painmap.post(url, body);
    }

    function why(answer) {
        /* Why a request was not answered as hoped, in words (with a way on, where there is):
           text, or a flat list of text and links (Dash reads no list nested in another). */
        if (answer.status === 401) {
            const next = encodeURIComponent(window.location.pathname);
            return [
                'you are not signed in (a sign-in ends after a while without use). ',
                element('A', {href: '/signin?next=' + next, children: 'Sign in'}),
                ', then come back to this page.',
            ];
        }
        if (answer.body && typeof answer.body.error === 'string') {
            return answer.body.error;
        }
        return 'PainMap answered with an error (' + answer.status + ').';
    }

    function notSaved(reason) {
        return element('Span', {
            className: 'error',
            children: ['Not saved: '].concat(reason, [' Nothing was cleared from this device.']),
        });
    }

    function kept(chosen, options) {
        return options.some(function (o) { return o.value === chosen; }) ? chosen : null;
    }

    window.dash_clientside = Object.assign({}, window.dash_clientside, {
        handover: {
            toggle: function (_open, _cancel, setup) {
                const opening =
                    window.dash_clientside.callback_context.triggered_id === setup.ids.open;
                if (opening) {
                    window.dash_clientside.set_props(setup.ids.message, {children: ''});
                    window.setTimeout(function () {
                        const box = document.getElementById(setup.ids.name);
                        if (box) { box.focus(); }
                    }, 0);
                }
                return !opening;
            },

            find: function (name, chosen, setup) {
                const text = (name || '').trim();
                const asked = ++searches;
                if (!text) {
                    return [[], null, setup.hint];
                }
                const fresh = [{label: 'A new patient: ' + text, value: NEW}];
                const late = function () { return asked !== searches; };
                const skip = window.dash_clientside.no_update;
                return post(setup.find, {name: text}).then(function (answer) {
                    if (late()) { return [skip, skip, skip]; }
                    if (answer.status !== 200 || !answer.body || !answer.body.patients) {
                        const said = ['Saved patients could not be searched: '].concat(why(answer));
                        return [fresh, kept(chosen, fresh), said];
                    }
                    const options = answer.body.patients.map(function (p) {
                        return {label: p.label, value: String(p.id)};
                    }).concat(fresh);
                    const said = !answer.body.patients.length
                        ? 'No saved patient has that name.'
                        : answer.body.more ? 'More patients match: type more of the name.' : '';
                    return [options, kept(chosen, options), said];
                }, function () {
                    if (late()) { return [skip, skip, skip]; }
                    const said = 'Saved patients could not be searched: PainMap could not be reached.';
                    return [fresh, kept(chosen, fresh), said];
                });
            },

            save: function (_clicks, chosen, name, confirmed, setup) {
                const clientside = window.dash_clientside;
                const ids = setup.ids;
                if (saving) {
                    return clientside.no_update;
                }
                if (!chosen) {
                    return 'Choose the patient first: type their name, then pick them or ' +
                        '"A new patient".';
                }
                const read = clientside.painmap.read;
                const body = {
                    chart: read(setup.keys.chart),
                    answers: read(setup.keys.answers),
                    findings: read(setup.keys.findings),
                };
                if (chosen === NEW) {
                    body.name = (name || '').trim();
                } else {
                    body.patient = Number(chosen);
                }
                saving = true;
                clientside.set_props(ids.save, {disabled: true});
                const done = function () {
                    saving = false;
                    clientside.set_props(ids.save, {disabled: false});
                };
                return post(setup.save, body).then(function (answer) {
                    done();
                    if (answer.status !== 200 || !answer.body || !answer.body.url) {
                        return notSaved(why(answer));
                    }
                    // Saved: now, and only now, the device is cleared, as its own button does.
                    clientside.set_props(ids.confirm, {n_clicks: (confirmed || 0) + 1});
                    clientside.set_props(ids.panel, {hidden: true});
                    clientside.set_props(ids.name, {value: ''});
                    clientside.set_props(ids.choices, {options: [], value: null});
                    return [
                        'Saved to ', answer.body.name, ' as a new session. ',
                        element('A', {href: answer.body.url, children: 'Open the session'}),
                    ];
                }, function () {
                    done();
                    return notSaved('PainMap could not be reached.');
                });
            },
        },
    });
}());
