"""Patient page callbacks: the chart controller, the pattern overlay, clear-all, view switch."""

from __future__ import annotations

from secrets import token_hex
from typing import Any

from dash import ALL, ClientsideFunction, Dash, Input, Output, Patch, State, ctx, no_update

from dashapp.callbacks import inputs, patient_local
from dashapp.callbacks.outputs import unchanged_or
from dashapp.callbacks.warnings import warning as warning_panels
from dashapp.domain.atlas.painted_lookup import rank_chart
from dashapp.domain.body.painted import painted_share
from dashapp.domain.chart import ChartProblem, PainChart, restore
from dashapp.domain.chart_text import describe_chart
from dashapp.domain.sciatica.consult import chart_facts
from dashapp.domain.sciatica.upper import callouts
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import lookup_panel, pain_chart
from dashapp.ui.components.bodymap import MUSCLE, muscle_props, region_props

INTENSITY = ids.patient_intensity(ALL)
QUALITIES = ids.patient_qualities(ALL)
# Load, undo and clear replace the whole chart; anything else is an answer on the page.
REPLACING = (None, ids.PATIENT_STORE, ids.PATIENT_UNDONE, ids.PATIENT_CLEAR_CONFIRM)
NOTHING = (no_update,) * 13


def register(app: Dash, services: Services) -> None:
    """The chart controller, the pattern overlay, clear-all and the local view switches."""
    _register_chart(app, services)
    _register_pattern(app, services)
    _register_clear(app)
    _register_muscles(app, services)
    patient_local.register(app)


def _register_muscles(app: Dash, services: Services) -> None:
    """The muscle outlines join the map the first time "Show muscles" is ticked: the page does
    not carry them (half the map's data) for the patients who never look."""

    @app.callback(
        Output(ids.PATIENT_MAP, "regions"),
        Input(ids.PATIENT_LAYERS, "value"),
        prevent_initial_call=True,
    )
    def show_muscles(shown):
        if MUSCLE not in inputs.words(shown):
            return no_update  # hidden again: the outlines stay, the layer is off
        return region_props(services.regions) + muscle_props(services.muscles)


def _register_chart(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENT_STORE, "data"),
        Output(ids.PATIENT_EDITED, "data"),
        Output(ids.PATIENT_MAP, "selected"),
        Output(ids.PATIENT_MAP, "drawing"),
        Output(ids.PATIENT_MAP, "values"),
        Output(ids.PATIENT_ACTIVITIES, "value"),
        Output(ids.PATIENT_SUMMARY, "children"),
        Output(ids.PATIENT_EDITOR, "children"),
        Output(ids.PATIENT_CANDIDATES, "children"),
        Output(ids.PATIENT_WARNINGS, "children"),
        Output(ids.PATIENT_NOTICE, "children"),
        Output(ids.PATIENT_CLEAR_DIALOG, "hidden", allow_duplicate=True),
        Output(ids.PATIENT_ANSWERS, "data", allow_duplicate=True),
        Input(ids.PATIENT_STORE, "data"),
        Input(ids.PATIENT_MAP, "selected"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        Input(ids.PATIENT_ACTIVITIES, "value"),
        Input(ids.PATIENT_UNDONE, "data"),
        Input(ids.PATIENT_CLEAR_CONFIRM, "n_clicks"),
        Input(ids.PATIENT_ANSWERS, "data"),
        Input(ids.DEVICE_CONFIRM, "n_clicks"),
        Input(ids.PATIENT_MAP, "drawing"),
        State(ids.PATIENT_CANDIDATE, "value"),
        State(ids.PATIENT_CANDIDATES, "children"),
        State(ids.PATIENT_WARNINGS, "children"),
        # Not at load: an empty page already shows an empty chart; a chart kept in this
        # browser reaches it when the store reads it (and answers kept, when read).
        prevent_initial_call=True,
    )
    def update_chart(
        stored,
        selected,
        intensities,
        qualities,
        worse,
        undone,
        _clear,
        answers,
        _end,
        drawing,
        *states,
    ):
        # The chart is rebuilt from everything the page shows, never patched with one change,
        # so a request that Dash drops in favour of a newer one loses nothing.
        if f"{ids.DEVICE_CONFIRM}.n_clicks" in ctx.triggered_prop_ids:
            return _cleared(services)
        trigger = ctx.triggered_id
        loaded = trigger in (None, ids.PATIENT_STORE, ids.PATIENT_ANSWERS)
        if loaded and stored is None:
            # Nothing saved (or the saved chart not read yet): the page already shows an empty
            # chart, and writing one now could overwrite marks the browser is about to load.
            return NOTHING
        restored = restore(stored, services.region_by_id, services.activity_ids)
        answered = (inputs.words(selected), intensities, qualities, inputs.words(worse), drawing)
        states = (undone, inputs.text(states[0]), *states[1:])
        return _answer(services, trigger, loaded, restored, answered, states, answers)


