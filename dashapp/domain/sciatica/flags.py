"""The red-flag gate: warning signs come before any talk of muscles.

A red flag comes from what the person answers. A flag stands when its question is answered
"yes" or "unsure": patients may not notice or volunteer these signs, and a flag signals a
reason to check, not a diagnosis [CKS-RF]; missing one costs far more than an extra check. A
question not answered yet is not a "yes".

The map raises one flag on its own: pain below the knee on both sides (bilateral sciatica)
[CKS-CES]. Numbness or pins and needles marked in the saddle area does not assert the saddle
flag; it asks the saddle question at once (`ask_now`), and the answer decides. Weakness found in
both legs on examination raises a flag too.

Urgency follows the reference's grouping (section 4): nerve compression at the base of the
spine -> now (an emergency department); fracture, infection and one leg's weakness getting
worse -> today (the reference's "urgent"); cancer signs -> within days; the rest -> review.
The panel's heading follows the most urgent flag that stands, so its words never say "now"
over a message that says "today". Signs
that are weak on their own (age, no improvement after 4-6 weeks) are "review" [CKS-RF]. A
"review" flag is shown first but does not hold the muscle explanations back (`gate`): it asks
for a doctor's review, and hiding everything for every patient over 50 would be a false alarm.

The neck, arm, head and jaw warning signs (upper.py) follow the same rules: each stands on its
own answer, yes or unsure, and only then. The drawing decides which of them are asked
(`ask_now`): until they are answered, the muscle explanations wait, as for the saddle question.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dashapp.domain.sciatica.data import (
    RED_FLAG_IDS,
    RED_FLAG_QUESTIONS,
    URGENCIES,
    URGENCY_TEXT,
    RedFlagText,
    SciaticaData,
)
from dashapp.domain.sciatica.findings import Findings
from dashapp.domain.sciatica.intake import Intake, MapFacts
from dashapp.domain.sciatica.upper import SECTION_OF, UPPER_FLAG_QUESTIONS, upper_asks

RAISING_ANSWERS = ("yes", "unsure")
# Urgencies that hold the muscle explanations back until a doctor has checked.
GATING = ("now", "today", "days")
# "Older age" for a fracture after a small fall or lifting: the intake's top age band.
OLDER = "over_50"
REASONS = {
    "yes": "You answered yes.",
    "unsure": "You were not sure. To be safe, please treat it as a yes until it is checked.",
    "both_legs": "You marked pain below the knee in both legs on the map.",
    "both_legs_weakness": "Weakness was found in both legs on examination.",
    "minor_trauma": (
        "Your pain started after a fall or lifting, and you are over 50 or your bones may be thin."
    ),
    "age": "You are under 20 or over 50, and the pain started in the last few months.",
}
SADDLE_PROMPT = (
    "You marked numbness or pins and needles between your legs or around your bottom. "
    "Please answer this question now:"
)


@dataclass(frozen=True)
class RedFlag:
    """A warning sign that stands: what to tell the patient, how urgent, why it was raised,
    and the precise words and sources for the therapist."""

    id: str
    question: str
    patient_message: str
    urgency: str
    urgency_text: str
    reason: str
    sources: tuple[str, ...]
    confidence: str
    category: str = "other"
    therapist_text: str = ""


def red_flags(
    intake: Intake, facts: MapFacts, findings: Findings | None = None, *, data: SciaticaData
) -> tuple[RedFlag, ...]:
    """The red flags that stand, in the words of `data`, the most urgent first (then in the
    order of RED_FLAG_IDS)."""
    reasons: dict[str, str] = {
        q: REASONS[getattr(intake, q)]
        for q in (*RED_FLAG_QUESTIONS, *UPPER_FLAG_QUESTIONS)
        if getattr(intake, q) in RAISING_ANSWERS
    }
    if "neck_arm" in facts.upper:
        # With the neck or an arm marked, numbness in an arm is what is being looked at, not a
        # sign beyond it; the neck's own questions (both arms, clumsy hands, walking) ask.
        reasons.pop("widespread_neurology", None)
    if facts.upper_picture:
        # Pain between the shoulder blades is a low back guideline's sign beside low back pain;
        # in a neck, shoulder or upper back picture it is part of what is being looked at.
        reasons.pop("thoracic_pain", None)
    if facts.both_legs and "both_legs" not in reasons:
        reasons["both_legs"] = REASONS["both_legs"]
    fragile = intake.fragile_bones in RAISING_ANSWERS or intake.age == OLDER
    if intake.trigger in ("fall", "lifting") and fragile:
        reasons["minor_trauma"] = REASONS["minor_trauma"]
    if intake.age in ("under_20", OLDER) and intake.started != "over_12_weeks":
        reasons["age"] = REASONS["age"]
    if findings is not None and findings.left.weak and findings.right.weak:
        reasons["both_legs_weakness"] = REASONS["both_legs_weakness"]
    texts = data.red_flags
    flags = [_flag(texts[i], reasons[i]) for i in RED_FLAG_IDS if i in reasons]
    return tuple(sorted(flags, key=lambda f: URGENCIES.index(f.urgency)))


def gate(
    intake: Intake, facts: MapFacts, findings: Findings | None = None, *, data: SciaticaData
) -> bool:
    """True when trigger-point explanations may be offered: while no flag needing care now or
    within days stands ("review" flags are shown, but do not hold them back)."""
    return not holding(red_flags(intake, facts, findings, data=data))


def holding(flags: tuple[RedFlag, ...]) -> bool:
    """Whether these flags hold the muscle explanations back."""
    return any(f.urgency in GATING for f in flags)


def ask_now(answers: Mapping[str, Any], facts: MapFacts) -> tuple[str, ...]:
    """The red-flag questions the map says must be asked at once because they are not answered
    yet: the saddle question, after numbness or pins and needles marked in the saddle area; the
    neck, arm, head and jaw questions of the sections the marks make relevant."""
    saddle = facts.saddle_sensory and answers.get("saddle_numbness") in (None, "")
    return (*(("saddle_numbness",) if saddle else ()), *upper_asks(answers, facts.upper))


def ask_sections(questions: tuple[str, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The questions asked at once, grouped for the page: (title, prompt, questions) per
    section, in the order asked; the saddle question first, under its own prompt."""
    groups: dict[str, tuple[str, str, list[str]]] = {}
    for q in questions:
        section = SECTION_OF.get(q)
        title, prompt = (section.title, section.prompt) if section else ("", SADDLE_PROMPT)
        groups.setdefault(section.key if section else q, (title, prompt, []))[2].append(q)
    return tuple((title, prompt, tuple(qs)) for title, prompt, qs in groups.values())


def _flag(text: RedFlagText, reason: str) -> RedFlag:
    return RedFlag(
        id=text.id,
        question=text.question,
        patient_message=text.patient_message,
        urgency=text.urgency,
        urgency_text=URGENCY_TEXT[text.urgency],
        reason=reason,
        sources=text.sources,
        confidence=text.confidence,
        category=text.category,
        therapist_text=text.therapist_text,
    )
