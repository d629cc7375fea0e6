"""Intake links (dashapp/store/intake_links.py) over HTTP: a therapist makes and withdraws
them; a patient's own phone sends one intake with one, without signing in.

POST /patients/<id>/intake-links, JSON {"hours": 1-168} or nothing: 200 {"id", "url",
    "expires_at", "qr_svg"}; the token is in "url" and shown this once.
POST /patients/<id>/intake-links/<link>/revoke: 200 {"revoked": true}.
POST /intake/<token>, JSON {"chart": the map's chart JSON, "answers": {...}}: 200 {"sent":
    true}; 404 {"error"} with one same answer for every link that does not work; 400 for bad
    input (the link stays usable); 429 after too many refused tries from one address.

Only /intake/<token> is open in clinic mode (web/access.py OPEN_ENDPOINTS): it shows nothing
of any record, whatever the token. Refusals are counted from the audit trail (address and
time), so the limit holds across workers and hosts.
"""

from __future__ import annotations

from typing import Any

import flask

from dashapp import store
from dashapp.domain.chart import restore
from dashapp.formats.qr import qr_svg
from dashapp.services import Services, actor
from dashapp.store import intake_links
from dashapp.web.json_body import BodyProblem, read_json

MAX_BODY_BYTES = 2 * 1024 * 1024
# Re-exported: the limit and its word in the audit trail live with the links (the page that
# a link opens counts its refusals too).
REFUSED = intake_links.REFUSED
REFUSAL_LIMIT = intake_links.REFUSAL_LIMIT
REFUSAL_WINDOW = intake_links.REFUSAL_WINDOW
SEND_ENDPOINT = "intake_links.send"


def register(server: flask.Flask, services: Services) -> None:
    """Mount the routes on the app's Flask server."""
    routes = flask.Blueprint("intake_links", __name__)

    @routes.post("/patients/<int:patient_id>/intake-links")
    def make(patient_id: int):
        body = flask.request.get_json(silent=True) or {}
        hours = body.get("hours", intake_links.LINK_HOURS) if isinstance(body, dict) else None
        try:
            with services.db.begin() as db:
                link, token = intake_links.create_link(
                    db, patient_id, hours=hours, author=actor().user_name
                )
                services.audit(db, "change", patient_id=patient_id, outcome="intake link made")
                url = flask.url_for("intake_links.send", token=token, _external=True)
                answer = {
                    "id": link.id,
                    "url": url,
                    "expires_at": link.expires_at.isoformat(),
                    "qr_svg": qr_svg(url),
                }
        except store.StoreError as problem:
            return _answer({"error": str(problem)}, _status(problem))
        return _answer(answer, 200)

    @routes.post("/patients/<int:patient_id>/intake-links/<int:link_id>/revoke")
    def revoke(patient_id: int, link_id: int):
        try:
            with services.db.begin() as db:
                intake_links.revoke_link(db, patient_id, link_id)
                services.audit(db, "change", patient_id=patient_id, outcome="intake link revoked")
        except store.StoreError as problem:
            return _answer({"error": str(problem)}, _status(problem))
        return _answer({"revoked": True}, 200)

    @routes.post("/intake/<token>")
    def send(token: str):
        if _refusals(services) >= REFUSAL_LIMIT:
            return _answer({"error": intake_links.TOO_MANY}, 429)
        try:
            chart, answers = _sent(read_json(flask.request, MAX_BODY_BYTES), services)
            with services.db.begin() as db:
                visit = intake_links.send_by_link(
                    db, token, chart=chart, intake=answers, known=services.vocabulary
                )
                outcome = "sent by the patient with an intake link"
                services.audit(
                    db, "change", patient_id=visit.patient_id, visit_id=visit.id, outcome=outcome
                )
        except BodyProblem as problem:
            return _answer({"error": str(problem)}, problem.status)
        except (ValueError, store.StoreError) as problem:
            services.audited("change", outcome=REFUSED)  # no patient: the token names none
            return _answer({"error": str(problem)}, _status(problem))
        return _answer({"sent": True}, 200)

    server.register_blueprint(routes)


def _sent(body: Any, services: Services):
    if not isinstance(body, dict):
        raise ValueError("The intake must be a JSON object.")
    restored = restore(body.get("chart"), services.region_by_id, services.activity_ids)
    if restored.notices:
        raise ValueError(f"The map cannot be sent: {' '.join(restored.notices)}")
    return restored.chart, body.get("answers")


def _refusals(services: Services) -> int:
    """How many intake-link refusals this address had lately."""
    with services.db() as db:
        return intake_links.recent_refusals(db, actor().address or "")


def _status(problem: Exception) -> int:
    return 404 if isinstance(problem, store.NotFound) else 400


def _answer(body: dict, status: int):
    response = flask.jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response
