"""Admin pages (admins only, checked by access.py): accounts (add, disable, reset) and the
audit trail (filter, download as CSV), times in the reader's zone. Plain HTML forms; the one
script tells the browser's time zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

import flask

from dashapp.domain import clock
from dashapp.domain.accounts import ACTIONS, ROLES, AuditFilter
from dashapp.formats.audit import audit_csv
from dashapp.services import Services, local_zone
from dashapp.store import accounts, audit
from dashapp.store.errors import StoreError
from dashapp.web.access import signed_in_account

SHOWN_ROWS = 500
MAX_ID = 2**63 - 1


def register(server: flask.Flask, services: Services) -> None:
    """Mount /admin/users and /admin/audit on the app's Flask server."""
    admin = flask.Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")

    @admin.get("/users")
    def users():
        return _users_page(services)

    @admin.post("/users")
    def add_user():
        form = flask.request.form
        return _change(
            services,
            lambda db: accounts.add_user(
                db, form.get("name", ""), form.get("role", ""), form.get("password", "")
            ),
            "added {name} ({role})",
        )

    @admin.post("/users/<int:user_id>/disabled")
    def disable(user_id: int):
        off = flask.request.form.get("disabled") == "1"
        me = signed_in_account()
        if off and me is not None and me.id == user_id:
            return _users_page(services, problem="You cannot disable your own account.")
        return _change(
            services,
            lambda db: accounts.set_disabled(db, user_id, off),
            "disabled {name}" if off else "enabled {name}",
        )

    @admin.post("/users/<int:user_id>/password")
    def reset(user_id: int):
        password = flask.request.form.get("password", "")
        return _change(
            services,
            lambda db: accounts.set_password(db, user_id, password),
            "reset the password of {name}",
        )

    @admin.get("/audit")
    def audit_page():
        zone = local_zone()
        where, problem = _filter(flask.request.args, zone)
        with services.db() as db:
            rows = audit.entries(db, where, limit=SHOWN_ROWS) if not problem else []
        return flask.render_template(
            "audit.html",
            rows=rows,
            zone=clock.zone_name(zone),
            at=lambda moment: clock.time_text(moment, zone, seconds=True),
            args=flask.request.args,
            actions=ACTIONS,
            problem=problem,
            shown=SHOWN_ROWS,
            query=flask.request.query_string.decode(),
        )

    @admin.get("/audit.csv")
    def audit_download():
        where, problem = _filter(flask.request.args, local_zone())
        if problem:
            return flask.Response(problem + "\n", status=400, mimetype="text/plain")
        with services.db.begin() as db:
            rows = audit.entries(db, where)
            services.audit(db, "audit", outcome="downloaded the audit trail")
        response = flask.Response(audit_csv(rows), mimetype="text/csv")
        response.headers["Content-Disposition"] = 'attachment; filename="painmap-audit.csv"'
        return response

    server.register_blueprint(admin)


def _users_page(services: Services, *, done: str = "", problem: str = "", status: int = 200):
    with services.db() as db:
        people = accounts.list_users(db)
    html = flask.render_template(
        "users.html", people=people, roles=ROLES, done=done, problem=problem, me=signed_in_account()
    )
    return flask.Response(html, status=status, mimetype="text/html")


def _change(services: Services, change, said: str):
    """Make an account change, audit it, and show the accounts page with how it went."""
    try:
        with services.db.begin() as db:
            account = change(db)
            services.audit(db, "account", outcome=said.format(name=account.name, role=account.role))
    except StoreError as problem:
        return _users_page(services, problem=str(problem), status=400)
    return _users_page(
        services, done=said.format(name=account.name, role=account.role).capitalize() + "."
    )


def _filter(args, zone: tzinfo) -> tuple[AuditFilter, str]:
    """The audit filter the query names (its days are the reader's, in `zone`), or a problem
    to show."""
    try:
        patient = args.get("patient", "").strip()
        if patient and (not patient.isdigit() or int(patient) > MAX_ID):
            raise ValueError(patient)
        since, until = _day(args.get("since"), zone), _day(args.get("until"), zone)
        return AuditFilter(
            user_name=args.get("user", "").strip(),
            action=args.get("action", "") if args.get("action", "") in ACTIONS else "",
            patient_id=int(patient) if patient else None,
            since=since,
            until=until + timedelta(days=1) if until else None,
        ), ""
    except ValueError:
        return AuditFilter(), "Dates are written 2026-03-09 and a patient id is a number."


def _day(text: str | None, zone: tzinfo) -> datetime | None:
    text = (text or "").strip()
    return datetime.combine(date.fromisoformat(text), datetime.min.time(), zone) if text else None
