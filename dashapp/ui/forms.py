"""The questions of the patient intake and the therapist's findings, and a form builder.

Patient wording is plain; therapist wording names the tests. Field names and values are the
ones `dashapp.domain.sciatica` validates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup, GroupedSelect

from dashapp.ui import ids

YES_NO_UNSURE = (("yes", "Yes"), ("no", "No"), ("unsure", "Not sure"))


@dataclass(frozen=True)
class Question:
    """One field of a form: its key, its question, and its answers (value, words)."""

    field: str
    text: str
    answers: tuple[tuple[str, str], ...] = YES_NO_UNSURE
    multiple: bool = False
    kind: str = "choice"  # "choice", "angle" (0-90) or "muscle"
    hint: str = ""


RED_FLAG_QUESTIONS = (
    Question(
        "age",
        "How old are you?",
        (("under_20", "Under 20"), ("20_to_50", "20 to 50"), ("over_50", "Over 50")),
    ),
    Question(
        "saddle_numbness",
        "Is there numbness or tingling between your legs or around your back passage "
        "(where you would sit on a saddle)?",
    ),
    Question(
        "bladder_bowel_sexual",
        "Have you noticed a new change in controlling your bladder or bowels, or in sexual "
        "function?",
    ),
    Question("both_legs", "Do you have pain, numbness or tingling in both legs?"),
    Question("weakness_both_legs", "Are both of your legs or feet getting weak?"),
    Question("weakness_worsening", "Is weakness in one leg or foot getting worse?"),
    Question("fever_unwell", "Do you have a fever, or feel generally unwell?"),
    Question(
        "recent_infection",
        "Have you had an infection in the last few weeks, such as a water (urine) infection?",
    ),
    Question("iv_drug_use", "Have you ever injected drugs?"),
    Question(
        "immunosuppression",
        "Is your body's defence against infection weakened, for example by medicines after a "
        "transplant, by chemotherapy or by HIV?",
    ),
    Question("major_trauma", "Did this start after a serious accident, fall or injury?"),
    Question(
        "fragile_bones", "Have you been told that your bones are thin or weak (osteoporosis)?"
    ),
    Question("long_term_steroids", "Have you taken steroid tablets for a long time?"),
    Question("cancer_history", "Have you ever had cancer?"),
    Question("weight_loss", "Have you lost weight without trying to?"),
    Question(
        "rest_pain",
        "Is the pain severe when you lie down or at night, even when you keep still?",
    ),
    Question(
        "widespread_neurology",
        "Do you also have numbness, tingling or weakness in your arms or hands, or trouble "
        "keeping your balance when you walk?",
    ),
    Question(
        "no_improvement",
        "Has the pain gone on for 4 to 6 weeks or more without getting any better?",
    ),
    Question(
        "thoracic_pain",
        "Along with pain in your low back, do you have pain in the upper or middle part of "
        "your back, around or between the shoulder blades?",
    ),
    Question("deformity", "Has the shape of your back changed, for example a new curve or hump?"),
    Question(
        "inflammatory",
        "Is your back stiff for a long time when you get up in the morning (more than half an "
        "hour), easing as you move?",
    ),
)

PAIN_QUESTIONS = (
    Question(
        "onset",
        "How did it start?",
        (("sudden", "Suddenly"), ("gradual", "Gradually"), ("unsure", "Not sure")),
    ),
    Question(
        "trigger",
        "Did something set it off?",
        (
            ("lifting", "Lifting"),
            ("fall", "A fall"),
            ("none", "Nothing I know of"),
            ("other", "Something else"),
        ),
    ),
    Question(
        "started",
        "When did it start?",
        (
            ("under_2_weeks", "Less than 2 weeks ago"),
            ("2_to_6_weeks", "2 to 6 weeks ago"),
            ("6_to_12_weeks", "6 to 12 weeks ago"),
            ("over_12_weeks", "More than 12 weeks ago"),
            ("unsure", "Not sure"),
        ),
    ),
    Question(
        "worse",
        "Which hurts more?",
        (
            ("leg", "My leg"),
            ("back", "My back"),
            ("same", "Both the same"),
            ("no_leg_pain", "I have no leg pain"),
        ),
    ),
    Question("numbness", "Is part of your leg or foot numb?"),
    Question("pins_and_needles", "Do you get pins and needles in your leg or foot?"),
    Question(
        "weakness",
        "Have you noticed any of these? Tick all that apply.",
        (
            ("tripping", "Tripping over my foot"),
            ("foot_slapping", "My foot slapping down"),
            ("giving_way", "My leg giving way"),
        ),
        multiple=True,
    ),
    Question(
        "cough_sneeze",
        "Does coughing, sneezing or straining make it worse?",
        (("leg", "Yes, in my leg"), ("back", "Yes, in my back"), ("no", "No")),
    ),
    Question("night_pain", "Does the pain wake you at night?", (("yes", "Yes"), ("no", "No"))),
)

TEST_RESULT = (("positive", "Positive"), ("negative", "Negative"), ("not_done", "Not done"))
REFLEX = (
    ("normal", "Normal"),
    ("reduced", "Reduced"),
    ("absent", "Absent"),
    ("not_tested", "Not tested"),
)
STRENGTH = (("normal", "Normal"), ("weak", "Weak"), ("not_tested", "Not tested"))

SIDE_QUESTIONS = (
    Question(
        "slr_angle",
        "Straight-leg raise: angle at onset of leg pain (degrees)",
        kind="angle",
        hint="Leave empty if not done.",
    ),
    Question(
        "slr_leg_pain", "SLR reproduces the familiar leg pain", (("yes", "Yes"), ("no", "No"))
    ),
    Question("knee_reflex", "Knee (patellar) reflex, L4", REFLEX),
    Question("ankle_reflex", "Ankle (Achilles) reflex, S1", REFLEX),
    Question("medial_hamstring_reflex", "Medial hamstring reflex, L5", REFLEX),
    Question("hip_flexion", "Hip flexion (L2)", STRENGTH),
    Question("knee_extension", "Knee extension (L3)", STRENGTH),
    Question("ankle_dorsiflexion", "Ankle dorsiflexion (L4)", STRENGTH),
    Question("big_toe_extension", "Big-toe extension (L5)", STRENGTH),
    Question("plantarflexion", "Plantarflexion (S1)", STRENGTH),
)

EXAM_QUESTIONS = (
    Question(
        "crossed_slr", "Crossed SLR (raising the other leg reproduces the leg pain)", TEST_RESULT
    ),
    Question("slump", "Slump test", TEST_RESULT),
    Question("femoral_stretch", "Femoral stretch (prone knee bend), L2-L4", TEST_RESULT),
    Question(
        "sensory",
        "Sensory change in a dermatome",
        tuple((r, r) for r in ("L2", "L3", "L4", "L5", "S1", "S2"))
        + (("none", "None"), ("not_tested", "Not tested")),
    ),
    Question(
        "trigger_point", "Trigger-point palpation reproduces the familiar pain in", kind="muscle"
    ),
    Question("fair", "FAIR test (piriformis)", TEST_RESULT),
    Question("freiberg", "Freiberg test (piriformis)", TEST_RESULT),
    Question("pace", "Pace test (piriformis)", TEST_RESULT),
)


# What a form shows for a question nothing is kept for (any other question shows no answer).
FORM_DEFAULTS: dict[str, dict[str, Any]] = {
    "intake": {"weakness": []},
    "findings": {"trigger_point": "none"},
}


def kept_form(form: str, store: str) -> list:
    """The stores behind a form whose answers this browser keeps: the kept answers and the
    form's defaults (assets/painmap.js readBack; what the server has checked comes back in
    the page's frame, ui/shell.py)."""
    return [
        dcc.Store(id=store, storage_type="local"),
        dcc.Store(id=ids.form_defaults(store), data=FORM_DEFAULTS[form]),
    ]


