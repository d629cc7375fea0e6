"""A small read-only JSON API for other tools: the atlas and the reverse lookup.

GET  /api/v1/muscles              every atlas muscle, grouped data flat
GET  /api/v1/muscles/<id>         one muscle with trigger points, referral pattern and zones
GET  /api/v1/lookup?regions=a,b&activities=driving
POST /api/v1/lookup               {"marks": {"region_id": 0-10 or null}, "activities": [...]}
POST /api/v1/assessment           marks, activities, strokes, answers, findings -> red flags, gate,
                                  comparison, root fits, muscle fits (see the README)
GET  /api/v1/vocabulary           what an assessment may say

Malformed requests get 400 with {"error": "..."} naming the problem; nothing is ever written.
"""

from __future__ import annotations

import json
from typing import Any

import flask

from dashapp.domain import assessment
from dashapp.domain.atlas.lookup import rank
from dashapp.services import Services
from dashapp.web.json_body import BodyProblem, read_json
from dashapp.web.lookup_query import parse_query

MAX_BODY_BYTES = 64 * 1024
NOTE = "Educational only: this suggests where pain may come from; it is not a diagnosis."


def register(server: flask.Flask, services: Services) -> None:
    """Mount the API's routes on the app's Flask server."""
    api = flask.Blueprint("api", __name__, url_prefix="/api/v1")

    @api.get("/muscles")
    def muscles():
        return {"muscles": [_muscle(services, m.id) for m in services.atlas.muscles]}

    @api.get("/muscles/<muscle_id>")
    def muscle(muscle_id: str):
        if muscle_id not in services.atlas.muscle_ids:
            return _error(f"Unknown muscle id: {muscle_id!r}.", 404)
        return _muscle(services, muscle_id, detail=True)

    @api.route("/lookup", methods=["GET", "POST"])
    def lookup():
        try:
            if flask.request.method == "POST":
                payload = read_json(flask.request, MAX_BODY_BYTES)
            else:
                payload = _from_query(flask.request.args)
        except BodyProblem as problem:
            return _error(str(problem), problem.status)
        try:
            query = parse_query(payload, services.region_by_id, services.activity_ids)
        except ValueError as problem:
            return _error(str(problem))
        candidates = rank(services.patterns, query.marks, services.region_areas, query.activities)
        return {
            "regions": list(query.marks),
            "activities": list(query.activities),
            "candidates": [_candidate(services, c) for c in candidates[:10]],
            "note": NOTE,
        }

    @api.get("/vocabulary")
    def vocabulary():
        return assessment.vocabulary(services.reference)

    @api.post("/assessment")
    def assess():
        try:
            payload = read_json(flask.request, MAX_BODY_BYTES)
        except BodyProblem as problem:
            return _error(str(problem), problem.status)
        reference = services.reference
        try:
            request = assessment.parse_request(
                payload,
                services.region_by_id,
                services.activity_ids,
                reference.sciatica.muscle_names,
                [v.view for v in services.views],
            )
            result = assessment.assess(request, reference)
        except ValueError as problem:
            return _error(str(problem))
        # Sent in the order written, not sorted: the red flags come first.
        answer = json.dumps(result, ensure_ascii=False)
        return flask.Response(answer, mimetype="application/json")

    server.register_blueprint(api)


def _from_query(args) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    for key in args:
        if key not in {"regions", "activities"}:
            payload[key] = args.get(key)
    if "regions" in args:
        payload["regions"] = [r for r in args.get("regions", "").split(",") if r]
    if "activities" in args:
        payload["activities"] = [a for a in args.get("activities", "").split(",") if a]
    return payload


def _error(message: str, status: int = 400):
    return flask.jsonify({"error": message}), status


def _muscle(services: Services, muscle_id: str, detail: bool = False) -> dict[str, Any]:
    atlas = services.atlas
    muscle = atlas.muscle(muscle_id)
    referral = atlas.referral(muscle_id)
    data: dict[str, Any] = {
        "id": muscle.id,
        "name": muscle.name,
        "body_area": muscle.body_area,
        "depth": muscle.depth,
        "below_knee": referral.below_knee,
        "below_elbow": referral.below_elbow,
        "can_mimic": list(referral.can_mimic),
    }
    if not detail:
        return data
    data.update(
        innervation=muscle.innervation,
        spinal_levels=muscle.spinal_levels,
        action=muscle.action,
        trigger_points=[
            {"tp": tp.tp, "location": tp.location, "confidence": tp.confidence}
            for tp in atlas.trigger_points_for(muscle_id)
        ],
        referral={
            "essential_zone": referral.essential_zone,
            "spillover_zone": referral.spillover_zone,
            "symptoms": referral.symptoms,
            "confidence": referral.confidence,
            "caution": referral.caution,
            "sources": list(referral.sources),
        },
        activities=[a.id for a in atlas.activities_for(muscle_id)],
        techniques=[t.id for t in atlas.techniques_for(muscle_id)],
        zones=[
            {"id": z.id, "side": z.side, "kind": z.kind, "view": z.view, "path": z.path}
            for z in services.zones
            if z.muscle == muscle_id
        ],
        markers=[
            {"tp": m.tp, "side": m.side, "view": m.view, "x": m.x, "y": m.y}
            for m in services.trigger_points
            if m.muscle == muscle_id
        ],
    )
    return data


def _candidate(services: Services, candidate) -> dict[str, Any]:
    return {
        "muscle": candidate.muscle,
        "name": services.atlas.muscle(candidate.muscle).name,
        "side": candidate.side,
        "score": candidate.score,
        "explained": candidate.explained,
        "coverage": candidate.coverage,
        "in_essential_zone": list(candidate.in_essential),
        "in_spillover_zone": list(candidate.in_spillover),
        "matched_activities": list(candidate.matched_activities),
        "why": services.explain(candidate),
    }
