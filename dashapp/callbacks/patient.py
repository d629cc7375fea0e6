"""Patient page callbacks: one chart controller, the clear-all confirmation, the view switch."""

from __future__ import annotations

from typing import Any

from dash import ALL, Dash, Input, Output, Patch, State, ctx, no_update

from dashapp.domain.geometry import marked_share
from dashapp.domain.marks import PainChart, describe_chart, restore
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import pain_chart

HISTORY_LIMIT = 30
INTENSITY = {"type": "patient-intensity", "region": ALL}
QUALITIES = {"type": "patient-qualities", "region": ALL}


def register(app: Dash, services: Services) -> None:
    known = frozenset(services.region_by_id)
    labels = {region.id: region.label for region in services.regions}

    @app.callback(
        Output(ids.PATIENT_STORE, "data"),
        Output(ids.PATIENT_HISTORY, "data"),
        Output(ids.PATIENT_MAP, "selected"),
        Output(ids.PATIENT_MAP, "values"),
        Output(ids.PATIENT_SUMMARY, "children"),
        Output(ids.PATIENT_EDITOR, "children"),
        Output(ids.PATIENT_NOTICE, "children"),
        Output(ids.PATIENT_CLEAR_DIALOG, "hidden", allow_duplicate=True),
        Input(ids.PATIENT_STORE, "data"),
        Input(ids.PATIENT_MAP, "selected"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        Input(ids.PATIENT_UNDO, "n_clicks"),
        Input(ids.PATIENT_CLEAR_CONFIRM, "n_clicks"),
        State(ids.PATIENT_HISTORY, "data"),
        prevent_initial_call="initial_duplicate",
    )
    def update_chart(stored, selected, intensities, qualities, _undo, _clear, history):
        # The chart is rebuilt from everything the page shows, never patched with one change,
        # so a request that Dash drops in favour of a newer one loses nothing.
        trigger = ctx.triggered_id
        loaded = trigger in (None, ids.PATIENT_STORE)
        if loaded and stored is None:
            # Nothing saved (or the saved chart not read yet): the page already shows an empty
            # chart, and writing one now could overwrite marks the browser is about to load.
            return (no_update,) * 8
        restored = restore(stored, known)
        before, history = restored.chart, list(history or [])
        if loaded:
            after = before
        elif trigger == ids.PATIENT_UNDO:
            if not history:
                return (no_update,) * 8
            after = restore(history.pop(), known).chart
        elif trigger == ids.PATIENT_CLEAR_CONFIRM:
            after = PainChart()
        else:
            after = before.with_answers(
                selected or [],
                _by_region(ctx.inputs_list[2], intensities),
                _by_region(ctx.inputs_list[3], qualities),
                known,
            )
        if not loaded and trigger != ids.PATIENT_UNDO and after != before:
            history = (history + [before.to_json()])[-HISTORY_LIMIT:]
        # Answers already on the page stay as they are; cards are redrawn only when the set
        # of areas changes or the whole chart is replaced (load, undo, clear).
        replaced = trigger != ids.PATIENT_MAP and not isinstance(trigger, dict)
        return (
            after.to_json() if not loaded or restored.notices else no_update,
            history,
            after.regions if replaced else no_update,
            {m.region: m.intensity for m in after.marks if m.intensity is not None},
            pain_chart.summary(
                describe_chart(after, services.region_by_id),
                marked_share(after.regions, services.regions),
            ),
            _editor_update(before, after, labels, replaced),
            pain_chart.notices(restored.notices) if restored.notices else no_update,
            True,
        )

    @app.callback(
        Output(ids.PATIENT_CLEAR_DIALOG, "hidden"),
        Input(ids.PATIENT_CLEAR, "n_clicks"),
        Input(ids.PATIENT_CLEAR_CANCEL, "n_clicks"),
        prevent_initial_call=True,
    )
    def toggle_clear_dialog(_clear, _cancel):
        return ctx.triggered_id != ids.PATIENT_CLEAR

    # Muscles are drawn for reference over the areas a patient marks; showing them is local.
    app.clientside_callback(
        "function (shown) { return ['surface'].concat(shown || []); }",
        Output(ids.PATIENT_MAP, "layers"),
        Input(ids.PATIENT_LAYERS, "value"),
    )

    # The switch only matters on narrow screens (CSS shows one view there); no server trip.
    app.clientside_callback(
        "function (view) { return 'show-' + view; }",
        Output(ids.PATIENT_MAP, "className"),
        Input(ids.PATIENT_VIEW_SWITCH, "value"),
    )


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


def _by_region(inputs: list[dict[str, Any]], values: list[Any]) -> dict[str, Any]:
    """Pattern-matched answers keyed by their area."""
    return {item["id"]["region"]: value for item, value in zip(inputs, values, strict=True)}