def field_id(form: str, field: str) -> dict[str, object]:
    """Pattern-matching id of one answer of one form."""
    return ids.answer(form, field)


def dom_id(component_id: dict[str, str]) -> str:
    """The id Dash gives a pattern-matching component in the page (for <label for=...>)."""
    return json.dumps(component_id, sort_keys=True, separators=(",", ":"))


def question(
    form: str,
    q: Question,
    muscle_groups: list | None = None,
    key: str = "",
    value: Any = None,
) -> html.Fieldset:
    """One question as a fieldset: its legend, and its answers as native inputs; `value` is
    the answer already given (a saved session's), none by default."""
    field = key or q.field
    if q.kind == "angle":
        control = html.Label(
            [
                # No min/max: an out-of-range angle must reach the rules, which refuse it with a
                # message, instead of the browser silently dropping it.
                dcc.Input(
                    id=field_id(form, field),
                    type="number",
                    step=1,
                    value=value,
                    className="angle-input",
                ),
                " degrees",
            ],
            htmlFor=dom_id(field_id(form, field)),
        )
    elif q.kind == "muscle":
        groups = [{"label": "No reproduction", "options": [{"label": "None", "value": "none"}]}]
        control = GroupedSelect(
            id=field_id(form, field),
            groups=groups + (muscle_groups or []),
            value=value or "none",
            label=q.text,
        )
    else:
        control = ChoiceGroup(
            id=field_id(form, field),
            options=[{"label": words, "value": value} for value, words in q.answers],
            value=value if value is not None else ([] if q.multiple else None),
            multiple=q.multiple,
            className="chips",
        )
    children = [html.Legend(q.text), control]
    if q.hint:
        children.append(html.P(q.hint, className="muted field-hint"))
    return html.Fieldset(className="question", children=children, **{"data-field": field})
