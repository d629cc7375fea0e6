"""Working out an assessment with the rules the pages use (consult, red flags, the comparison,
the dermatome fit, the lookup) and turning what they return into plain JSON data.

What the rules return is serialised generically (dataclasses become objects, tuples lists), so
a field they gain reaches the answer without a change here. The red flags come first, and
while one stands, or a warning question is still unanswered, the gate is closed: no muscle and
no leaning is offered, only the warnings, as on the pages.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from typing import Any

from dashapp.domain.assessment.request import AssessmentRequest
from dashapp.domain.atlas.lookup import explain
from dashapp.domain.atlas.painted_lookup import rank_chart
from dashapp.domain.body.dermatome_fit import root_fit
from dashapp.domain.body.dermatomes import MAPS
from dashapp.domain.chart import PainChart
from dashapp.domain.reference import Reference
from dashapp.domain.sciatica.arm_compare import ArmComparison
from dashapp.domain.sciatica.compare import LEANING_MARGIN
from dashapp.domain.sciatica.consult import chart_facts
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.flags import holding
from dashapp.domain.sciatica.upper import callouts

MAX_MUSCLES = 10
MAX_ROOTS = 3
NOTE = (
    "Educational only: this suggests where pain may come from; it is not a diagnosis. "
    "Red flags come first: while one stands, seek care as it says before anything else."
)
WITHHELD = (
    "Muscles and the leaning are not offered while a red flag stands or a warning question "
    "is unanswered: {why}."
)


def assess(request: AssessmentRequest, reference: Reference) -> dict[str, Any]:
    """The assessment of one checked request, as plain JSON data; ValueError naming the
    problem when the answers cannot be read together."""
    chart = request.chart
    seen = reference.consult(chart.to_json(), request.answers, request.findings)
    if seen.problems:  # what the request's checks let through but the intake refuses
        raise ValueError("; ".join(seen.problems))
    unscreened = [q for q in seen.missing if q in RED_FLAG_QUESTIONS]
    # A sign for a doctor's review is shown first but holds nothing back, as on the pages.
    gate_open = not holding(seen.red_flags) and not unscreened and not seen.ask
    comparison = None
    if seen.comparison is not None and gate_open:
        comparison = {k: v for k, v in plain(seen.comparison).items() if k != "red_flags"}
    # A neck, arm or hand drawing is weighed toward a cervical root instead (arm_compare.py).
    arm_result = reference.consult_arm(seen, request.answers, request.exam)
    arm = None
    if arm_result is not None:
        gate_open = gate_open and arm_result.open
        comparison = _without_flags(arm_result.comparison) if gate_open else None
        arm = _arm(arm_result) if gate_open else None
    withheld = None
    if holding(seen.red_flags):
        withheld = WITHHELD.format(why="a red flag stands")
    elif seen.ask:
        withheld = WITHHELD.format(why="the map asks first: " + ", ".join(seen.ask))
    elif unscreened:
        withheld = WITHHELD.format(why="not answered yet: " + ", ".join(unscreened))
    return {
        "red_flags": plain(seen.red_flags),
        "gate_open": gate_open,
        "withheld": withheld,
        "ask_now": list(seen.ask),
        # The standing warnings that fit where the pain is drawn (sciatica/upper.callouts).
        "callouts": list(callouts(chart_facts(chart, reference.regions).groups)),
        "missing_answers": list(seen.missing),
        "comparison": comparison,
        "kind": "arm" if arm_result is not None else "leg",
        "arm": arm,
        "mixed_below": LEANING_MARGIN,
        "roots": _roots(chart, reference, reference.region_areas),
        "muscles": _muscles(chart, reference, reference.region_areas) if gate_open else [],
        "note": NOTE,
    }


def _without_flags(comparison: Any) -> dict[str, Any]:
    return {k: v for k, v in plain(comparison).items() if k != "red_flags"}


def _arm(result: ArmComparison) -> dict[str, Any]:
    """The arm's own parts: best root and muscle, the prediction rule, the differentials."""
    fields = ("best_root", "best_muscle", "cpr", "differentials")
    out = {name: plain(getattr(result, name)) for name in fields}
    if result.cpr is not None:
        out["cpr"]["text"] = result.cpr.text
    return out


def _roots(
    chart: PainChart, reference: Reference, areas: Mapping[str, float]
) -> dict[str, list[dict[str, Any]]]:
    fits = {}
    for name in MAPS:
        ranked = root_fit(
            chart,
            reference.regions,
            reference.dermatomes,
            reference.dermatome_overlaps,
            areas,
            name,
        )
        fits[name] = [
            {"root": root, "side": side, "fit": fit} for root, side, fit in ranked[:MAX_ROOTS]
        ]
    return fits


def _muscles(
    chart: PainChart, reference: Reference, areas: Mapping[str, float]
) -> list[dict[str, Any]]:
    atlas = reference.atlas
    labels = {r.id: r.label for r in reference.regions}
    activity_labels = {a.id: a.label for a in atlas.activities}
    out = []
    ranked = rank_chart(reference.patterns, chart, reference.regions, areas, limit=MAX_MUSCLES)
    for candidate in ranked:
        referral = atlas.referral(candidate.muscle)
        out.append(
            {
                **plain(candidate),
                "name": atlas.muscle(candidate.muscle).name,
                "why": explain(candidate, labels, activity_labels),
                "confidence": referral.confidence,
                "sources": list(referral.sources),
            }
        )
    return out


def plain(value: Any) -> Any:
    """Dataclasses, mappings, tuples, sets and enums as JSON data (sets sorted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, enum.Enum):
        return value.value
    return value
