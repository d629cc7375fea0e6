"""What the patient tells us: the intake answers, and the facts read off the marked map.

Every answer is a fixed key, checked on construction; a bad one raises ValueError naming the
field. The low back red-flag questions have no default: they are always asked. The neck, arm,
head and jaw ones (upper.py) are asked only where the drawing makes them relevant, so they may
be left out ("", not asked). "unsure" is a valid answer everywhere it is offered; for a red-flag
question it counts as a reason to check (see sciatica_flags).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.mapfacts import (  # noqa: F401  (re-exported: older imports)
    BELOW_KNEE_GROUPS,
    LEG_GROUPS,
    LEG_SIDES,
    SADDLE_REGIONS,
    MapFacts,
    RegionLike,
    map_facts,
)
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS

ANSWERS = ("yes", "no", "unsure")
YES_NO = ("yes", "no")
ONSETS = ("sudden", "gradual", "unsure")
TRIGGERS = ("lifting", "fall", "none", "other")
# How long ago it started, in buckets: under 2 weeks is the "recent onset" window for the nerve
# warning signs [BMJBP]; 6 weeks is when lack of improvement starts to matter [AHCPR].
STARTED = ("under_2_weeks", "2_to_6_weeks", "6_to_12_weeks", "over_12_weeks", "unsure")
WORSE = ("leg", "back", "same", "no_leg_pain")
WEAKNESS_SIGNS = ("tripping", "foot_slapping", "giving_way")
NO_WEAKNESS = "none"
COUGH = ("leg", "back", "no")
ARM_WORSE = ("arm", "neck", "same")

# How old the person is, in the bands the age warning sign uses [AHCPR; CKS-RF].
AGE_BANDS = ("under_20", "20_to_50", "over_50")
# A question the drawing did not make relevant (the neck, arm, head and jaw warning signs).
NOT_ASKED = ""


def check_choice(field: str, value: Any, allowed: Iterable[str]) -> str:
    """The value, if it is one of the allowed keys; ValueError naming the field otherwise."""
    allowed = tuple(allowed)
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{field}: {value!r} is not one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True, kw_only=True)
class Intake:
    """The patient's answers. Lists are tuples of keys; an empty weakness tuple means none.
    Which activities the atlas has is checked where the atlas is known (`parse_intake`)."""

    onset: str
    trigger: str
    started: str
    worse: str
    numbness: str
    pins_and_needles: str
    weakness: tuple[str, ...] = ()
    cough_sneeze: str
    activities: tuple[str, ...] = ()
    night_pain: str
    age: str
    fragile_bones: str
    saddle_numbness: str
    bladder_bowel_sexual: str
    both_legs: str
    weakness_both_legs: str
    weakness_worsening: str
    fever_unwell: str
    recent_infection: str
    iv_drug_use: str
    immunosuppression: str
    major_trauma: str
    long_term_steroids: str
    cancer_history: str
    weight_loss: str
    rest_pain: str
    widespread_neurology: str
    no_improvement: str
    thoracic_pain: str
    deformity: str
    inflammatory: str
    # Asked where the drawing makes them relevant (upper.py); "" when not asked.
    hand_clumsiness: str = ""
    gait_change: str = ""
    myelopathy_worsening: str = ""
    both_arms: str = ""
    lhermitte: str = ""
    arm_weakness_worsening: str = ""
    night_sweats: str = ""
    chest_pain_breathless: str = ""
    dizziness: str = ""
    drop_attacks: str = ""
    double_vision: str = ""
    speech_swallowing: str = ""
    face_numbness: str = ""
    drooping_eyelid: str = ""
    thunderclap: str = ""
    fever_stiff_neck: str = ""
    new_headache_over_50: str = ""
    jaw_claudication: str = ""
    scalp_tenderness: str = ""
    vision_loss: str = ""
    face_rash: str = ""
    electric_face_pain: str = ""
    # The arm's history, asked where the drawing is in the neck, arm or hand; "" when not asked.
    arm_worse: str = ""
    hand_on_head: str = ""
    # Numbness or pins and needles in the arm or hand (the leg's own question is `numbness`).
    arm_tingling: str = ""

    def __post_init__(self) -> None:
        for name, allowed in CHOICES.items():
            check_choice(name, getattr(self, name), allowed)
        for name in RED_FLAG_QUESTIONS:
            check_choice(name, getattr(self, name), ANSWERS)
        for name in UPPER_FLAG_QUESTIONS:
            if getattr(self, name) != NOT_ASKED:
                check_choice(name, getattr(self, name), ANSWERS)
        for name, allowed in ARM_CHOICES.items():
            if getattr(self, name) != NOT_ASKED:
                check_choice(name, getattr(self, name), allowed)
        _check_keys("weakness", self.weakness, WEAKNESS_SIGNS)
        _check_keys("activities", self.activities)

    @property
    def numb_or_tingling(self) -> bool:
        """Numbness or pins and needles answered yes (unsure counts as no here)."""
        return "yes" in (self.numbness, self.pins_and_needles)


CHOICES: dict[str, tuple[str, ...]] = {
    "onset": ONSETS,
    "trigger": TRIGGERS,
    "started": STARTED,
    "worse": WORSE,
    "numbness": ANSWERS,
    "pins_and_needles": ANSWERS,
    "cough_sneeze": COUGH,
    "night_pain": YES_NO,
    "age": AGE_BANDS,
    # Thin bones (osteoporosis): not a flag alone, it turns a small fall or lifting into one.
    "fragile_bones": ANSWERS,
}
# The arm's history questions: which hurts more, relief with the hand on the head, and
# numbness or pins and needles in the arm or hand.
ARM_CHOICES: dict[str, tuple[str, ...]] = {
    "arm_worse": ARM_WORSE,
    "hand_on_head": ANSWERS,
    "arm_tingling": ANSWERS,
}
INTAKE_FIELDS = tuple(f.name for f in fields(Intake))
LIST_FIELDS = ("weakness", "activities")
# Answers a complete intake may lack: asked only where the drawing makes them relevant.
OPTIONAL_FIELDS = (*UPPER_FLAG_QUESTIONS, *ARM_CHOICES)
# Every question answered with one choice, warning signs included, and its choices.
ANSWER_CHOICES: dict[str, tuple[str, ...]] = {
    **CHOICES,
    **dict.fromkeys(RED_FLAG_QUESTIONS, ANSWERS),
    **dict.fromkeys(UPPER_FLAG_QUESTIONS, ANSWERS),
    **ARM_CHOICES,
}
WEAKNESS_CHOICES = (*WEAKNESS_SIGNS, NO_WEAKNESS)


def answer_problem(question: str, value: Any) -> str | None:
    """Why one answer of a partly answered form cannot be kept, or None when it can.

    The one rule for stored, imported and saved answers: a known question, and one of its
    choices (weakness: a list of known signs); a question not answered yet is fine."""
    if question == "weakness":
        signs = [] if value is None else value
        if not isinstance(signs, list) or any(s not in WEAKNESS_CHOICES for s in signs):
            return f"weakness: {value!r} is not a list of known signs"
        return None
    if question not in ANSWER_CHOICES:
        return f"unknown question {question!r}"
    if value not in (None, "") and value not in ANSWER_CHOICES[question]:
        return f"{question}: {value!r} is not one of {', '.join(ANSWER_CHOICES[question])}"
    return None


# The questions each version of the intake added, so that answers saved or exported when
# there were fewer questions are judged by the questions of their day (a session complete then
# asks only the new ones now). Version 1: the questions up to the first red-flag list.
INTAKE_VERSION = 2
ADDED_IN: dict[int, tuple[str, ...]] = {
    2: (
        "age",
        "fragile_bones",
        "weakness_both_legs",
        "recent_infection",
        "iv_drug_use",
        "immunosuppression",
        "rest_pain",
        "widespread_neurology",
        "no_improvement",
        "thoracic_pain",
        "deformity",
        "inflammatory",
    ),
}


def answers_complete(answers: Mapping[str, Any], version: int = INTAKE_VERSION) -> bool:
    """Whether every question with one choice that intake `version` asked of everyone has an
    answer (the weakness list may be empty; the questions the drawing asks are left to it)."""
    later = {f for v, added in ADDED_IN.items() if v > version for f in added}
    return all(
        answers.get(f) not in (None, "")
        for f in INTAKE_FIELDS
        if f not in LIST_FIELDS and f not in later and f not in OPTIONAL_FIELDS
    )


def _check_keys(field: str, value: Any, allowed: Collection[str] | None = None) -> None:
    """A tuple of keys, each once, and each one of `allowed` when that is given."""
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{field}: must be a tuple of keys, not {value!r}")
    if allowed is not None:
        known = set(allowed)
        unknown = [v for v in value if v not in known]
        if unknown:
            raise ValueError(f"{field}: unknown key(s) {', '.join(unknown)}")
    if len(set(value)) != len(value):
        raise ValueError(f"{field}: a key is given twice in {value!r}")


def parse_intake(raw: Any, activities: Collection[str]) -> Intake:
    """An Intake from plain data (a JSON object), its activities among `activities` (the
    atlas's); ValueError naming the field on any fault.

    Lists may be JSON lists; `weakness` may be ["none"] (or empty) for no weakness signs, and
    repeated keys are kept once.
    """
    if not isinstance(raw, Mapping):
        raise ValueError("The intake must be an object of answers.")
    unknown = sorted(str(k) for k in raw if k not in INTAKE_FIELDS)
    if unknown:
        raise ValueError(f"Unknown intake field(s): {', '.join(unknown)}")
    missing = [f for f in INTAKE_FIELDS if f not in raw and f not in LIST_FIELDS + OPTIONAL_FIELDS]
    if missing:
        raise ValueError(f"Missing answer(s): {', '.join(missing)}")
    values = {k: (NOT_ASKED if v is None and k in OPTIONAL_FIELDS else v) for k, v in raw.items()}
    for name in LIST_FIELDS:
        given = values.get(name, [])
        if not isinstance(given, list | tuple):
            raise ValueError(f"{name}: must be a list of keys, not {given!r}")
        values[name] = tuple(dict.fromkeys(given))
    if NO_WEAKNESS in values["weakness"]:
        if len(values["weakness"]) > 1:
            raise ValueError(f"weakness: {NO_WEAKNESS!r} cannot go with other signs")
        values["weakness"] = ()
    intake = Intake(**values)
    _check_keys("activities", intake.activities, activities)
    return intake
