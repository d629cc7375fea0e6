/* The patient's own phone, with an intake link (dashapp/callbacks/phone.py): the answers
   given on the page, and Send (dashapp/web/intake_links.py).

   Send goes once: the button is off while the request is out, and for good once the intake
   arrived. A send that fails keeps everything on the page, and says why. */
(function () {
    let sending = false;

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

    window.dash_clientside = Object.assign({}, window.dash_clientside, {
        phone: {
            answers: function (_answered, _asked, kept) {
                /* Every answer given on the page (a warning question too, which leaves the
                   page once answered), merged into what was kept. */
                const lists = window.dash_clientside.callback_context.inputs_list;
                const merged = Object.assign({}, kept || {});
                let changed = false;
                lists.forEach(function (list) {
                    (list || []).forEach(function (item) {
                        if (item.value && merged[item.id.field] !== item.value) {
                            merged[item.id.field] = item.value;
                            changed = true;
                        }
                    });
                });
                return changed ? merged : window.dash_clientside.no_update;
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
                        // Sent: the link is used up; the page shows only the thanks.
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
