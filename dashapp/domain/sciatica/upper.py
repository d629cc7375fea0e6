"""Warning signs of the neck, arm, head and jaw: which questions the drawing asks, in sections.

The low back questions are asked of everyone. These are asked only where the drawing makes them
relevant, so that a leg-only drawing is asked none of them (a question that does not fit is a
false alarm waiting to happen): pain marked in the neck, shoulder, arm or hand asks about the
spinal cord in the neck, worsening weakness and night sweats; the neck or the head asks the
warning signs of the neck's arteries (the reference's "5 Ds and 3 Ns"); the head (forehead,
scalp, face, jaw, back of the head) asks about headache, face and jaw; and the neck, shoulder,
arm, hand, chest or jaw asks about chest pain and breathlessness (pain in the chest and/or the
arms, back or jaw can come from the heart [CG95-GPN]).

The map never raises one of these flags by itself: marking both hands is often ordinary (both
wrists, both thumbs), so the question about both arms is asked, and the answer decides.
Areas are read by their area group, so new or refined upper areas keep working; the jaw is the
one area read by its name, being part of the head group.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

NECK_ARM_GROUPS = frozenset({"neck", "shoulder", "arm", "hand"})
NECK_GROUPS = frozenset({"neck"})
HEAD_GROUPS = frozenset({"head"})
CHEST_GROUPS = frozenset({"chest"})
JAW_WORD = "jaw"


@dataclass(frozen=True)
class Section:
    """A group of warning questions asked together, with the words that introduce them."""

    key: str
    title: str
    prompt: str
    questions: tuple[str, ...]


SECTIONS = (
    Section(
        "neck_arm",
        "Your neck, shoulders and arms",
        "You marked pain in your neck, shoulder, arm or hand. Please answer these first:",
        (
            "hand_clumsiness",
            "gait_change",
            "myelopathy_worsening",
            "both_arms",
            "lhermitte",
            "arm_weakness_worsening",
            "night_sweats",
        ),
    ),
    Section(
        "chest",
        "Chest pain or breathlessness",
        "Pain in the arm, shoulder, neck, chest or jaw now and then comes from the heart. "
        "Please answer this first:",
        ("chest_pain_breathless",),
    ),
    Section(
        "arteries",
        "Dizziness, sight, speech and swallowing",
        "You marked pain in your neck or head. These questions are about new signs since the "
        "pain began:",
        (
            "dizziness",
            "drop_attacks",
            "double_vision",
            "speech_swallowing",
            "face_numbness",
            "drooping_eyelid",
        ),
    ),
    Section(
        "head_jaw",
        "Headache, face and jaw",
        "You marked pain in your head, face or jaw. Please answer these first:",
        (
            "thunderclap",
            "fever_stiff_neck",
            "new_headache_over_50",
            "jaw_claudication",
            "scalp_tenderness",
            "vision_loss",
            "face_rash",
            "electric_face_pain",
        ),
    ),
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}
UPPER_FLAG_QUESTIONS = tuple(q for s in SECTIONS for q in s.questions)
# Giant cell arteritis is almost never seen before 50 [MEDPEARLS], while jaw pain on chewing is
# the everyday complaint of jaw muscle pain (TMD) and a tender temple that of a tender
# temporalis: these two questions are put to a person of 50 or over only. Where the age is not
# known yet, the age is asked in their place, and they follow once it says over 50.
GCA_QUESTIONS = ("jaw_claudication", "scalp_tenderness")
AGE = "age"
OVER_50 = "over_50"
# The section a question asked at once belongs to (the age, where it is asked for these two).
SECTION_OF = {q: s for s in SECTIONS for q in s.questions} | {AGE: SECTION_BY_KEY["head_jaw"]}


# The standing warning shown beside the muscles fits where the pain is drawn: the cauda equina
# signs for the low back and legs (and for nothing drawn), the spinal cord in the neck for the
# neck, shoulder, arm or hand, headache signs for the head and jaw, the heart for the chest.
CALLOUT_GROUPS = {"cervical_cord": NECK_ARM_GROUPS, "headache": HEAD_GROUPS, "heart": CHEST_GROUPS}
# Groups that call for no callout of their own (the upper back between the others).
QUIET_GROUPS = frozenset({"upper_back"})


def callouts(groups: Iterable[str]) -> tuple[str, ...]:
    """The callouts that fit the drawn area groups, the cauda equina one first where it fits."""
    groups = set(groups)
    keys = tuple(k for k, fits in CALLOUT_GROUPS.items() if groups & fits)
    upper = set().union(*CALLOUT_GROUPS.values(), QUIET_GROUPS)
    return (("cauda_equina",) if groups - upper or not keys else ()) + keys


def upper_sections(areas: Iterable[Any]) -> frozenset[str]:
    """The keys of the sections the marked areas (objects with `id`, `label`, `area_group`)
    make relevant."""
    areas = list(areas)
    groups = {a.area_group for a in areas}
    jaw = any(JAW_WORD in f"{a.id} {a.label}".lower() for a in areas)
    keys = set()
    if groups & NECK_ARM_GROUPS:
        keys.add("neck_arm")
    if groups & (NECK_ARM_GROUPS | CHEST_GROUPS) or jaw:
        keys.add("chest")
    if groups & (NECK_GROUPS | HEAD_GROUPS):
        keys.add("arteries")
    if groups & HEAD_GROUPS:
        keys.add("head_jaw")
    return frozenset(keys)


def upper_asks(answers: Mapping[str, Any], sections: Iterable[str]) -> tuple[str, ...]:
    """The questions of these sections not answered yet, in the order of SECTIONS; the giant
    cell arteritis ones at 50 or over only, the age in their place while it is not known."""
    wanted = set(sections)
    waiting = [q for s in SECTIONS if s.key in wanted for q in s.questions if _open(answers, q)]
    asked = (_gated(q, answers.get(AGE)) for q in waiting)
    return tuple(dict.fromkeys(q for q in asked if q is not None and _open(answers, q)))


def _open(answers: Mapping[str, Any], question: str) -> bool:
    return answers.get(question) in (None, "")


def _gated(question: str, age: Any) -> str | None:
    """What to ask for this unanswered question, given the age answered so far (None:
    nothing)."""
    if question not in GCA_QUESTIONS:
        return question
    if age in (None, ""):
        return AGE
    return question if age == OVER_50 else None
