"""A demo patient for a fresh database: an outer thigh, calf and ankle pattern on the right,
the kind a gluteus minimus trigger point refers, getting better between two sessions."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dashapp.domain.chart import Mark, PainChart
from dashapp.store.models import Patient
from dashapp.store.patients import create_patient
from dashapp.store.visits import create_visit, save_visit
from dashapp.store.vocabulary import Vocabulary

DEMO_NAME = "Demo patient (Alex Example)"
DEMO_AUTHOR = "PainMap demo"
FIRST_MAP = {
    "right_buttock_upper_outer": (6, ["aching"]),
    "right_hip_outer": (5, ["aching"]),
    "right_thigh_outer_upper": (7, ["aching", "shooting"]),
    "right_thigh_outer_lower": (6, ["shooting"]),
    "right_shin_outer": (5, ["shooting"]),
    "right_calf_outer": (4, ["aching"]),
    "right_ankle_outer": (3, ["tingling"]),
}
SECOND_MAP = {
    "right_buttock_upper_outer": (3, ["aching"]),
    "right_thigh_outer_upper": (4, ["aching"]),
    "right_thigh_outer_lower": (3, ["aching"]),
    "right_shin_outer": (2, ["aching"]),
}
ACTIVITIES = ["sitting", "driving", "lying_on_affected_side", "rising_from_chair"]
INTAKE = {
    "onset": "gradual",
    "trigger": "none",
    "started": "6_to_12_weeks",
    "worse": "leg",
    "numbness": "no",
    "pins_and_needles": "yes",
    "weakness": ["none"],
    "cough_sneeze": "no",
    "night_pain": "yes",
    "saddle_numbness": "no",
    "bladder_bowel_sexual": "no",
    "both_legs": "no",
    "weakness_worsening": "no",
    "fever_unwell": "no",
    "cancer_history": "no",
    "weight_loss": "no",
    "major_trauma": "no",
    "long_term_steroids": "no",
    "age": "20_to_50",
    "fragile_bones": "no",
    "weakness_both_legs": "no",
    "recent_infection": "no",
    "iv_drug_use": "no",
    "immunosuppression": "no",
    "rest_pain": "no",
    "widespread_neurology": "no",
    "no_improvement": "no",
    "thoracic_pain": "no",
    "deformity": "no",
    "inflammatory": "no",
}
FINDINGS = {
    "right.slr_angle": 80,
    "right.slr_leg_pain": "no",
    "right.ankle_reflex": "normal",
    "right.knee_reflex": "normal",
    "right.big_toe_extension": "normal",
    "slump": "negative",
    "sensory": "none",
    "trigger_point": "gluteus_minimus_anterior",
}
FIRST_TREATMENTS = [
    {"technique": "ischemic_compression", "muscle": "gluteus_minimus_anterior", "minutes": 10},
    {"technique": "myofascial_release", "muscle": "gluteus_minimus_anterior", "minutes": 15},
    {"technique": "effleurage", "muscle": "tensor_fasciae_latae", "minutes": 5},
]
SECOND_TREATMENTS = [
    {"technique": "ischemic_compression", "muscle": "gluteus_minimus_anterior", "minutes": 8},
    {
        "technique": "active_isolated_stretching",
        "muscle": "gluteus_minimus_anterior",
        "minutes": 10,
    },
]


def _chart(marks: dict[str, tuple[int, list[str]]], activities: list[str]) -> PainChart:
    return PainChart(tuple(Mark(r, i, tuple(q)) for r, (i, q) in marks.items()), tuple(activities))


def _right(rows: list[dict]) -> list[dict]:
    return [{**row, "side": "right"} for row in rows]


def seed_demo(session: Session, known: Vocabulary, today: date | None = None) -> Patient | None:
    """Add the demo patient with two sessions if there are no patients yet; else None."""
    if session.scalar(select(func.count()).select_from(Patient)):
        return None
    today = today or date.today()
    patient = create_patient(
        session, DEMO_NAME, notes="Made up to show PainMap; not a real person."
    )
    first = create_visit(session, patient.id, today - timedelta(days=14), author=DEMO_AUTHOR)
    save_visit(
        session,
        first.id,
        first.version,
        chart=_chart(FIRST_MAP, ACTIVITIES),
        intake=INTAKE,
        findings=FINDINGS,
        treatments=_right(FIRST_TREATMENTS),
        stretches=["gluteus_minimus_anterior"],
        notes="Pain down the outer thigh and leg for two months; worse sitting and driving. "
        "Pressure on the front of the right gluteus minimus brings on the familiar pain.",
        author=DEMO_AUTHOR,
        known=known,
    )
    second = create_visit(session, patient.id, today, author=DEMO_AUTHOR)
    save_visit(
        session,
        second.id,
        second.version,
        chart=_chart(SECOND_MAP, ACTIVITIES[:2]),
        treatments=_right(SECOND_TREATMENTS),
        notes="Less pain; the ankle is clear. Sitting still aggravates the thigh.",
        author=DEMO_AUTHOR,
        known=known,
    )
    return patient
