"""The pages Dash serves: each loads what it shows, then hands it to its ui/ builder.

Pages are registered with Dash's one page registry; each looks up the services of the app
serving the request, so two apps in one process each show their own data.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import quote, urlencode

import dash
import flask
import flask_login
from dash import Dash, html

from dashapp import loaders
from dashapp.domain.body.root_choice import parse_roots
from dashapp.formats.exchange import MAX_BYTES as MAX_IMPORT_BYTES
from dashapp.services import Services, current
from dashapp.store.intake_links import TOO_MANY, UNUSABLE
from dashapp.ui.components import atlas_address, atlas_overlay
from dashapp.ui.pages import (
    atlas,
    compare,
    findings,
    not_found,
    patient,
    patient_record,
    patients,
    phone,
    questions,
    session,
)
from dashapp.ui.pages import roots as roots_layout


def patient_page(**_query: str) -> html.Section:
    app = current()
    return patient.layout(app.reference, app.explain)


def atlas_page(muscle=None, side=None, present=None, overlay=None, visit=None, **_):
    services = current()
    app = services.reference
    query = (muscle, side, present, overlay, visit)
    address = atlas_address.parse(app.atlas.muscle_ids, atlas_overlay.ROOTS, *query)
    shown = None
    if address.visit:
        shown, problem = _atlas_visit(services, address.visit)
        if problem:
            address = replace(address, visit="", problems=(*address.problems, problem))
    return atlas.layout(app, address, shown)


def _atlas_visit(services: Services, visit_id: str):
    """A session's chart for the atlas, or why it is not shown. The atlas may be open to
    everyone in clinic mode (PUBLIC_PAGES), so a session is shown only to someone signed in."""
    if services.settings["MODE"] == "clinic" and not _signed_in():
        return None, "Sign in to see a session's marks under the pattern."
    shown = loaders.load_visit_chart(services, visit_id)
    return (shown, None) if shown else (None, f"There is no session {visit_id}.")


def _signed_in() -> bool:
    """Whether the request comes from a signed-in person (web/access.py signs them in)."""
    if not hasattr(flask.current_app, "login_manager"):
        return False
    return bool(flask_login.current_user and flask_login.current_user.is_authenticated)


def roots_page(roots: str | None = None, root: str | None = None, **_):
    # ?root=L5 is the address the page had before it showed two roots; links to it still work.
    text = _one(roots) if roots is not None else _one(root)
    return roots_layout.layout(current().reference, parse_roots(text))


def patients_page(**_query: str) -> html.Section:
    return patients.layout(max_import_bytes=MAX_IMPORT_BYTES)


def findings_page(**_query: str) -> html.Section:
    return findings.layout(current().atlas)


def record_page(patient_id: str = "", **_query: str) -> html.Section:
    data = loaders.load_record(current(), _one(patient_id) or "")
    return patient_record.layout(data) if data else missing_patient()


def session_page(visit_id: str = "", **_query: str) -> html.Section:
    app = current()
    data = loaders.load_session(app, _one(visit_id) or "")
    return session.layout(data, app.reference) if data else missing_session()


def phone_page(token: str = "", **_query: str) -> html.Section:
    """The patient's own phone, with an intake link: the one page such a link opens."""
    app, token = current(), _one(token) or ""
    refused = loaders.intake_refusal(app, token)
    if refused:
        # A link that no longer works forgets its draft; a pause for too many tries does not.
        return phone.gone(refused, phone.draft_key(token) if refused == UNUSABLE else None)
    return phone.layout(app.reference, f"/intake/{quote(token, safe='')}", phone.draft_key(token))


def _one(value: str | list[str] | None) -> str | None:
    """A query parameter given twice (`?root=L4&root=L5`) arrives as a list: read the first."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def missing_patient() -> html.Section:
    return not_found.missing("Patient not found", "All patients", "/patients")


def missing_session() -> html.Section:
    return not_found.missing("Session not found", "All patients", "/patients")


# (module name, address, name, layout); pages with a path_template take their id from it.
PAGES = (
    ("patient", "/", "Where does it hurt?", patient_page),
    ("atlas", "/atlas", "Muscle atlas", atlas_page),
    ("roots", "/roots", "Nerve roots", roots_page),
    ("questions", "/questions", "A few questions", questions.layout),
    ("findings", "/findings", "Examination findings", findings_page),
    ("compare", "/compare", "Nerve or muscle?", compare.layout),
    ("patients", "/patients", "Patients", patients_page),
    ("patient_record", "/patients/<patient_id>", "Patient", record_page),
    ("session", "/sessions/<visit_id>", "Session", session_page),
    ("phone", "/intake/<token>", "Your intake", phone_page),
)
# What each PUBLIC_PAGES name opens in clinic mode: pages without saved patient data.
PUBLIC = {
    "walk-in": ("/",),
    "atlas": ("/atlas",),
    "roots": ("/roots",),
    "consult": ("/questions", "/findings", "/compare"),
}


# The one page open to everyone in clinic mode, whatever PUBLIC_PAGES says: a patient's own
# phone with an intake link. It shows nothing of any record without a usable token.
OPEN_PAGES = (re.compile(r"/intake/[A-Za-z0-9_-]{1,200}"),)


def public_paths(names: tuple[str, ...]) -> set[str]:
    """The page addresses the PUBLIC_PAGES names open."""
    return {path for name in names for path in PUBLIC.get(name, ())}


# Addresses of one record, answered with 404 when the record does not exist.
RECORDS = re.compile(r"^/(patients|sessions)/([^/]*)$")
# The names the record addresses give their ids (see PAGES).
ADDRESS_NAMES = {"patient_id", "visit_id"}


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


def register(app: Dash, services: Services) -> None:
    """Register the pages, and send a missing record's page, and the page of an intake link
    that does not work, with HTTP status 404."""
    register_all()

    @app.server.before_request
    def unusable_link():
        if flask.request.method not in ("GET", "HEAD"):
            return None  # POST /intake/<token> is Send (web/intake_links.py)
        if not any(pattern.fullmatch(flask.request.path) for pattern in OPEN_PAGES):
            return None
        # The page itself says why (the router asks again); this is its status alone. Counted
        # as a refusal, so that the status tells a guesser nothing more than the page would.
        refused = loaders.intake_refusal(services, flask.request.path.rsplit("/", 1)[1])
        if refused:
            return flask.make_response(app.index(), 429 if refused == TOO_MANY else 404)
        return None

    @app.server.before_request
    def missing_record():
        found = RECORDS.match(flask.request.path)
        if not found:
            return None
        if ADDRESS_NAMES & flask.request.args.keys():
            # Dash lets a query parameter override the id in the address; the address wins.
            kept = [
                (k, v) for k, v in flask.request.args.items(multi=True) if k not in ADDRESS_NAMES
            ]
            return flask.redirect(flask.request.path + (f"?{urlencode(kept)}" if kept else ""))
        if not loaders.exists(services, *found.groups()):
            return flask.make_response(app.index(), 404)
        return None
