"""Downloads of saved records: marks as CSV, the full course as JSON, reports as PDF, a map
as PNG. Built in Python from the database; nothing here needs a browser."""

from __future__ import annotations

import flask

from dashapp import store
from dashapp.domain import clock
from dashapp.domain.course import PatientCourse, Session
from dashapp.formats import report, svg, svg_multiples, tables
from dashapp.formats.exchange import dumps
from dashapp.services import Services, local_zone


def register(server: flask.Flask, services: Services) -> None:
    """Mount the download routes on the app's Flask server."""
    downloads = flask.Blueprint("downloads", __name__)

    def saved_course(patient_id: int) -> PatientCourse:
        with services.db() as db:
            try:
                saved = store.patient_course(db, patient_id, services.vocabulary)
            except store.NotFound:
                flask.abort(404)
        services.audited("export", patient_id=patient_id, outcome=_what())
        return saved

    def course(patient_id: int) -> tuple[str, list[Session]]:
        saved = saved_course(patient_id)
        return saved.patient["name"], list(saved.sessions)

    def labels() -> dict[str, str]:
        atlas = services.atlas
        return {
            **{t.id: t.label for t in atlas.techniques},
            **{m.id: m.name for m in atlas.muscles},
            **{a.id: a.label for a in atlas.activities},
        }

    @downloads.get("/patients/<int:patient_id>/marks.csv")
    def marks_csv(patient_id: int):
        _, sessions = course(patient_id)
        text = tables.marks_csv([(s.date, s.chart) for s in sessions], services.regions)
        return _file(text.encode(), "text/csv", f"painmap-patient-{patient_id}-marks.csv")

    @downloads.get("/patients/<int:patient_id>/maps.svg")
    def maps_svg(patient_id: int):
        _, sessions = course(patient_id)
        times = clock.session_times([(s.date, s.started) for s in sessions], local_zone())
        named = zip(clock.session_labels(times), (s.chart for s in sessions), strict=True)
        picture = svg_multiples.render_small_multiples(
            list(named), services.views, services.regions
        )
        return flask.Response(picture, mimetype="image/svg+xml")

    @downloads.get("/patients/<int:patient_id>/export.json")
    def export_json(patient_id: int):
        body = dumps(saved_course(patient_id))
        return _file(body.encode(), "application/json", f"painmap-patient-{patient_id}.json")

    @downloads.get("/patients/<int:patient_id>/report.pdf")
    def course_report(patient_id: int):
        name, sessions = course(patient_id)
        wpi = services.reference.wpi_map
        pdf = report.course_pdf(
            name,
            sessions,
            services.views,
            services.regions,
            wpi,
            labels=labels(),
            zone=local_zone(),
        )
        return _file(pdf, "application/pdf", f"painmap-patient-{patient_id}.pdf")

    def one(visit_id: int) -> tuple[str, Session]:
        with services.db() as db:
            try:
                visit = store.get_visit(db, visit_id)
            except store.NotFound:
                flask.abort(404)
            name = visit.patient.display_name
            services.audited(
                "export", patient_id=visit.patient_id, visit_id=visit_id, outcome=_what()
            )
            return name, store.visit_session(visit, services.vocabulary)

    @downloads.get("/sessions/<int:visit_id>/report.pdf")
    def session_report(visit_id: int):
        name, session = one(visit_id)
        pdf = report.session_pdf(
            name,
            session,
            services.views,
            services.regions,
            wpi_map=services.reference.wpi_map,
            labels=labels(),
            zone=local_zone(),
            reference=services.reference,
        )
        return _file(pdf, "application/pdf", f"painmap-session-{visit_id}.pdf")

    @downloads.get("/sessions/<int:visit_id>/map.png")
    def session_png(visit_id: int):
        _, session = one(visit_id)
        picture = svg.render_svg(
            session.chart,
            services.views,
            services.regions,
            title=f"Session of {session.date.isoformat()}",
        )
        return _file(svg.to_png(picture), "image/png", f"painmap-session-{visit_id}.png")

    server.register_blueprint(downloads)


def _what() -> str:
    """Which download this is, for the audit trail: its route's name (marks_csv, ...)."""
    return (flask.request.endpoint or "").rpartition(".")[2]


def _file(body: bytes, mimetype: str, name: str) -> flask.Response:
    response = flask.Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


__all__ = ["register"]
