"""The red-flag gate: warning signs come before any talk of muscles.

A flag stands when its question is answered "yes" or "unsure". "unsure" counts because
patients may not notice or volunteer these signs, and a flag signals a reason to check, not a
diagnosis [CKS-RF]; missing one costs far more than an extra check. The map raises two flags
on its own, as the reference asks: pain marked in both legs, and pain marked in the saddle
area (the map cannot tell pain from numbness, so a mark there is treated like "unsure" to the
saddle question). Weakness found in both legs on examination raises a flag too.

Urgency: possible nerve compression at the base of the spine (cauda equina) [CKS-CES; BMJBP],
possible infection (fever) and major trauma [AHCPR] -> seek care now; a history of cancer,
weight loss and long-term steroids on their own -> see a doctor within days [AHCPR; CKS-RF].
"""

from __future__ import annotations

from dataclasses import dataclass

from dashapp.domain.sciatica.data import (
    RED_FLAG_IDS,
    RED_FLAG_QUESTIONS,
    URGENCY_TEXT,
    RedFlagText,
    SciaticaData,
)
from dashapp.domain.sciatica.findings import Findings
from dashapp.domain.sciatica.intake import Intake, MapFacts

RAISING_ANSWERS = ("yes", "unsure")
# Red-flag question -> the MapFacts field that raises it as well.
MAP_TRIGGERS = {"both_legs": "both_legs", "saddle_numbness": "saddle"}
REASONS = {
    "yes": "You answered yes.",
    "unsure": "You were not sure. To be safe, please treat it as a yes until it is checked.",
    "both_legs": "You marked pain in both legs on the map.",
    "saddle_numbness": (
        "You marked the area between your legs or around your bottom on the map. The map "
        "shows pain, not numbness, so please check this to be safe."
    ),
    "both_legs_weakness": "Weakness was found in both legs on examination.",
}


@dataclass(frozen=True)
class RedFlag:
    """A warning sign that stands: what to tell the patient, how urgent, why it was raised."""

    id: str
    question: str
    patient_message: str
    urgency: str
    urgency_text: str
    reason: str
    sources: tuple[str, ...]
    confidence: str


def red_flags(
    intake: Intake, facts: MapFacts, findings: Findings | None = None, *, data: SciaticaData
) -> tuple[RedFlag, ...]:
    """The red flags that stand, in the words of `data`, the most urgent first (then in the
    order of the questions)."""
    reasons: dict[str, str] = {}
    for question in RED_FLAG_QUESTIONS:
        answer = getattr(intake, question)
        marked = question in MAP_TRIGGERS and getattr(facts, MAP_TRIGGERS[question])
        if answer == "yes":
            reasons[question] = REASONS["yes"]
        elif marked:
            reasons[question] = REASONS[question]
        elif answer in RAISING_ANSWERS:
            reasons[question] = REASONS[answer]
    if findings is not None and findings.left.weak and findings.right.weak:
        reasons["both_legs_weakness"] = REASONS["both_legs_weakness"]
    texts = data.red_flags
    flags = [_flag(texts[i], reasons[i]) for i in RED_FLAG_IDS if i in reasons]
    return tuple(sorted(flags, key=lambda f: f.urgency != "now"))


def gate(
    intake: Intake, facts: MapFacts, findings: Findings | None = None, *, data: SciaticaData
) -> bool:
    """True when trigger-point explanations may be offered: only while no red flag stands."""
    return not red_flags(intake, facts, findings, data=data)


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
    )
