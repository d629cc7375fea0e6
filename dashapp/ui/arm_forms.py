"""The arm's questions: the patient's history items and the therapist's examination of the
neck and arm, in the shape of `forms.Question`, for a neck, shoulder, arm or hand drawing.

Field names and values are the ones `dashapp.domain.sciatica` validates (intake `arm_worse`,
`arm_tingling`, `hand_on_head`; findings' arm fields, per side where the test is per side).
"""

from __future__ import annotations

from dash import dcc, html

from dashapp.domain.sciatica.arm_gate import LEG_ONLY
from dashapp.ui.forms import REFLEX, STRENGTH, TEST_RESULT, Question

# For an arm drawing the page folds the low back's and leg's questions away (assets/painmap.css:
# `.page--arm .leg-only`); a person may show them again.
ARM_PAGE = "page--arm"
SHOW_LEG = "page--show-leg"
# Their component ids: the page, the drawing it reads from this browser, the switch that shows
# the leg's questions again (kept here because ui/ids.py is at the house's 300-line limit).
INTAKE_PAGE, INTAKE_DRAWING, INTAKE_SHOW_LEG = "intake-page", "intake-drawing", "intake-show-leg"
FINDINGS_PAGE = "findings-page"
FINDINGS_DRAWING = "findings-drawing"
FINDINGS_SHOW_LEG = "findings-show-leg"

ARM_HISTORY_QUESTIONS = (
    Question(
        "arm_worse",
        "Which hurts more?",
        (("arm", "My arm"), ("neck", "My neck"), ("same", "Both the same")),
    ),
    Question("arm_tingling", "Do you have numbness or pins and needles in your arm or hand?"),
    Question("hand_on_head", "Does resting your hand on top of your head ease the arm pain?"),
)

ARM_SIDE_QUESTIONS = (
    Question("biceps_reflex", "Biceps reflex, C5-C6", REFLEX),
    Question("brachioradialis_reflex", "Brachioradialis reflex, C6", REFLEX),
    Question("triceps_reflex", "Triceps reflex, C7", REFLEX),
    Question("elbow_flexion", "Elbow flexion (C5)", STRENGTH),
    Question("wrist_extension", "Wrist extension (C6)", STRENGTH),
    Question("elbow_extension", "Elbow extension (C7)", STRENGTH),
    Question("finger_flexion", "Finger flexion, middle finger (C8)", STRENGTH),
    Question("finger_abduction", "Little-finger abduction (T1)", STRENGTH),
)

ARM_EXAM_QUESTIONS = (
    Question("spurling", "Spurling's test reproduces the arm pain", TEST_RESULT),
    Question(
        "ultt_a", "Upper-limb tension test A (median nerve) reproduces the arm pain", TEST_RESULT
    ),
    Question("distraction", "Neck distraction eases the arm pain", TEST_RESULT),
    Question(
        "rotation_under_60", "Cervical rotation toward the painful side under 60°", TEST_RESULT
    ),
    Question(
        "shoulder_abduction", "Shoulder abduction (hand on head) eases the arm pain", TEST_RESULT
    ),
    Question(
        "arm_sensory",
        "Sensory change in a cervical dermatome",
        tuple((r, r) for r in ("C4", "C5", "C6", "C7", "C8", "T1"))
        + (("none", "None"), ("not_tested", "Not tested")),
    ),
)


def page_class(base: str, arm: bool, show_leg: bool) -> str:
    """A page's classes: as it always was, and for an arm drawing whether the low back's and
    leg's questions are folded away or shown again."""
    if not arm:
        return base
    return f"{base} {ARM_PAGE}" + (f" {SHOW_LEG}" if show_leg else "")


def leg_only(component, field: str = ""):
    """The component, marked to be folded away for an arm drawing (a question only when the
    arm is not asked it)."""
    if field and field not in LEG_ONLY:
        return component
    component.className = f"{getattr(component, 'className', None) or ''} leg-only".strip()
    return component


def leg_switch(switch_id: str, what: str, words: str) -> html.Div:
    """What an arm drawing's page says first: the leg's questions (`what`) are folded away,
    and how to show them (hidden for any other drawing)."""
    return html.Div(
        className="arm-only notice leg-switch",
        children=[
            html.P(
                "The drawing kept in this browser is in the neck, shoulder, arm or hand, so "
                f"the {what} about the low back and leg are folded away."
            ),
            dcc.Checklist(id=switch_id, options=[{"label": words, "value": "show"}], value=[]),
        ],
    )


def arm_only(component):
    """The component, shown only for an arm drawing (in place of a leg-only one)."""
    component.className = f"{getattr(component, 'className', None) or ''} arm-only".strip()
    return component
