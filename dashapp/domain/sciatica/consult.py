"""Bring a consultation together: the patient's chart, answers and the therapist's findings,
as the browser stored them, into red flags and a comparison. Anything unreadable is reported,
never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dashapp.domain import sciatica
from dashapp.domain.atlas.lookup import Candidate, Pattern
from dashapp.domain.atlas.painted_lookup import rank_chart
from dashapp.domain.body.dermatome_fit import root_fit
from dashapp.domain.body.dermatomes import Dermatome
from dashapp.domain.body.painted import drawn_on
from dashapp.domain.chart import PainChart, restore
from dashapp.domain.sciatica.arm_compare import ArmComparison
from dashapp.domain.sciatica.arm_gate import arm_answers, arm_gate, unanswered
from dashapp.domain.sciatica.data import SciaticaData
from dashapp.domain.sciatica.evidence import ROOTS as COMPARABLE_ROOTS
from dashapp.domain.sciatica.flags import ask_now, holding
from dashapp.domain.sciatica.intake import NO_WEAKNESS, RED_FLAG_QUESTIONS, answer_problem
from dashapp.domain.sciatica.upper import SECTIONS

# Answers assumed for questions not answered yet, only to screen the red flags already
# answered: each raises nothing, so an unanswered question raises nothing until it is answered
# (the age sign, for one, waits for both the age and when the pain started).
SCREENING_DEFAULTS = {
    "onset": "unsure",
    "trigger": "none",
    "started": "over_12_weeks",
    "worse": "same",
    "numbness": "unsure",
    "pins_and_needles": "unsure",
    "cough_sneeze": "no",
    "night_pain": "no",
    "age": "20_to_50",
    "fragile_bones": "no",
    **dict.fromkeys(RED_FLAG_QUESTIONS, "no"),
}


@dataclass(frozen=True)
class Consultation:
    """What the comparison page shows, or why it cannot show it yet."""

    chart: PainChart
    missing: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    red_flags: tuple[sciatica.RedFlag, ...] = ()
    comparison: sciatica.Comparison | None = None
    best_root: tuple[str, str, float] | None = None
    best_muscle: Candidate | None = None
    # every root (of the comparable ones) and every muscle that fits, best first: the
    # therapist may set another of them beside the drawing
    roots: tuple[tuple[str, str, float], ...] = ()
    muscles: tuple[Candidate, ...] = ()
    # Red-flag questions to put in front of the person before anything else (see ask_now).
    ask: tuple[str, ...] = ()
    # For an arm drawing whose gate is open, the arm's comparison this one shows (its rule
    # and differentials too): set by arm_consult.as_consultation.
    arm: ArmComparison | None = None


def screen(
    answers: Mapping[str, Any] | None,
    chart: PainChart,
    regions,
    *,
    data: SciaticaData,
    findings: sciatica.Findings | None = None,
) -> tuple:
    """Red flags from the warning questions answered so far, the map itself and the
    examination, if there was one."""
    return _screen(answers, chart_facts(chart, regions), data, findings)


def _screen(
    answers: Mapping[str, Any] | None,
    facts: sciatica.MapFacts,
    data: SciaticaData,
    findings: sciatica.Findings | None,
) -> tuple:
    given = {k: v for k, v in (answers or {}).items() if v not in (None, [], "")}
    intake = sciatica.parse_intake(
        {**SCREENING_DEFAULTS, **given, "activities": []}, data.activities
    )
    return sciatica.red_flags(intake, facts, findings, data=data)


def ask(answers: Mapping[str, Any] | None, chart: PainChart, regions) -> tuple[str, ...]:
    """The red-flag questions the marked map says must be asked now (not answered yet)."""
    return ask_now(answers or {}, chart_facts(chart, regions))


def upper_shown(answers: Mapping[str, Any] | None, chart: PainChart, regions) -> frozenset[str]:
    """The sections of the neck, arm, head and jaw questions a form shows: those the drawing
    makes relevant, and any with an answer already (so an answer is never hidden)."""
    given = answers or {}
    answered = {s.key for s in SECTIONS if any(given.get(q) not in (None, "") for q in s.questions)}
    return chart_facts(chart, regions).upper | answered


def chart_facts(chart: PainChart, regions) -> sciatica.MapFacts:
    """MapFacts of a chart, the qualities of its marks included. A drawing counts as marks on
    the regions it lies on, with the qualities drawn there: drawn or tapped, the same places
    ask the same warning questions."""
    qualities = {m.region: set(m.qualities) for m in chart.marks}
    shapes = regions.values() if isinstance(regions, Mapping) else regions
    drawn = drawn_on(chart, shapes)
    for rid, felt in drawn.items():
        qualities.setdefault(rid, set()).update(felt)
    return sciatica.map_facts([*chart.regions, *drawn], regions, qualities)


def consult(
    marks: Any,
    answers: Any,
    findings: Any,
    *,
    regions,
    region_areas: Mapping[str, float],
    activity_ids,
    patterns: tuple[Pattern, ...],
    dermatomes: tuple[Dermatome, ...],
    dermatome_overlaps: Mapping[str, Mapping[str, float]],
    data: SciaticaData,
) -> Consultation:
    """Everything the comparison needs, from what the browser stored."""
    restored = restore(marks, [r.id for r in regions], activity_ids)
    chart = restored.chart
    answers = answers if isinstance(answers, Mapping) else {}
    by_id = {r.id: r for r in regions}
    marked = [by_id[r] for r in chart.regions if r in by_id]
    # The questions the drawing asks (the neck, arm, head and jaw ones) come as `ask`; an arm
    # drawing waits only for what an arm needs (arm_gate.py).
    missing = unanswered(answers, marked)
    problems: list[str] = list(restored.notices)
    exam, exam_fault = _examination(findings, data)
    facts = chart_facts(chart, regions)  # once: the flags, the questions and the comparison
    try:
        # Weakness in both legs found on examination is a warning sign before every answer is in.
        flags = _screen(answers, facts, data, exam)
    except ValueError as fault:
        return Consultation(chart, missing, (*problems, f"Some answers could not be read: {fault}"))
    asked = ask_now(answers, facts)
    if holding(flags) or asked or missing:
        return Consultation(chart, missing, tuple(problems), flags, ask=asked)
    try:
        if exam_fault is not None:
            raise exam_fault
        read = arm_answers(answers) if arm_gate(marked) else answers
        intake = sciatica.parse_intake(
            {**read, "activities": list(chart.activities)}, data.activities
        )
    except ValueError as fault:
        return Consultation(chart, (), (*problems, f"Some answers could not be read: {fault}"))
    # Measured on the painted shapes when the chart has a drawing (domain/body/painted.py).
    roots = [
        fit
        for fit in root_fit(chart, regions, dermatomes, dermatome_overlaps, region_areas)
        if fit[0] in COMPARABLE_ROOTS
    ]
    muscles = rank_chart(patterns, chart, regions, region_areas)
    best_root = roots[0] if roots and roots[0][2] > 0 else None
    best_muscle = muscles[0] if muscles else None
    comparison = sciatica.compare(
        intake,
        facts,
        exam,
        sciatica.PatternFit(best_root[0], min(1.0, best_root[2])) if best_root else None,
        sciatica.PatternFit(best_muscle.muscle, best_muscle.explained) if best_muscle else None,
        data=data,
    )
    return Consultation(
        chart,
        (),
        tuple(problems),
        comparison.red_flags,
        comparison,
        best_root,
        best_muscle,
        tuple(roots),
        tuple(muscles),
    )


def _examination(
    findings: Any, data: SciaticaData
) -> tuple[sciatica.Findings | None, ValueError | None]:
    """The examination, if there is one that can be read, and why not otherwise."""
    if not isinstance(findings, Mapping):
        return None, None
    try:
        return sciatica.parse_findings(findings, data.muscle_names), None
    except ValueError as fault:
        return None, fault


def clean_answers(data: Any) -> tuple[dict[str, Any], int]:
    """The readable answers of a stored intake, and how many were dropped as unreadable."""
    if not isinstance(data, Mapping):
        return {}, 0 if data is None else 1
    kept: dict[str, Any] = {}
    dropped = 0
    for name, value in data.items():
        readable = answer_problem(name, value) is None
        if name == "weakness" and readable and isinstance(value, list) and NO_WEAKNESS not in value:
            kept[name] = list(value)
        elif name != "weakness" and readable and value not in (None, ""):
            kept[name] = value
        elif value not in (None, []):
            dropped += 1
    return kept, dropped


def findings_from_form(flat: Mapping[str, Any]) -> dict[str, Any]:
    """The findings form's flat answers ("right.slr_angle": 40) as parse_findings takes them."""
    nested: dict[str, Any] = {"right": {}, "left": {}}
    for key, value in flat.items():
        if value in (None, "", []):
            continue
        side, _, name = key.partition(".")
        if name:
            if name == "slr_leg_pain":
                value = value is True or value == "yes"
            nested[side][name] = value
        elif key == "trigger_point":
            nested[key] = None if value == "none" else value
        else:
            nested[key] = value
    return nested


def findings_to_form(nested: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of findings_from_form: nested findings as the form keeps them."""
    flat: dict[str, Any] = {}
    for key, value in nested.items():
        if key in ("right", "left") and isinstance(value, Mapping):
            for name, answer in value.items():
                if name == "slr_leg_pain":
                    answer = "yes" if answer else "no"
                flat[f"{key}.{name}"] = answer
        elif key == "trigger_point":
            flat[key] = value or "none"
        else:
            flat[key] = value
    return flat
