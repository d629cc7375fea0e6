"""The session page's autosave: POST /sessions/<id>/autosave with the map, notes, answers and
findings it shows.

The page (assets/painmap.js) sends one save at a time and sends what was typed meanwhile when
the answer comes back. Each save names the map and notes it last saw saved (`base`, a
fingerprint); the server writes only if the session still holds them, so a tab's own saves
never conflict with each other while someone else's change is never overwritten unseen.

Body: {"base": str, "draft": DRAFT, "unconfirmed": [DRAFT, ...]}, where
DRAFT is {"selected": [region], "intensities": {region: 0-10 | null},
"qualities": {region: [word]}, "notes": str, "strokes": [stroke], "activities": [activity],
"answers": {question: answer}, "findings": {"right.slr_angle": 40, ...}}; `strokes`, the
freehand drawing (domain/drawing.py), replaces the saved one when given ([] clears it), and
`activities` (what makes it worse), `answers` (the intake questions) and `findings` (the
examination, as the findings form keeps them) replace theirs; each is left as it is when not
given (or null). `unconfirmed` are drafts sent before whose
answer never came (the server may have died after writing one): a session that holds one of
them holds this tab's own save, not someone else's.

Answers: 200 {"base", "version", "saved_at"} when saved; 200 {"conflict": {"base", "notes",
"changed_at", "changed_what"}} when someone else changed the map or notes (an expected answer
that the page turns into a choice, not an HTTP failure); 400 or 413 {"error"}; 404 for an
unknown session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import flask

from dashapp import store
from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import ChartProblem, PainChart
from dashapp.domain.drawing import Stroke, check_strokes
from dashapp.services import Services
from dashapp.store import validate

MAX_BODY_BYTES = 512 * 1024
MAX_UNCONFIRMED = 20
# Another request may commit between this one's read and its write; then it reads again.
ATTEMPTS = 3


@dataclass(frozen=True)
class Draft:
    """What the session page shows: the areas marked, their answers, the notes."""

    selected: tuple[str, ...]
    intensities: Mapping[str, Any]
    qualities: Mapping[str, Any]
    notes: str
    strokes: tuple[Stroke, ...] | None = None  # None: the saved drawing stays
    activities: tuple[str, ...] | None = None  # None (here and below): the saved ones stay
    answers: Mapping[str, Any] | None = None
    findings: Mapping[str, Any] | None = None

    def on(self, chart: PainChart, services: Services) -> PainChart:
        """The chart as this draft shows it, built on the saved one."""
        shown = chart.with_answers(
            self.selected, self.intensities, self.qualities, services.region_by_id
        )
        if self.activities is not None:
            # Checked against the vocabulary when saved (store.validate.chart).
            shown = replace(shown, activities=self.activities)
        return shown if self.strokes is None else replace(shown, strokes=self.strokes)

    def holds(self, visit, chart: PainChart, services: Services) -> bool:
        """Whether the saved session is what this draft would have saved."""
        if self.notes != visit.notes or self.on(chart, services) != chart:
            return False
        answers, findings = held(visit)
        known = services.vocabulary
        try:
            same_answers = (
                self.answers is None or validate.intake(self.answers, known)[0] == answers
            )
            same_findings = (
                self.findings is None or validate.findings(self.findings, known) == findings
            )
        except store.InvalidInput:
            return False
        return same_answers and same_findings


def held(visit) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    """The answers and the findings a loaded session holds ({} for none)."""
    return (
        visit.intake.answers if visit.intake else {},
        visit.findings.values if visit.findings else {},
    )


def base_of(visit, chart: PainChart) -> str:
    """The fingerprint of what a loaded session holds that the page may overwrite."""
    return fingerprint(chart, visit.notes, *held(visit))


def draft(payload: Any) -> Draft:
    """A draft from JSON; ValueError names what is malformed."""
    if not isinstance(payload, dict):
        raise ValueError("The draft must be an object.")
    selected = payload.get("selected") or []
    intensities = payload.get("intensities") or {}
    qualities = payload.get("qualities") or {}
    notes = payload.get("notes") or ""
    if not isinstance(selected, list) or not all(isinstance(r, str) for r in selected):
        raise ValueError("The selected areas must be a list of ids.")
    if not isinstance(intensities, dict) or not isinstance(qualities, dict):
        raise ValueError("The intensities and qualities must be objects keyed by area.")
    if not isinstance(notes, str):
        raise ValueError("The notes must be text.")
    return Draft(
        tuple(selected),
        intensities,
        qualities,
        notes,
        _strokes(payload),
        _activities(payload.get("activities")),
        _object(payload.get("answers"), "The answers"),
        _object(payload.get("findings"), "The findings"),
    )


def _activities(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise ValueError("What makes it worse must be a list of activity ids.")
    return tuple(value)


def _object(value: Any, what: str) -> Mapping[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError(f"{what} must be an object keyed by question.")
    return value


def _strokes(payload: dict) -> tuple[Stroke, ...] | None:
    if payload.get("strokes") is None:
        return None
    try:
        return check_strokes(payload["strokes"])
    except ChartProblem as problem:
        where = "The drawing" if problem.index is None else f"Drawn stroke {problem.index + 1}"
        raise ValueError(f"{where}: {problem}.") from None


def register(server: flask.Flask, services: Services) -> None:
    """Mount the autosave route on the app's Flask server."""
    routes = flask.Blueprint("autosave", __name__)

    @routes.post("/sessions/<int:visit_id>/autosave")
    def autosave(visit_id: int):
        if (flask.request.content_length or 0) > MAX_BODY_BYTES:
            return _answer({"error": "The save is too large."}, 413)
        payload = flask.request.get_json(silent=True)
        try:
            if not isinstance(payload, dict) or not isinstance(payload.get("base"), str):
                raise ValueError("The save must be a JSON object with a base.")
            mine = draft(payload.get("draft"))
            unconfirmed = [draft(d) for d in (payload.get("unconfirmed") or [])]
        except ValueError as problem:
            return _answer({"error": str(problem)}, 400)
        for _ in range(ATTEMPTS):
            try:
                with services.db.begin() as db:
                    body, status = _save(db, services, visit_id, payload["base"], mine, unconfirmed)
                return _answer(body, status)
            except store.ConflictError:
                continue
            except store.NotFound:
                flask.abort(404)
            except store.InvalidInput as problem:
                return _answer({"error": str(problem)}, 400)
        return _answer({"error": "The session is busy; try again."}, 503)

    server.register_blueprint(routes)


