"""The arm's comparison of one consultation: for a drawing in the neck, shoulder, arm or hand
(and nowhere in the leg), the best-fitting cervical root and muscle pattern on the painted
shapes, weighed by `compare_arm`. A leg drawing gets None here and keeps the leg's comparison.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from dashapp.domain import sciatica
from dashapp.domain.atlas.lookup import Pattern
from dashapp.domain.atlas.painted_lookup import rank_chart
from dashapp.domain.body.dermatome_fit import root_fit
from dashapp.domain.body.dermatomes import Dermatome
from dashapp.domain.sciatica.arm_compare import ArmComparison, compare_arm, is_arm_drawing
from dashapp.domain.sciatica.arm_data import ArmData
from dashapp.domain.sciatica.arm_evidence import ARM_ROOTS, arm_history, arm_sensory_marked
from dashapp.domain.sciatica.arm_gate import arm_answers
from dashapp.domain.sciatica.consult import Consultation, chart_facts
from dashapp.domain.sciatica.data import SciaticaData


def consult_arm(
    seen: Consultation,
    answers: Any,
    exam: sciatica.Findings | Mapping[str, Any] | None,
    *,
    regions,
    region_areas: Mapping[str, float],
    patterns: tuple[Pattern, ...],
    dermatomes: tuple[Dermatome, ...],
    dermatome_overlaps: Mapping[str, Mapping[str, float]],
    data: SciaticaData,
    arm: ArmData,
) -> ArmComparison | None:
    """The arm's comparison of a consultation whose answers could be read (None for a leg
    drawing, or while answers are missing or unreadable: the consultation says which). `exam`
    may be the findings as plain data; the consultation has already said if they are bad."""
    chart = seen.chart
    by_id = {r.id: r for r in regions}
    marked = [by_id[r] for r in chart.regions if r in by_id]
    if not is_arm_drawing(marked) or seen.missing or seen.problems:
        return None
    answers = answers if isinstance(answers, Mapping) else {}
    intake = sciatica.parse_intake(
        {**arm_answers(answers), "activities": list(chart.activities)}, data.activities
    )
    if isinstance(exam, Mapping):
        exam = sciatica.parse_findings(exam, data.muscle_names)
    facts = chart_facts(chart, regions)
    roots = [
        fit
        for fit in root_fit(chart, regions, dermatomes, dermatome_overlaps, region_areas)
        if fit[0] in ARM_ROOTS and fit[2] > 0
    ]
    muscles = rank_chart(patterns, chart, regions, region_areas)
    result = compare_arm(
        intake,
        facts,
        arm_history(intake, arm_sensory_marked(chart.marks, by_id)),
        exam,
        sciatica.PatternFit(roots[0][0], min(1.0, roots[0][2])) if roots else None,
        sciatica.PatternFit(muscles[0].muscle, muscles[0].explained) if muscles else None,
        data=data,
        arm=arm,
        hand_marked=any(r.area_group == "hand" for r in marked),
    )
    return replace(result, roots=tuple(roots), muscles=tuple(muscles)) if result.open else result


def as_consultation(seen: Consultation, arm: ArmComparison | None) -> Consultation:
    """The consultation a page shows: for an arm drawing whose gate is open, the arm's
    comparison, roots and muscles in place of the leg's, and the arm's result itself (for its
    rule and differentials); otherwise the consultation as it is."""
    if arm is None or not arm.open:
        return seen
    return replace(
        seen,
        comparison=arm.comparison,
        best_root=arm.roots[0] if arm.roots else None,
        best_muscle=arm.muscles[0] if arm.muscles else None,
        roots=arm.roots,
        muscles=arm.muscles,
        arm=arm,
    )
