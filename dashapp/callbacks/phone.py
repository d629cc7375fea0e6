"""The patient's own phone, with an intake link (/intake/<token>): the chart as the page
describes it, the warning signs the walk-in page would show, and Send.

These are the only callbacks clinic mode opens to someone not signed in without PUBLIC_PAGES
(callbacks/__init__.py): none reads or writes the database. Send is a request of its own to
dashapp/web/intake_links.py (assets/phone.js), which checks the link.
"""

from __future__ import annotations

from dash import ALL, ClientsideFunction, Dash, Input, Output, State, ctx, no_update

from dashapp.callbacks import inputs, map_local
from dashapp.callbacks.map_local import MapControls
from dashapp.callbacks.warnings import warning
from dashapp.domain.chart import ChartProblem, PainChart, restore
from dashapp.domain.sciatica.consult import upper_shown
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import pain_chart

INTENSITY = ids.phone_intensity(ALL)
QUALITIES = ids.phone_qualities(ALL)
ASKED = ids.ask_now(ids.PHONE_FORM_NAME, ALL)
ANSWERED = ids.answer(ids.PHONE_FORM_NAME, ALL)


def register(app: Dash, services: Services) -> None:
    """The chart controller (on the server) and the page's local parts (in the browser)."""

    @app.callback(
        Output(ids.PHONE_CHART, "data"),
        Output(ids.PHONE_MAP, "values"),
        Output(ids.PHONE_EDITOR, "children"),
        Output(ids.PHONE_WARNING, "children"),
        Output(ids.PHONE_MAP, "selected"),
        Output(ids.PHONE_MAP, "drawing"),
        Output(ids.PHONE_ACTIVITIES, "value"),
        Output(ids.phone_upper_section(ALL), "hidden"),
        Input(ids.PHONE_MAP, "selected"),
        Input(ids.PHONE_MAP, "drawing"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        Input(ids.PHONE_ACTIVITIES, "value"),
        Input(ids.PHONE_ANSWERS, "data"),
        Input(ids.PHONE_DRAFT, "data"),
        State(ids.PHONE_CHART, "data"),
        # Send waits while the chart is worked out, so it never sends one without the last tap.
        running=[(Output(ids.PHONE_SEND, "disabled"), True, False)],
        prevent_initial_call=True,
    )
    def update_chart(selected, drawing, intensities, qualities, worse, answers, draft, stored):
        read_back = f"{ids.PHONE_DRAFT}.data" in ctx.triggered_prop_ids
        if read_back:
            # The draft this browser kept for the link, read back at load: shown as it was.
            before = PainChart()
            after = restore(draft, services.region_by_id, services.activity_ids).chart
        else:
            before = restore(stored, services.region_by_id, services.activity_ids).chart
            answered = (
                inputs.keyed(ctx.inputs_list[2], intensities),
                inputs.keyed(ctx.inputs_list[3], qualities),
            )
            after = _chart(services, before, inputs.words(selected), answered, drawing, worse)
        return _answer(services, before, after, answers, replaced=read_back)

    _register_local(app)


def _answer(services: Services, before: PainChart, after: PainChart, answers, replaced: bool):
    """The chart stored and shown, and the warning signs; the map's areas, drawing and
    activities too when the chart was replaced (a draft read back), else as they are."""
    holds, note = warning(services, inputs.mapping(answers), after, ids.PHONE_FORM_NAME)
    editor = (
        pain_chart.editor(after, services.region_labels, "phone")
        if after.regions != before.regions
        else no_update
    )
    values = {m.region: m.intensity for m in after.marks if m.intensity is not None}
    shown = (after.regions, [s.to_json() for s in after.strokes], list(after.activities))
    kept = shown if replaced else (no_update,) * 3
    asked = upper_shown(inputs.mapping(answers), after, services.regions)
    hidden = [o["id"]["section"] not in asked for o in ctx.outputs_list[7]]
    return after.to_json(), values, editor, holds or note or [], *kept, hidden


def _chart(services: Services, before: PainChart, selected, answered, drawing, worse):
    """The chart as the page describes it: areas and their answers, drawing, activities."""
    after = before.with_answers(selected, *answered, services.region_by_id)
    try:
        after = after.with_strokes(drawing, [view.view for view in services.views])
    except ChartProblem:
        pass  # a drawing that cannot be kept changes nothing; the map keeps what it showed
    try:
        return after.with_activities(inputs.words(worse), services.activity_ids)
    except ValueError:
        return after  # an unknown activity id changes nothing


def _register_local(app: Dash) -> None:
    """What changes in this browser alone: the answers, the draw panel, the view, Send."""
    _register_draft(app)
    app.clientside_callback(
        ClientsideFunction("phone", "answers"),
        Output(ids.PHONE_ANSWERS, "data"),
        Input(ANSWERED, "value"),
        Input(ASKED, "value"),
        State(ids.PHONE_ANSWERS, "data"),
        State(ids.PHONE_SETUP, "data"),
        prevent_initial_call=True,
    )
    # An output (never written): see "forget" below.
    app.clientside_callback(
        ClientsideFunction("phone", "warned"),
        Output(ids.PHONE_WARNING, "className"),
        Input(ids.PHONE_WARNING, "children"),
        State(ids.PHONE_SETUP, "data"),
        prevent_initial_call=True,
    )
    map_local.register(
        app,
        MapControls(
            ids.PHONE_MAP,
            ids.PHONE_VIEW_SWITCH,
            ids.PHONE_DRAW_PANEL,
            ids.PHONE_DRAW_INTENSITY,
            ids.PHONE_DRAW_QUALITIES,
        ),
    )
    app.clientside_callback(
        ClientsideFunction("phone", "send"),
        Output(ids.PHONE_MESSAGE, "children"),
        Input(ids.PHONE_SEND, "n_clicks"),
        State(ids.PHONE_CHART, "data"),
        State(ids.PHONE_ANSWERS, "data"),
        State(ids.PHONE_SETUP, "data"),
        prevent_initial_call=True,
    )


def _register_draft(app: Dash) -> None:
    """The draft kept in this browser for the link (assets/phone.js): read back at load,
    kept on every change, forgotten once the link no longer works (and once sent)."""
    app.clientside_callback(
        ClientsideFunction("phone", "restore"),
        Output(ids.PHONE_DRAFT, "data"),
        Output(ids.PHONE_ANSWERS, "data", allow_duplicate=True),
        Output(ANSWERED, "value"),
        Output(ids.PHONE_NOTICE, "children"),
        Output(ids.PHONE_NOTICE, "hidden"),
        Input(ids.PHONE_SETUP, "data"),
        prevent_initial_call="initial_duplicate",
    )
    app.clientside_callback(
        ClientsideFunction("phone", "keep"),
        Input(ids.PHONE_CHART, "data"),
        Input(ids.PHONE_ANSWERS, "data"),
        State(ids.PHONE_SETUP, "data"),
        prevent_initial_call=True,
    )
    # An output (never written) so that it is called at load: without one, Dash 4 did not
    # call it for the page's first data.
    app.clientside_callback(
        ClientsideFunction("phone", "forget"),
        Output(ids.PHONE_GONE, "clear_data"),
        Input(ids.PHONE_GONE, "data"),
    )
