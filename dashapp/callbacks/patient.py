"""Patient page callbacks: one chart controller, the clear-all confirmation, the view switch."""

from __future__ import annotations

from typing import Any

from dash import ALL, Dash, Input, Output, State, ctx, no_update

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
    def update_chart(stored, selected, _intensities, _qualities, _undo, _clear, history):
        restored = restore(stored, known)
        before, history = restored.chart, list(history or [])
        trigger = ctx.triggered_id
        if trigger == ids.PATIENT_UNDO:
            if not history:
                return (no_update,) * 8
            after = restore(history.pop(), known).chart
        else:
            after = _apply(before, trigger, selected, ctx.triggered[0]["value"], known)
            if after != before:
                history = (history + [before.to_json()])[-HISTORY_LIMIT:]
        loaded = trigger in (None, ids.PATIENT_STORE)
        rebuild = loaded or after.regions != before.regions
        return (
            after.to_json(),
            history,
            after.regions,
            {m.region: m.intensity for m in after.marks if m.intensity is not None},
            pain_chart.summary(
                describe_chart(after, services.region_by_id),
                marked_share(after.regions, services.regions),
            ),
            pain_chart.editor(after, labels) if rebuild else no_update,
            pain_chart.notices(restored.notices) if loaded else [],
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


def _apply(
    chart: PainChart, trigger: Any, selected: list[str] | None, value: Any, known: frozenset[str]
) -> PainChart:
    """The change one input asks for; unknown areas and refused values change nothing."""
    if trigger == ids.PATIENT_MAP:
        return chart.with_selection(r for r in (selected or []) if r in known)
    if trigger == ids.PATIENT_CLEAR_CONFIRM:
        return PainChart()
    if isinstance(trigger, dict) and chart.get(trigger["region"]) is not None:
        try:
            if trigger["type"] == INTENSITY["type"]:
                return chart.with_intensity(trigger["region"], value)
            return chart.with_qualities(trigger["region"], value or [])
        except ValueError:
            return chart
    return chart