def _answer(services: Services, trigger, loaded: bool, restored, answered, states, answers):
    """The chart controller's answer: the chart after this change, stored and shown."""
    undone, pick, listed, warned = states
    after = _next_chart(services, trigger, loaded, restored.chart, undone, answered)
    if after is None:
        return NOTHING
    before, replaced = restored.chart, trigger in REPLACING
    # A drawing changes the summary and the candidates too: they are measured on it.
    shown = _shown(services, before, after, replaced, answers, pick)
    shown = (*shown[:-2], unchanged_or(shown[-2], listed), unchanged_or(shown[-1], warned))
    saved = after.to_json() if not loaded or restored.notices else no_update
    # A change of the patient's own (not a load or an undo): the browser's undo stack keeps
    # the chart before it. A new value each time, so that two edits are two changes.
    edited = (
        no_update if loaded or trigger == ids.PATIENT_UNDONE or after == before else token_hex(4)
    )
    notices = pain_chart.notices(restored.notices) if restored.notices else no_update
    return saved, edited, *shown, notices, True, no_update


def _cleared(services: Services) -> tuple:
    """After "Finished: clear this device": an empty map and no answers behind the warning
    signs. The device's storage is already empty (the browser cleared it), so nothing is
    written to it; the emptied store empties the undo stack (callbacks/patient_local.py).
    All in this one answer: Dash would drop it for a newer call of this callback, were the
    page's stores emptied by another."""
    empty = PainChart()
    return None, no_update, *_shown(services, empty, empty, True, None, None), [], True, None


def _next_chart(services: Services, trigger, loaded: bool, before: PainChart, undone, answered):
    """The chart after this change; None when there is nothing to go back to."""
    if loaded:
        return before
    if trigger == ids.PATIENT_UNDONE:
        chart = inputs.mapping(undone).get("chart")
        if chart is None:
            return None
        return restore(chart, services.region_by_id, services.activity_ids).chart
    if trigger == ids.PATIENT_CLEAR_CONFIRM:
        return PainChart()
    return _answered(services, before, *answered)


def _answered(
    services: Services, before: PainChart, selected, intensities, qualities, worse, drawing
):
    """The chart as the page's answers and drawing describe it."""
    after = before.with_answers(
        selected,
        inputs.keyed(ctx.inputs_list[2], intensities),
        inputs.keyed(ctx.inputs_list[3], qualities),
        services.region_by_id,
    )
    try:
        after = after.with_strokes(drawing, [view.view for view in services.views])
    except ChartProblem:
        pass  # a drawing that cannot be kept changes nothing; the map keeps what it showed
    try:
        return after.with_activities(worse, services.activity_ids)
    except ValueError:
        return after  # an unknown activity id changes nothing


