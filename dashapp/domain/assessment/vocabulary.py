"""What an assessment request may say, read from the same constants and reference data the
checks use, so the list and the checks cannot disagree."""

from __future__ import annotations

from typing import Any

from dashapp.domain.chart import MAX_INTENSITY, QUALITIES
from dashapp.domain.drawing import MAX_POINTS, MAX_STROKES, MAX_WIDTH, MIN_WIDTH, TOOLS, VIEW_BOX
from dashapp.domain.reference import Reference
from dashapp.domain.sciatica.findings import (
    ARM_MOVEMENT_ROOTS,
    ARM_REFLEX_ROOTS,
    ARM_SENSORY,
    FINDINGS_FIELDS,
    MAX_SLR_ANGLE,
    MOVEMENT_ROOTS,
    REFLEX_GRADES,
    REFLEX_ROOTS,
    SENSORY,
    STRENGTH_GRADES,
    TEST_RESULTS,
)
from dashapp.domain.sciatica.intake import ANSWER_CHOICES, WEAKNESS_CHOICES

# The whole-body tests: every examination field but the sides, the skin areas and the muscle.
WHOLE_BODY_TESTS = tuple(
    f
    for f in FINDINGS_FIELDS
    if f not in ("left", "right", "sensory", "arm_sensory", "trigger_point")
)


def vocabulary(reference: Reference) -> dict[str, Any]:
    """Region ids, intensities and qualities, activities, answers and findings, as JSON data."""
    side = {
        "slr_angle": {"type": "integer", "min": 0, "max": MAX_SLR_ANGLE, "or": None},
        "slr_leg_pain": {"type": "boolean"},
        **{name: list(REFLEX_GRADES) for name in REFLEX_ROOTS},
        **{name: list(STRENGTH_GRADES) for name in MOVEMENT_ROOTS},
        **{name: list(REFLEX_GRADES) for name in ARM_REFLEX_ROOTS},
        **{name: list(STRENGTH_GRADES) for name in ARM_MOVEMENT_ROOTS},
    }
    return {
        "regions": [
            {"id": r.id, "label": r.label, "view": r.view, "side": r.side, "group": r.area_group}
            for r in reference.regions
        ],
        "intensity": {"type": "integer", "min": 0, "max": MAX_INTENSITY, "or": None},
        "qualities": [{"id": key, "label": label} for key, label in QUALITIES.items()],
        "activities": [{"id": a.id, "label": a.label} for a in reference.atlas.activities],
        "strokes": _strokes(reference),
        "answers": {
            **{question: list(choices) for question, choices in ANSWER_CHOICES.items()},
            "weakness": {"list_of": list(WEAKNESS_CHOICES)},
        },
        "findings": {
            "left": side,
            "right": side,
            **{name: list(TEST_RESULTS) for name in WHOLE_BODY_TESTS},
            "sensory": list(SENSORY),
            "arm_sensory": list(ARM_SENSORY),
            "trigger_point": [*reference.sciatica.muscle_names, None],
        },
    }


def _strokes(reference: Reference) -> dict[str, Any]:
    """What a freehand stroke may hold (domain.drawing): points in drawing units, not pixels."""
    x0, y0, width, height = VIEW_BOX
    return {
        "max": MAX_STROKES,
        "view": [v.view for v in reference.views],
        "tool": list(TOOLS),
        "width": {"type": "number", "min": MIN_WIDTH, "max": MAX_WIDTH},
        "points": {
            "list_of": "[x, y]",
            "min": 1,
            "max": MAX_POINTS,
            "x": {"type": "number", "min": x0, "max": x0 + width},
            "y": {"type": "number", "min": y0, "max": y0 + height},
        },
        "intensity": {"type": "integer", "min": 0, "max": MAX_INTENSITY, "or": None},
        "qualities": {"list_of": list(QUALITIES)},
    }
