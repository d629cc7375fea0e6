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

# (module name, address, name, layout); pages with a path_template take their id from it.
PAGES = (
    ("patient", "/", "Where does it hurt?", patient.layout),
    ("atlas", "/atlas", "Muscle atlas", atlas.layout),
    ("roots", "/roots", "Nerve roots", roots.layout),
    ("questions", "/questions", "A few questions", questions.layout),
    ("findings", "/findings", "Examination findings", findings.layout),
    ("compare", "/compare", "Nerve or muscle?", compare.layout),
    ("patients", "/patients", "Patients", patients.layout),
    ("patient_record", "/patients/<patient_id>", "Patient", patient_record.layout),
    ("session", "/sessions/<visit_id>", "Session", session.layout),
)


def register_all() -> None:
    """Register every page; layouts look up their app's services per request."""
    for order, (module, address, name, layout) in enumerate(PAGES):
        where = {"path_template": address} if "<" in address else {"path": address}
        dash.register_page(
            module, name=name, title=f"PainMap: {name.lower()}", layout=layout, order=order, **where
        )
    dash.register_page(
        "not_found_404",
        name="Page not found",
        title="PainMap: page not found",
        layout=not_found.layout,
    )