def _shown(
    services: Services, before: PainChart, after: PainChart, replaced: bool, answers, candidate
):
    """What the page shows of the chart: map, activities, summary, cards, candidates."""
    ranked = rank_chart(services.patterns, after, services.regions, services.region_areas)
    warning, note = warning_panels(services, answers, after)
    # The warning itself stands first in the column (ui/pages/patient.py); here, in its place,
    # a line says why no muscles are shown.
    held = lookup_panel.held_back() if warning is not None else None
    panel = lookup_panel.candidates(
        ranked,
        services.atlas,
        services.explain,
        candidate,
        held,
        sciatica=services.reference.sciatica,
        callouts=callouts(chart_facts(after, services.regions).groups),
    )
    return (
        after.regions if replaced else no_update,
        [stroke.to_json() for stroke in after.strokes] if replaced else no_update,
        {m.region: m.intensity for m in after.marks if m.intensity is not None},
        list(after.activities) if replaced else no_update,
        pain_chart.summary(
            describe_chart(after, services.region_by_id),
            painted_share(after, services.regions),
            len(after.marks),
        ),
        _editor_update(before, after, services.region_labels, replaced),
        [note, *panel] if note is not None else panel,
        [warning] if warning is not None else [],
    )


def _register_pattern(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENT_MAP, "highlights"),
        Output(ids.PATIENT_MAP, "markers"),
        Output(ids.PATIENT_PATTERN_NOTE, "children"),
        Output(ids.PATIENT_PATTERN_NOTE, "hidden"),
        Input(ids.PATIENT_PATTERN_PICK, "data"),
        prevent_initial_call=True,
    )
    def show_pattern(value: str | None):
        muscle, _, side = inputs.text(value).partition("|")
        if muscle not in services.atlas.muscle_ids or side not in ("right", "left"):
            return [], [], "", True
        name = services.atlas.muscle(muscle).plain_name
        highlights, markers = lookup_panel.pattern_overlay(
            muscle, side, services.zones, services.trigger_points, name
        )
        return highlights, markers, lookup_panel.pattern_note(name, side), False

    # Only a muscle picked or unpicked goes to the server: a new picker (the candidates shown
    # again) with the same choice, or none, as before needs no new overlay.
    app.clientside_callback(
        """function (value, shown) {
            value = value || null;
            return value === (shown || null) ? window.dash_clientside.no_update : value;
        }""",
        Output(ids.PATIENT_PATTERN_PICK, "data"),
        Input(ids.PATIENT_CANDIDATE, "value"),
        State(ids.PATIENT_PATTERN_PICK, "data"),
    )
    # The answers live on the questions page; read them from this browser's storage.
    app.clientside_callback(
        ClientsideFunction("painmap", "answers"),
        Output(ids.PATIENT_ANSWERS, "data"),
        Input(ids.PATIENT_ANSWERS, "id"),
    )
    # A warning question asked here at once is kept with those answers, then read back.
    app.clientside_callback(
        ClientsideFunction("painmap", "askNow"),
        Output(ids.PATIENT_ANSWERS, "data", allow_duplicate=True),
        Input(ids.ask_now("patient", ALL), "value"),
        prevent_initial_call=True,
    )


def _register_clear(app: Dash) -> None:
    @app.callback(
        Output(ids.PATIENT_CLEAR_DIALOG, "hidden"),
        Input(ids.PATIENT_CLEAR, "n_clicks"),
        Input(ids.PATIENT_CLEAR_CANCEL, "n_clicks"),
        prevent_initial_call=True,
    )
    def toggle_clear_dialog(_clear, _cancel):
        return ctx.triggered_id != ids.PATIENT_CLEAR


def _editor_update(before: PainChart, after: PainChart, labels, replaced: bool) -> Any:
    """Cards change only when the areas do. Marking or unmarking patches the card list (a
    new area's card goes last, as in the chart), so a long chart is not redrawn per click."""
    if replaced or not before.marks or not after.marks:
        changed = replaced or after.regions != before.regions
        return pain_chart.editor(after, labels) if changed else no_update
    if after.regions == before.regions:
        return no_update
    patch = Patch()
    kept, had = set(after.regions), set(before.regions)
    for index in sorted((i for i, r in enumerate(before.regions) if r not in kept), reverse=True):
        del patch[index]
    for mark in after.marks:
        if mark.region not in had:
            patch.append(pain_chart.mark_card(mark, labels.get(mark.region, mark.region)))
    return patch
