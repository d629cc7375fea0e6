"""Signing in and out (clinic mode): a plain HTML form, no script, so it works under the CSP.

Every attempt goes into the audit trail. Failed ones are kept in the database, so the limit
(five in 15 minutes, for one name or from one address) holds across workers and hosts.
"""

from __future__ import annotations

import math
import time
from datetime import datetime

import flask
import flask_login

from dashapp.domain.accounts import Actor, account_name
from dashapp.services import Services, act_as
from dashapp.store import accounts
from dashapp.store.models import utcnow
from dashapp.web.access import SEEN, SignedIn, safe_next

NO_MATCH = "That name and password do not match an account that may sign in."
SIGNED_OUT = "You are signed out."


def register(server: flask.Flask, services: Services, *, idle_minutes: int) -> None:
    """Mount /signin and /signout on the app's Flask server."""
    routes = flask.Blueprint("account", __name__, template_folder="templates")

    @routes.get("/signin")
    def signin():
        args = flask.request.args
        note = ""
        if args.get("idle"):
            note = f"You were signed out after {idle_minutes} minutes without activity."
        elif args.get("out"):
            note = SIGNED_OUT
        return _form(args.get("next", ""), note=note)

    @routes.post("/signin", endpoint="signin_post")
    def signin_post():
        form = flask.request.form
        name, then = form.get("name", "")[:200], safe_next(form.get("next"))
        address = flask.request.remote_addr or "unknown"
        with services.db.begin() as db:
            until = accounts.locked_until(db, name, address)
            account = None if until else accounts.signed_in(db, name, form.get("password", ""))
            if account is None and until is None:
                accounts.record_failure(db, name, address)
            elif account is not None:
                accounts.forget_failures(db, name)
            who = Actor(account.id, account.name, address) if account else _tried(name, address)
            act_as(who)
            services.audit(
                db, "sign-in", outcome="locked" if until else ("ok" if account else "refused")
            )
        if until is not None:
            return _form(then, problem=locked_message(until), status=429)
        if account is None:
            return _form(then, problem=NO_MATCH, name=name, status=401)
        flask.session.clear()  # a new session, never one made before signing in
        flask_login.login_user(SignedIn(account))
        flask.session[SEEN] = int(time.time())
        return flask.redirect(then)

    @routes.post("/signout")
    def signout():
        if flask_login.current_user.is_authenticated:
            services.audited("sign-out")
        flask_login.logout_user()
        flask.session.clear()
        return flask.redirect("/signin?out=1")

    server.register_blueprint(routes)


def _tried(name: str, address: str) -> Actor:
    """Who tried: the name typed, when it could be an account's (not a mistyped password)."""
    try:
        return Actor(None, account_name(name), address)
    except ValueError:
        return Actor(None, None, address)


def locked_message(until: datetime) -> str:
    """A calm word on why signing in is paused and for how long."""
    minutes = max(1, math.ceil((until - utcnow()).total_seconds() / 60))
    return (
        "There were several unsuccessful tries to sign in, so signing in is paused for a "
        f"while to keep the records safe. Please try again in {minutes} minute"
        f"{'s' if minutes != 1 else ''}."
    )


def _form(then: str, *, note: str = "", problem: str = "", name: str = "", status: int = 200):
    html = flask.render_template(
        "signin.html", next=safe_next(then), note=note, problem=problem, name=name
    )
    return flask.Response(html, status=status, mimetype="text/html")


__all__ = ["locked_message", "register"]
