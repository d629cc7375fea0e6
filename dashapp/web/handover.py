"""Saving the walk-in device to a patient: the device bar's "Save to a patient".

POST /handover/patients, JSON {"name": TEXT}: the patients whose name holds TEXT, to pick
    from: 200 {"patients": [{"id", "label"}], "more": bool}; an empty TEXT lists nobody. (A
    POST, so that no name is written in an address, and so in no server's or proxy's log.)
POST /handover, JSON {"patient": id | null, "name": text | null, "chart": the walk-in's stored
    chart | null, "answers": {question: answer} | null, "findings": {field: value} | null}:
    a new session of that patient, or of a new patient of that name, holding all of it:
    200 {"patient", "visit", "name", "url"}; 400 or 413 {"error"}; 404 {"error"} for an
    unknown patient. Nothing is written unless everything is.

Neither route is open in clinic mode (web/access.py): only a signed-in person finds or saves
to a patient, and a tablet whose sign-in ended gets 401, so its page can say so and keep
everything (assets/handover.js clears the device only after a 200).
"""

from __future__ import annotations

from typing import Any

import flask

from dashapp import store
from dashapp.domain.chart import restore
from dashapp.services import Services, actor
from dashapp.store.models import Patient
from dashapp.store.validate import is_record_id
from dashapp.web.json_body import BodyProblem, read_json

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_SEARCH_BYTES = 4 * 1024
SHOWN = 8
SAVED = "saved from the walk-in device"


def register(server: flask.Flask, services: Services) -> None:
    """Mount the two routes on the app's Flask server."""
    routes = flask.Blueprint("handover", __name__)

    @routes.post("/handover/patients")
    def find():
        try:
            body = read_json(flask.request, MAX_SEARCH_BYTES)
        except BodyProblem as problem:
            return _answer({"error": str(problem)}, problem.status)
        text = body.get("name") if isinstance(body, dict) else None
        if not isinstance(text, str):
            return _answer({"error": 'Search with a name: {"name": text}.'}, 400)
        try:
            with services.db.begin() as db:
                found = store.search_patients(db, text, per_page=SHOWN) if text.strip() else None
                services.audit(db, "view", outcome="patient search (walk-in device)")
                listed = [{"id": p.id, "label": label(p)} for p in found.items] if found else []
        except store.InvalidInput as problem:
            return _answer({"error": str(problem)}, 400)
        return _answer({"patients": listed, "more": bool(found and found.total > SHOWN)}, 200)

    @routes.post("/handover")
    def save():
        try:
            given = walk_in(read_json(flask.request, MAX_BODY_BYTES), services)
        except BodyProblem as problem:
            return _answer({"error": str(problem)}, problem.status)
        except ValueError as problem:
            return _answer({"error": str(problem)}, 400)
        try:
            with services.db.begin() as db:
                visit = store.save_walk_in(
                    db, **given, known=services.vocabulary, author=actor().user_name
                )
                _audit(db, services, visit, added=given["name"] is not None)
                body = {
                    "patient": visit.patient_id,
                    "visit": visit.id,
                    "name": visit.patient.display_name,
                    "url": f"/sessions/{visit.id}",
                }
        except store.StoreError as problem:
            services.audited("change", patient_id=_id(given["patient_id"]), outcome="refused")
            return _answer(
                {"error": str(problem)}, 404 if isinstance(problem, store.NotFound) else 400
            )
        return _answer(body, 200)

    server.register_blueprint(routes)


def walk_in(body: Any, services: Services) -> dict[str, Any]:
    """What to save, from the request's JSON; ValueError names what cannot be read."""
    if not isinstance(body, dict):
        raise ValueError("The save must be a JSON object.")
    patient, name = body.get("patient"), body.get("name")
    if patient is not None and (isinstance(patient, bool) or not isinstance(patient, int)):
        raise ValueError("The patient must be given by their id, a whole number.")
    if name is not None and not isinstance(name, str):
        raise ValueError("The new patient's name must be text.")
    restored = restore(body.get("chart"), services.region_by_id, services.activity_ids)
    if restored.notices:
        # The walk-in page rewrites what it could not read, so this chart never came from it.
        raise ValueError(f"The map on this device cannot be saved: {' '.join(restored.notices)}")
    return {
        "patient_id": patient,
        "name": name,
        "chart": restored.chart,
        "intake": body.get("answers"),
        "findings": body.get("findings"),
    }


def label(patient: Patient) -> str:
    """How a patient is told apart from others of the same name in the list to pick from."""
    born = patient.birth_year or (patient.date_of_birth.year if patient.date_of_birth else None)
    extra = [f"born {born}" if born else "", patient.reference or ""]
    shown = ", ".join(part for part in extra if part)
    return f"{patient.display_name} ({shown})" if shown else patient.display_name


def _audit(db, services: Services, visit, *, added: bool) -> None:
    if added:
        services.audit(db, "change", patient_id=visit.patient_id, outcome="added")
    services.audit(db, "change", patient_id=visit.patient_id, visit_id=visit.id, outcome=SAVED)


def _id(value: Any) -> int | None:
    return value if is_record_id(value) else None


def _answer(body: dict, status: int):
    response = flask.jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response
