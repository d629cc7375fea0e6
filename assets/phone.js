/* The patient's own phone, with an intake link (dashapp/callbacks/phone.py): the answers
   given on the page, and Send (dashapp/web/intake_links.py).

   Send goes once: the button is off while the request is out, and for good once the intake
   arrived. A send that fails keeps everything on the page, and says why.

   Nothing typed is lost: the chart and the answers are kept in this browser as a draft, under
   a key of the link's own (a digest of its token, never the token), as the walk-in page keeps
   its chart (painmap.read and painmap.forget, assets/painmap.js). A reload, or a tab the
   phone discarded, reads the draft back and says so; a send that arrived, or a link that no
   longer works, forgets it. */
(function () {
    let sending = false;
    let sent = false;  // once sent, nothing more is kept: a late answer would bring it back
    let warning = false;  // whether a warning is shown (one new is brought into view)

    function element(type, props) {
        return {type: type, namespace: 'dash_html_components', props: props};
    }

    function notSent(reason) {
        return element('Span', {
            className: 'error',
            children: 'Not sent: ' + reason + ' Everything you entered is still here.',
        });
    }

    function empty(chart, answers) {
        const c = chart || {};
        const none = function (list) { return !list || !list.length; };
        return none(c.marks) && none(c.strokes) && none(c.activities) &&
            !Object.keys(answers || {}).length;
    }

    function forgetStale(stale) {
        const oldest = Date.now() - stale.days * 24 * 60 * 60 * 1000;
        const keys = [];
        try {
            for (let i = 0; i < window.localStorage.length; i++) {
                const key = window.localStorage.key(i);
                const at = Number(window.localStorage.getItem(key + '-timestamp'));
                if (key.startsWith(stale.prefix) && !key.endsWith('-timestamp') && at < oldest) {
                    keys.push(key);
                }
            }
        } catch (e) {
            return;  // no storage (a private window): nothing kept, nothing to forget
        }
        window.dash_clientside.painmap.forget(keys);
    }

    function isObject(value) {
        return value !== null && typeof value === 'object' && !Array.isArray(value);
    }

    window.dash_clientside = Object.assign({}, window.dash_clientside, {
        phone: {
            restore: function (setup) {
                /* At load: the draft kept for this link, if any, back on the page (the chart
                   to the chart controller, the answers to their questions), and the notice.
                   Drafts of links that cannot work any more (older than any link lasts) are
                   forgotten first. */
                const clientside = window.dash_clientside;
                forgetStale(setup.stale);
                const kept = clientside.painmap.read(setup.draft);
                const chart = isObject(kept) && isObject(kept.chart) ? kept.chart : null;
                const answers = isObject(kept) && isObject(kept.answers) ? kept.answers : {};
                const asked = clientside.callback_context.outputs_list[2] || [];
                if (empty(chart, answers)) {
                    return [clientside.no_update, clientside.no_update,
                        asked.map(function () { return clientside.no_update; }),
                        clientside.no_update, true];
                }
                const given = asked.map(function (item) {
                    const value = answers[item.id.field];
                    return typeof value === 'string' || Array.isArray(value)
                        ? value : clientside.no_update;
                });
                return [chart, answers, given, setup.kept, false];
            },

            keep: function (chart, answers, setup) {
                /* Every change, kept as the draft of this link (a chart not yet made by the
                   chart controller is not a change: the draft read back stays as it was). */
                if (sent || !setup || chart === null || chart === undefined) {
                    return;
                }
                try {
                    const draft = {chart: chart, answers: answers || {}};
                    window.localStorage.setItem(setup.draft, JSON.stringify(draft));
                    window.localStorage.setItem(setup.draft + '-timestamp', String(Date.now()));
                } catch (e) {
                    // Storage full or refused (a private window): the page still works.
                }
            },

            forget: function (gone) {
                /* A link that no longer works: its draft is forgotten. */
                if (isObject(gone) && typeof gone.draft === 'string') {
                    window.dash_clientside.painmap.forget([gone.draft]);
                }
                return window.dash_clientside.no_update;
            },

            answers: function (_answered, _asked, kept, setup) {
                /* Every answer given on the page, merged into what was kept. A warning
                   question the map asks at once (it leaves the page once answered) is also
                   one of the page's questions: its answer is shown there too. A list (tick
                   all that apply) with nothing ticked is no answer. */
                const clientside = window.dash_clientside;
                const lists = clientside.callback_context.inputs_list;
                const merged = Object.assign({}, kept || {});
                let changed = false;
                lists.forEach(function (list, which) {
                    (list || []).forEach(function (item) {
                        const field = item.id.field;
                        const none = Array.isArray(item.value) && !item.value.length;
                        if (none && field in merged) {
                            delete merged[field];
                            changed = true;
                        } else if (item.value && !none &&
                                JSON.stringify(merged[field]) !== JSON.stringify(item.value)) {
                            merged[field] = item.value;
                            changed = true;
                            if (which === 1 && setup) {
                                const shown = {type: setup.answer, field: field};
                                clientside.set_props(shown, {value: item.value});
                            }
                        }
                    });
                });
                return changed ? merged : clientside.no_update;
            },

            warned: function (panel, setup) {
                /* A warning that was not there before is brought into view at once: it sits
                   at the top, and the person may be far down the page, answering. */
                const shown = Array.isArray(panel) ? panel.length > 0 : Boolean(panel);
                if (shown && !warning) {
                    const top = document.getElementById(setup.ids.warning);
                    if (top) {
                        top.scrollIntoView({block: 'start'});
                    }
                }
                warning = shown;
                return window.dash_clientside.no_update;
            },

            send: function (_clicks, chart, answers, setup) {
                const clientside = window.dash_clientside;
                if (sending) {
                    return clientside.no_update;
                }
                if (empty(chart, answers)) {
                    return 'Nothing to send yet: mark where it hurts or answer a question.';
                }
                sending = true;
                clientside.set_props(setup.ids.send, {disabled: true});
                const body = {chart: chart, answers: answers || {}};
                return clientside.painmap.post(setup.url, body).then(function (answer) {
                    if (answer.status === 200 && answer.body && answer.body.sent) {
                        // Sent: the link is used up, its draft forgotten; the page shows
                        // only the thanks.
                        sent = true;
                        clientside.painmap.forget([setup.draft]);
                        clientside.set_props(setup.ids.notice, {hidden: true});
                        clientside.set_props(setup.ids.form, {hidden: true});
                        clientside.set_props(setup.ids.send, {hidden: true});
                        return setup.thanks;
                    }
                    sending = false;
                    clientside.set_props(setup.ids.send, {disabled: false});
                    const said = answer.body && typeof answer.body.error === 'string'
                        ? answer.body.error
                        : 'PainMap answered with an error (' + answer.status + ').';
                    return notSent(said);
                }, function () {
                    sending = false;
                    clientside.set_props(setup.ids.send, {disabled: false});
                    return notSent('PainMap could not be reached. Check the connection, ' +
                        'then press Send again.');
                });
            },
        },
    });
}());
