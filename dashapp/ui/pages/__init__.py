"""Pages, registered with Dash inside create_app (never at import time)."""

from __future__ import annotations

import dash

from dashapp.ui.pages import (
    atlas,
    compare,
    findings,
    not_found,
    patient,
    patient_record,
    patients,
    questions,
    roots,
    session,
)


def register_all() -> None:
    """Register every page; layouts look up their app's services per request."""
    dash.register_page(
        "patient",
        path="/",
        name="Where does it hurt?",
        title="PainMap: where does it hurt?",
        description="Mark where it hurts on a front and back body map.",
        layout=patient.layout,
        order=0,
    )
    dash.register_page(
        "atlas",
        path="/atlas",
        name="Muscle atlas",
        title="PainMap: muscle atlas",
        description="Trigger points and where they send pain, muscle by muscle.",
        layout=atlas.layout,
        order=1,
    )
    dash.register_page(
        "roots",
        path="/roots",
        name="Nerve roots",
        title="PainMap: nerve roots",
        description="Dermatomes in two maps, key movements and reflexes.",
        layout=roots.layout,
        order=2,
    )
    dash.register_page(
        "questions",
        path="/questions",
        name="A few questions",
        title="PainMap: a few questions",
        layout=questions.layout,
        order=3,
    )
    dash.register_page(
        "findings",
        path="/findings",
        name="Examination findings",
        title="PainMap: examination findings",
        layout=findings.layout,
        order=4,
    )
    dash.register_page(
        "compare",
        path="/compare",
        name="Nerve or muscle?",
        title="PainMap: nerve or muscle?",
        layout=compare.layout,
        order=5,
    )
    dash.register_page(
        "patients",
        path="/patients",
        name="Patients",
        title="PainMap: patients",
        layout=patients.layout,
        order=6,
    )
    dash.register_page(
        "patient_record",
        path_template="/patients/<patient_id>",
        name="Patient",
        title="PainMap: patient",
        layout=patient_record.layout,
    )
    dash.register_page(
        "session",
        path_template="/sessions/<visit_id>",
        name="Session",
        title="PainMap: session",
        layout=session.layout,
    )
    dash.register_page(
        "not_found_404",
        name="Page not found",
        title="PainMap: page not found",
        layout=not_found.layout,
    )
