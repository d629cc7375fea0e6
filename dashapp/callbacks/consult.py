"""Questions, findings and comparison callbacks: answers kept in the browser, read back here."""

from __future__ import annotations

from typing import Any

from dash import ALL, ClientsideFunction, Dash, Input, Output, State, ctx, html, no_update
from dash.exceptions import PreventUpdate

from dashapp.callbacks import inputs
from dashapp.domain import sciatica
from dashapp.domain.chart import PainChart, restore
from dashapp.domain.sciatica.arm_consult import as_consultation
from dashapp.domain.sciatica.arm_evidence import ARM_ROOTS
from dashapp.domain.sciatica.arm_gate import arm_chart
from dashapp.domain.sciatica.consult import clean_answers, findings_from_form, screen
from dashapp.domain.sciatica.evidence import ROOTS
from dashapp.services import Services
from dashapp.ui import arm_forms as arm_ids
from dashapp.ui import ids
from dashapp.ui.arm_forms import page_class
from dashapp.ui.components import compare_pictures as pictures
from dashapp.ui.components import consultation as compare
from dashapp.ui.forms import FORM_DEFAULTS
from dashapp.ui.pages import findings, questions

INTAKE = ids.answer("intake", ALL)
FINDINGS = ids.answer("findings", ALL)


def register(app: Dash, services: Services) -> None:
    """The questions, the findings and the comparison: each callback registered on its own."""
    _register_answer(app, services)
    _register_record(app, services)
    intake = (arm_ids.INTAKE_DRAWING, arm_ids.INTAKE_SHOW_LEG, arm_ids.INTAKE_PAGE)
    _register_arm_first(app, services, *intake, questions.PAGE)
    exam = (arm_ids.FINDINGS_DRAWING, arm_ids.FINDINGS_SHOW_LEG, arm_ids.FINDINGS_PAGE)
    _register_arm_first(app, services, *exam, findings.PAGE)
    _register_show(app, services)
    _register_choose(app, services)


def _register_answer(app: Dash, services: Services) -> None:
    _read_back(app, ids.INTAKE_STORE, INTAKE, ids.INTAKE_CHECKED)

    @app.callback(
        Output(ids.INTAKE_CHECKED, "data"),
        Output(ids.INTAKE_FLAGS, "children"),
        Output(ids.INTAKE_PROGRESS, "children"),
        Input(INTAKE, "value"),
        State(ids.INTAKE_STORE, "data"),
    )
    def answer(values, stored):
        given = inputs.keyed(ctx.inputs_list[0], values, "field")
        answers, dropped = clean_answers(given)
        # Answers given elsewhere (warning questions the map asked at once) are kept.
        answers = {**_elsewhere(stored, list(given)), **answers}
        kept = clean_answers(stored)[0]
        changed = _unset(answers, "intake") != _unset(kept, "intake")
        saved: Any = _to_keep(ids.INTAKE_STORE, answers) if changed else no_update
        data = services.reference.sciatica
        flags = screen(answers, PainChart(), services.regions, data=data)
        done = sum(1 for f in given if answers.get(f) not in (None, []))
        progress = f"{done} of {len(given)} questions answered."
        if dropped:
            progress += f" {dropped} saved answer(s) could not be read and were left out."
        panel = compare.red_flag_panel(flags, data.sources) if flags else []
        return saved, panel, progress


def _register_arm_first(
    app: Dash, services: Services, drawing: str, switch: str, page: str, base: str
) -> None:
    """For an arm drawing kept in this browser, the page folds the low back's and leg's
    questions away until the person shows them again; any other page stays as it was."""
    app.clientside_callback(
        ClientsideFunction("painmap", "consultation"),
        Output(drawing, "data"),
        Input(drawing, "id"),
    )

    @app.callback(
        Output(page, "className"),
        Input(drawing, "data"),
        Input(switch, "value"),
    )
    def fold(stored, shown):
        reference = services.reference
        marks = inputs.mapping(stored).get("marks")
        chart = restore(marks, [r.id for r in reference.regions], reference.activity_ids).chart
        arm = arm_chart(chart.regions, reference.regions)
        return page_class(base, arm, bool(shown))


def _unset(answers: Any, form: str) -> dict[str, Any]:
    """The answers that say something: a form's defaults (ui/forms.py) are as good as none."""
    defaults = FORM_DEFAULTS[form]
    given = answers if isinstance(answers, dict) else {}
    return {k: v for k, v in given.items() if v not in (None, "", []) and defaults.get(k) != v}


def _elsewhere(stored: Any, fields: list[str]) -> dict[str, Any]:
    """The stored answers to questions this page does not show."""
    return {k: v for k, v in clean_answers(stored)[0].items() if k not in fields}


def _read_back(app: Dash, store: str, form: dict, checked: str) -> None:
    """What the browser keeps fills the form in the browser as the page opens (and again when
    the device is cleared or another tab changes it), never waiting for the server, so an
    answer given at once is not overwritten; what the server has checked is kept."""
    app.clientside_callback(
        ClientsideFunction("painmap", "readBack"),
        Output(form, "value"),
        Input(store, "data"),
        State(ids.form_defaults(store), "data"),
    )
    # Declared without an output: the store is set from the browser (set_props), so the
    # callbacks do not form a loop that would hold back the next answer while one is checked.
    # `checked` sits in the page's frame, so an answer checked after the person has gone on to
    # another page is still kept.
    app.clientside_callback(
        ClientsideFunction("painmap", "keep"),
        Input(checked, "data"),
        prevent_initial_call=True,
    )


def _to_keep(store: str, answers: dict[str, Any]) -> dict[str, Any]:
    """What the browser is to keep, and under which key (assets/painmap.js keep)."""
    return {"store": store, "answers": answers}


def _register_record(app: Dash, services: Services) -> None:
    _read_back(app, ids.FINDINGS_STORE, FINDINGS, ids.FINDINGS_CHECKED)

    @app.callback(
        Output(ids.FINDINGS_CHECKED, "data"),
        Output(ids.FINDINGS_STATUS, "children"),
        Input(FINDINGS, "value"),
        State(ids.FINDINGS_STORE, "data"),
    )
    def record(values, stored):
        given = inputs.keyed(ctx.inputs_list[0], values, "field")
        flat = {f: v for f, v in given.items() if v not in (None, "", [])}
        status = _checked(flat, services)
        refused = isinstance(status, html.Span)
        if _unset(flat, "findings") == _unset(stored, "findings"):
            # Nothing new (the page has just opened): say nothing unless what is kept is wrong.
            return no_update, status if refused else no_update
        # Refused: what was kept before stays.
        return (no_update if refused else _to_keep(ids.FINDINGS_STORE, flat)), status


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
