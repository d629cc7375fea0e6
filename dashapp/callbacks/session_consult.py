"""A saved session's warning signs and nerve-or-muscle comparison, redrawn from what the page
shows as it changes: the map, what makes it worse, the questions and the examination.
Saving them is the autosave's business (callbacks/session.py)."""

from __future__ import annotations

from typing import Any

from dash import ALL, Dash, Input, Output, State, ctx, no_update

from dashapp import loaders
from dashapp.callbacks import inputs
from dashapp.domain.chart import ChartProblem, PainChart
from dashapp.domain.sciatica.consult import clean_answers, upper_shown
from dashapp.domain.sciatica.intake import answers_complete
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import session_consult as shown
from dashapp.ui.components.session_parts import Answers, answers_summary

INTENSITY = ids.session_intensity(ALL)
QUALITIES = ids.session_qualities(ALL)
INTAKE = ids.answer(ids.SESSION_INTAKE_FORM, ALL)
FINDINGS = ids.answer(ids.SESSION_FINDINGS_FORM, ALL)


def register(app: Dash, services: Services) -> None:
    """Redraw the warning signs, the comparison and the answers' count on every change."""

    @app.callback(
        Output(ids.SESSION_FLAGS, "children"),
        Output(ids.SESSION_COMPARE, "children"),
        Output(ids.SESSION_ANSWERS, "children"),
        Output(ids.SESSION_FLAGS_SHOWN, "data"),
        Output(ids.session_upper_section(ALL), "hidden"),
        Input(ids.SESSION_MAP, "selected"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        Input(ids.SESSION_MAP, "drawing"),
        Input(ids.SESSION_ACTIVITIES, "value"),
        Input(INTAKE, "value"),
        Input(FINDINGS, "value"),
        State(ids.SESSION_FLAGS_SHOWN, "data"),
        State(ids.SESSION_AUTOSAVE, "data"),
        prevent_initial_call=True,
    )
    def consult(selected, intensities, qualities, drawing, worse, answers, findings, before, page):
        chart = shown_chart(services, selected, intensities, qualities, drawing, worse)
        given = inputs.keyed(ctx.inputs_list[5], answers, "field")
        exam = inputs.keyed(ctx.inputs_list[6], findings, "field")
        flat = {k: v for k, v in exam.items() if v not in (None, "", [])}
        view = loaders.consultation(services, chart, given, flat)
        readable, _dropped = clean_answers(given)
        held = Answers(readable, answers_complete(readable), flat)
        key = shown.shown_key(view)
        return (
            shown.flags(view, services.reference.sciatica.sources) if key != before else no_update,
            shown.comparison(view, services.atlas, visit_of(page)),
            answers_summary(held),
            key,
            upper_hidden(services, chart, given),
        )


def upper_hidden(services: Services, chart: PainChart, answers: Any) -> list[bool]:
    """Whether each section of the neck, arm, head and jaw questions is hidden, in the order
    of the page: shown where the drawing makes it relevant or it holds an answer."""
    shown = upper_shown(inputs.mapping(answers), chart, services.regions)
    return [o["id"]["section"] not in shown for o in ctx.outputs_list[4]]


def visit_of(page: Any) -> int | None:
    """The session's id as the page holds it (the autosave's settings), when it can be read."""
    visit = page.get("visit") if isinstance(page, dict) else None
    return visit if isinstance(visit, int) and not isinstance(visit, bool) else None


def shown_chart(
    services: Services, selected: Any, intensities: Any, qualities: Any, drawing: Any, worse: Any
) -> PainChart:
    """The chart the page shows; what the page sends that cannot be read is left out."""
    chart = PainChart().with_answers(
        inputs.words(selected),
        inputs.keyed(ctx.inputs_list[1], intensities),
        inputs.keyed(ctx.inputs_list[2], qualities),
        services.region_by_id,
    )
    known = set(services.activity_ids)
    chart = chart.with_activities([a for a in inputs.words(worse) if a in known], known)
    try:
        return chart.with_strokes(drawing or [])
    except ChartProblem:
        return chart
