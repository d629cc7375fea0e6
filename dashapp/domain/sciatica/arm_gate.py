"""Which answers an arm drawing's comparison waits for.

A leg drawing is asked every low back warning question and the leg's history (intake.py). An
arm drawing (neck, shoulder, arm or hand, and nowhere in the leg or the low back) is asked:
the warning questions its areas make relevant (upper.py, asked at once by `ask_now`); the
warning signs the references give for every pain, whatever its place: infection, cancer and
fracture [upper reference section 4: PCN, GPONLINE, HWE-ICB; AHCPR], with the answers their
flags read (how it started, when, the age and thin bones); and the arm's own history
(`ARM_CHOICES`). The low back's nerve questions (the saddle, the bladder, both legs, a leg's
weakness) and the leg's history do not fit an arm, and asking them is a false alarm waiting to
happen, so the arm's comparison does not wait for them. A question left unasked raises nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dashapp.domain.sciatica.arm_compare import is_arm_drawing
from dashapp.domain.sciatica.intake import (
    ARM_CHOICES,
    INTAKE_FIELDS,
    LIST_FIELDS,
    OPTIONAL_FIELDS,
)

# The warning questions of data/sciatica/red_flags.csv whose category (infection, fracture,
# cancer) applies to every pain; a test checks the list against the file.
GENERAL_CATEGORIES = ("infection", "fracture", "cancer")
GENERAL_FLAG_QUESTIONS = (
    "fever_unwell",
    "recent_infection",
    "iv_drug_use",
    "immunosuppression",
    "major_trauma",
    "long_term_steroids",
    "cancer_history",
    "weight_loss",
    "rest_pain",
    "no_improvement",
)
# The answers the general flags read besides their own question: a fracture after a small fall
# or lifting (trigger, age, thin bones) and the age sign (age, when it started).
GENERAL_HISTORY = ("trigger", "started", "age", "fragile_bones")
ARM_HISTORY = tuple(ARM_CHOICES)
ARM_REQUIRED = (*GENERAL_HISTORY, *GENERAL_FLAG_QUESTIONS, *ARM_HISTORY)
# Everything a leg drawing must answer, as before.
LEG_REQUIRED = tuple(f for f in INTAKE_FIELDS if f not in LIST_FIELDS + OPTIONAL_FIELDS)
# Areas where the low back's own questions belong even when an arm is marked too.
LOW_BACK_GROUPS = frozenset({"lower_back", "buttock", "pelvis", "hip", "abdomen"})
# The questions an arm drawing is not asked (the leg's weakness signs among them): a page folds
# them away for an arm drawing.
LEG_ONLY = (*(f for f in LEG_REQUIRED if f not in ARM_REQUIRED), "weakness")
# What an unasked question of the leg's intake stands for when the arm's answers are read: an
# answer that raises nothing and adds no evidence ("unsure" adds no leg item either).
UNASKED = {
    "onset": "unsure",
    "worse": "same",
    "numbness": "unsure",
    "pins_and_needles": "unsure",
    "cough_sneeze": "no",
    "night_pain": "no",
}


def arm_gate(areas: Iterable[Any]) -> bool:
    """Whether marked areas (objects with `area_group`) are an arm drawing that is asked only
    what an arm needs: in the neck, shoulder, arm or hand, not in the leg or the low back."""
    areas = list(areas)
    groups = {a.area_group for a in areas}
    return is_arm_drawing(areas) and not groups & LOW_BACK_GROUPS


def arm_chart(region_ids: Iterable[str], regions: Iterable[Any]) -> bool:
    """Whether a chart's marked areas (ids among `regions`; unknown ones are left out) are an
    arm drawing asked only what an arm needs."""
    by_id = {r.id: r for r in regions}
    return arm_gate(by_id[r] for r in region_ids if r in by_id)


def required(areas: Iterable[Any]) -> tuple[str, ...]:
    """The answers (besides the warning questions the drawing asks at once) that must be given
    before a comparison of these marked areas."""
    return ARM_REQUIRED if arm_gate(areas) else LEG_REQUIRED


def unanswered(answers: Mapping[str, Any], areas: Iterable[Any]) -> tuple[str, ...]:
    """The required answers not given yet, in the intake's order."""
    wanted = set(required(areas))
    return tuple(f for f in INTAKE_FIELDS if f in wanted and answers.get(f) in (None, ""))


def arm_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """An arm drawing's answers as a whole intake reads them: each question the arm is not
    asked stands as not raising anything (a low back warning question as "no")."""
    given = {k: v for k, v in answers.items() if v not in (None, "")}
    unasked = {f: UNASKED.get(f, "no") for f in LEG_REQUIRED if f not in ARM_REQUIRED}
    return {**unasked, **given}