def _save(db, services: Services, visit_id: int, base: str, mine: Draft, unconfirmed):
    """Save `mine` if the session holds what the tab last saw (or an unconfirmed save of it)."""
    visit = store.get_visit(db, visit_id)
    chart = store.visit_chart(visit, services.vocabulary)
    unchanged = base_of(visit, chart) == base or any(
        d.holds(visit, chart, services) for d in unconfirmed[-MAX_UNCONFIRMED:]
    )
    if not unchanged:
        return {
            "conflict": {
                "base": base_of(visit, chart),
                "notes": visit.notes,
                "changed_at": visit.updated_at.isoformat(),
                "changed_what": visit.last_change,
            }
        }, 200
    saved = store.save_visit(
        db,
        visit.id,
        visit.version,
        chart=mine.on(chart, services),
        notes=mine.notes,
        intake=mine.answers,
        findings=mine.findings,
        known=services.vocabulary,
    )
    services.audit(db, "change", patient_id=visit.patient_id, visit_id=visit.id, outcome="map")
    stored = store.visit_chart(saved, services.vocabulary)
    return {
        "base": base_of(saved, stored),
        "version": saved.version,
        "saved_at": saved.updated_at.isoformat(),
    }, 200


def _answer(body: dict, status: int):
    response = flask.jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response
