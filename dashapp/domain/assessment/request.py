"""Reading an assessment request strictly: anything the pages would refuse is refused here too,
with a message naming the field, and by the same checks (the chart's, the intake's, the
examination's), so the request speaks exactly the pages' vocabulary."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from dashapp.domain.chart import ChartProblem, Mark, PainChart, check_activities, check_mark
from dashapp.domain.drawing import check_strokes
from dashapp.domain.sciatica.findings import Findings, parse_findings
from dashapp.domain.sciatica.intake import answer_problem

MAX_MARKS = 400
FIELDS = ("marks", "activities", "strokes", "answers", "findings")
MARK_FIELDS = ("intensity", "qualities")


@dataclass(frozen=True)
class AssessmentRequest:
    """A request that passed every check: the chart, the answers given so far (a question
    left out is not answered yet) and the examination, if there was one."""

    chart: PainChart
    answers: Mapping[str, Any]
    findings: Mapping[str, Any] | None
    exam: Findings | None


def parse_request(
    payload: Any,
    regions: Collection[str],
    activities: Collection[str],
    muscles: Collection[str],
    views: Collection[str] = ("front", "back"),
) -> AssessmentRequest:
    """The request, checked; ValueError naming the first problem found. `strokes`, the
    freehand drawing, is checked as the pages check it and kept in the chart."""
    if not isinstance(payload, Mapping):
        raise ValueError("The request must be a JSON object with 'marks', 'answers' and more.")
    unknown = sorted(str(k) for k in payload if k not in FIELDS)
    if unknown:
        raise ValueError(
            f"Unknown field(s): {', '.join(unknown)}; the fields are {', '.join(FIELDS)}."
        )
    marks = _marks(payload.get("marks", {}), regions)
    try:
        chosen = check_activities(payload.get("activities", []), activities)
    except ChartProblem as problem:
        raise ValueError(f"activities: {problem}.") from None
    try:
        strokes = check_strokes(payload.get("strokes"), views)
    except ChartProblem as problem:
        where = "strokes" if problem.index is None else f"strokes[{problem.index}]"
        raise ValueError(f"{where}: {problem}.") from None
    answers = _answers(payload.get("answers", {}))
    findings = payload.get("findings")
    exam = None
    if findings is not None:
        try:
            exam = parse_findings(findings, muscles)
        except (ValueError, TypeError) as problem:
            raise ValueError(f"findings: {problem}.") from None
    return AssessmentRequest(PainChart(marks, chosen, strokes), answers, findings, exam)


def _marks(given: Any, regions: Collection[str]) -> tuple[Mark, ...]:
    if not isinstance(given, Mapping):
        raise ValueError(
            "marks: must be an object mapping region ids to "
            '{"intensity": 0-10 or null, "qualities": [...]} (or to an intensity alone).'
        )
    if len(given) > MAX_MARKS:
        raise ValueError(f"marks: at most {MAX_MARKS} areas.")
    known = regions if isinstance(regions, set | frozenset | Mapping) else set(regions)
    marks: list[Mark] = []
    for region, mark in given.items():
        intensity, qualities = _mark_parts(region, mark)
        try:
            marks.append(check_mark(region, intensity, qualities, known))
        except ChartProblem as problem:
            raise ValueError(f"marks.{region}: {problem}.") from None
    return tuple(marks)


def _mark_parts(region: str, mark: Any) -> tuple[Any, Any]:
    if not isinstance(mark, Mapping):
        return mark, []
    unknown = sorted(str(k) for k in mark if k not in MARK_FIELDS)
    if unknown:
        raise ValueError(
            f"marks.{region}: unknown field(s) {', '.join(unknown)}; "
            f"a mark has {' and '.join(MARK_FIELDS)}."
        )
    return mark.get("intensity"), mark.get("qualities", [])


def _answers(given: Any) -> dict[str, Any]:
    if not isinstance(given, Mapping):
        raise ValueError("answers: must be an object of question -> answer.")
    for question, value in given.items():
        problem = answer_problem(question, value)
        if problem is not None:
            raise ValueError(f"answers: {problem}.")
    return dict(given)
