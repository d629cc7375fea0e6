"""Questions, findings and comparison callbacks: answers kept in the browser, read back here."""

from __future__ import annotations

from typing import Any

from dash import ALL, ClientsideFunction, Dash, Input, Output, ctx, html, no_update
from dash.exceptions import PreventUpdate

from dashapp.callbacks import inputs
from dashapp.domain import sciatica
from dashapp.domain.chart import PainChart
from dashapp.domain.sciatica.arm_consult import as_consultation
from dashapp.domain.sciatica.arm_evidence import ARM_ROOTS
from dashapp.domain.sciatica.consult import clean_answers, findings_from_form, screen
from dashapp.domain.sciatica.evidence import ROOTS
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import compare_pictures as pictures
from dashapp.ui.components import consultation as compare

INTAKE = ids.answer("intake", ALL)
FINDINGS = ids.answer("findings", ALL)


def register(app: Dash, services: Services) -> None:
    """The questions, the findings and the comparison: each callback registered on its own."""
    _register_answer(app, services)
    _register_record(app, services)
    _register_show(app, services)
    _register_choose(app, services)


def _register_answer(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.INTAKE_STORE, "data"),
        Output(INTAKE, "value"),
        Output(ids.INTAKE_FLAGS, "children"),
        Output(ids.INTAKE_PROGRESS, "children"),
        Input(ids.INTAKE_STORE, "data"),
        Input(INTAKE, "value"),
    )
    def answer(stored, values):
        given = inputs.keyed(ctx.inputs_list[1], values, "field")
        fields = list(given)
        if ctx.triggered_id in (None, ids.INTAKE_STORE):
            answers, dropped = clean_answers(stored)
            shown = [answers.get(f, [] if f == "weakness" else None) for f in fields]
            saved: Any = no_update
        else:
            answers, dropped = clean_answers(given)
            # Answers given elsewhere (warning questions the map asked at once) are kept.
            answers = {**_elsewhere(stored, fields), **answers}
            shown, saved = [no_update] * len(fields), answers
        data = services.reference.sciatica
        flags = screen(answers, PainChart(), services.regions, data=data)
        done = sum(1 for f in fields if answers.get(f) not in (None, []))
        progress = f"{done} of {len(fields)} questions answered."
        if dropped:
            progress += f" {dropped} saved answer(s) could not be read and were left out."
        panel = compare.red_flag_panel(flags, data.sources) if flags else []
        return saved, shown, panel, progress


def _elsewhere(stored: Any, fields: list[str]) -> dict[str, Any]:
    """The stored answers to questions this page does not show."""
    return {k: v for k, v in clean_answers(stored)[0].items() if k not in fields}


def _register_record(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.FINDINGS_STORE, "data"),
        Output(FINDINGS, "value"),
        Output(ids.FINDINGS_STATUS, "children"),
        Input(ids.FINDINGS_STORE, "data"),
        Input(FINDINGS, "value"),
    )
    def record(stored, values):
        given = inputs.keyed(ctx.inputs_list[1], values, "field")
        fields = list(given)
        if ctx.triggered_id in (None, ids.FINDINGS_STORE):
            flat = stored if isinstance(stored, dict) else {}
            shown = [flat.get(f, "none" if f == "trigger_point" else None) for f in fields]
            status = _checked(flat, services)
            # On opening, say nothing unless the saved findings have a problem.
            return no_update, shown, status if isinstance(status, html.Span) else ""
        flat = {f: v for f, v in given.items() if v not in (None, "", [])}
        status = _checked(flat, services)
        if isinstance(status, html.Span):  # refused: keep what was saved before
            return no_update, [no_update] * len(fields), status
        return flat, [no_update] * len(fields), status


def _register_show(app: Dash, services: Services) -> None:
    app.clientside_callback(
        ClientsideFunction("painmap", "consultation"),
        Output(ids.COMPARE_DATA, "data"),
        Input(ids.COMPARE_DATA, "id"),
    )
    # A warning question asked here at once is kept with the answers, then all is read again.
    app.clientside_callback(
        ClientsideFunction("painmap", "askNowConsultation"),
        Output(ids.COMPARE_DATA, "data", allow_duplicate=True),
        Input(ids.ask_now("compare", ALL), "value"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.COMPARE_BODY, "children"),
        Input(ids.COMPARE_DATA, "data"),
        prevent_initial_call=True,
    )
    def show(stored):
        stored = inputs.mapping(stored)
        answers = stored.get("answers")
        findings = stored.get("findings") and findings_from_form(stored["findings"])
        reference = services.reference
        view = reference.consult(stored.get("marks"), answers, findings)
        # A neck, arm or hand drawing is weighed toward a cervical root instead.
        arm = reference.consult_arm(view, answers, findings)
        shown = arm if arm is not None and arm.open else None
        return compare.body(as_consultation(view, arm), services, shown)


def _register_choose(app: Dash, services: Services) -> None:
    """The therapist sets another root or muscle beside the drawing."""
    _chooser(
        app,
        ids.COMPARE_ROOT_CHOICE,
        (ids.COMPARE_ROOT_MAP, ids.COMPARE_ROOT_CAPTION),
        lambda value: pictures.root_figure(services, *_chosen(value, (*ROOTS, *ARM_ROOTS))),
    )
    _chooser(
        app,
        ids.COMPARE_MUSCLE_CHOICE,
        (ids.COMPARE_MUSCLE_MAP, ids.COMPARE_MUSCLE_CAPTION),
        lambda value: pictures.muscle_figure(services, *_chosen(value, services.atlas.muscle_ids)),
    )


def _chooser(app: Dash, choice: str, targets: tuple[str, str], figure) -> None:
    shown, caption = targets

    @app.callback(
        Output(shown, "highlights"),
        Output(caption, "children"),
        Output(shown, "ariaLabel"),
        Input(choice, "value"),
        prevent_initial_call=True,
    )
    def choose(value):
        return figure(value)


def _chosen(value: Any, known) -> tuple[str, str]:
    """(root or muscle, side) from a chooser; a forged value changes nothing."""
    chosen = pictures.read_choice(value, tuple(known))
    if chosen is None:
        raise PreventUpdate
    return chosen


def _checked(flat: dict, services: Services) -> Any:
    """'Saved' when the findings read cleanly; otherwise the problem, named."""
    try:
        sciatica.parse_findings(findings_from_form(flat), services.reference.sciatica.muscle_names)
    except (ValueError, TypeError, AttributeError) as problem:
        return html.Span(f"Not saved: {problem}", className="error")
    return "Saved in this browser."
