"""The one access check (clinic mode): every request needs a signed-in person, except the
sign-in page, static files, Dash's framework routes (which carry no patient data), what
PUBLIC_PAGES opens, and the page of an intake link on a patient's own phone (Public.patterns).
Nothing is listed as protected: whatever the app serves is, unless named here as open, so a
new route cannot be forgotten.

Sessions are Flask-Login's, in Flask's signed session cookie: HttpOnly, SameSite=Lax, and
Secure when the request came over HTTPS (as the proxy says, with BEHIND_PROXY). A session
ends after IDLE_MINUTES without a request, when its account is disabled or its password reset.
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import quote

import flask
import flask_login
from flask.sessions import SecureCookieSessionInterface

from dashapp.domain.accounts import Account, Actor
from dashapp.services import Services, act_as
from dashapp.store.accounts import get_user

CALLBACK_PATH = "/_dash-update-component"
# Dash's pages router: its callback renders the page the pathname names.
PAGES_ROUTER = ".._pages_content.children"
# Routes without patient data, open to everyone (by endpoint, as Flask names them).
OPEN_ENDPOINTS = frozenset(
    {
        "_dash_assets.static",
        "/_dash-component-suites/<string:package_name>/<path:fingerprinted_path>",
        "/_dash-layout",
        "/_dash-dependencies",
        "/_favicon.ico",
        "/_reload-hash",
        "account.signin",
        "account.signin_post",
        "account.signout",
        # A patient's own phone sends one intake with a link; it shows nothing of any record.
        "intake_links.send",
    }
)
PAGE_ENDPOINTS = frozenset({"/", "/<path:path>"})
SIGN_IN_FIRST = "Please sign in first."
ADMINS_ONLY = "Only an admin may open this page.\n"
SEEN = "seen"


class SignedIn(flask_login.UserMixin):
    """The signed-in account, as Flask-Login wants it; its id names the account's epoch too,
    so a reset password or a disabled account ends older sessions."""

    def __init__(self, account: Account) -> None:
        self.account = account

    def get_id(self) -> str:
        return f"{self.account.id}:{self.account.epoch}"


@dataclass(frozen=True)
class Public:
    """What clinic mode opens to everyone: page paths (exact, or matching one of `patterns`),
    callback outputs, the API or not."""

    paths: Collection[str] = ()
    patterns: Collection[re.Pattern[str]] = ()
    callbacks: Collection[str] = ()
    api: bool = False


class _Cookies(SecureCookieSessionInterface):
    """Flask's signed cookie session, marked Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: flask.Flask) -> bool:
        return flask.has_request_context() and flask.request.is_secure


def register(
    server: flask.Flask, services: Services, *, clinic: bool, public: Public, idle_minutes: int
) -> None:
    """Sessions and the access check; in local mode, only who-acts for the audit trail."""
    if not clinic:
        server.before_request(lambda: act_as(Actor(address=flask.request.remote_addr)))
        return
    server.session_interface = _Cookies()
    server.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
    manager = flask_login.LoginManager(server)

    @manager.user_loader
    def load(user_id: str) -> SignedIn | None:
        number, _, epoch = user_id.partition(":")
        if not number.isdigit() or not epoch.isdigit():
            return None
        with services.db() as db:
            account = get_user(db, int(number))
        if account is None or account.disabled or account.epoch != int(epoch):
            return None
        return SignedIn(account)

    @server.before_request
    def check():
        endpoint = flask.request.endpoint
        if endpoint in OPEN_ENDPOINTS:
            return None
        _expire_idle(idle_minutes * 60)
        user = flask_login.current_user
        if user.is_authenticated:
            act_as(Actor(user.account.id, user.account.name, flask.request.remote_addr))
            if (endpoint or "").startswith("admin.") and not user.account.is_admin:
                return flask.Response(ADMINS_ONLY, status=403, mimetype="text/plain")
            return None
        act_as(Actor(address=flask.request.remote_addr))
        if is_public(flask.request, public):
            return None
        return refuse(flask.request)


def _expire_idle(seconds: int) -> None:
    """Sign out a session idle for longer than `seconds`; otherwise note this request."""
    session = flask.session
    if "_user_id" not in session:
        return
    now = time.time()
    seen = session.get(SEEN)
    if isinstance(seen, int | float) and now - seen > seconds:
        flask_login.logout_user()
        session.clear()
        flask.g.painmap_idle = True
        return
    session[SEEN] = int(now)


def is_public(request: flask.Request, public: Public) -> bool:
    """Whether PUBLIC_PAGES opens this request to everyone."""
    endpoint = request.endpoint or ""
    if endpoint in PAGE_ENDPOINTS:
        return _open_page(request.path, public)
    if endpoint.startswith("api."):
        return public.api
    if request.path == CALLBACK_PATH:
        body = request.get_json(silent=True)
        output = body.get("output") if isinstance(body, dict) else None
        if not isinstance(output, str):
            return False
        if output.startswith(PAGES_ROUTER):
            return _open_page(_pathname(body), public)
        return output in public.callbacks
    return False


def _open_page(path: str, public: Public) -> bool:
    """Whether the page at `path` is open: named, or of the pattern of an open page (whole
    address, so "/intake/x/../patients" is not one)."""
    if _page_path(path) in public.paths:
        return True
    return any(pattern.fullmatch(path) for pattern in public.patterns)


def _pathname(body: dict) -> str:
    for item in body.get("inputs") or []:
        if isinstance(item, dict) and item.get("property") == "pathname":
            return str(item.get("value") or "")
    return ""


def _page_path(path: str) -> str:
    return path.rstrip("/") or "/"


def refuse(request: flask.Request) -> flask.Response:
    """Send a browser's page or download to the sign-in page; answer anything else 401."""
    idle = bool(flask.g.get("painmap_idle"))
    is_page = request.method in ("GET", "HEAD") and not request.path.startswith(
        ("/api/", "/_dash-")
    )
    if is_page:
        return flask.redirect(sign_in_address(request.full_path.rstrip("?"), idle=idle))
    response = flask.jsonify({"error": SIGN_IN_FIRST, "signin": sign_in_address("", idle=idle)})
    response.status_code = 401
    return response


def sign_in_address(then: str, *, idle: bool = False) -> str:
    """The sign-in page's address, coming back to `then` (a path on this site) afterwards."""
    query = [f"next={quote(then, safe='/')}"] if safe_next(then) != "/" else []
    if idle:
        query.append("idle=1")
    return "/signin" + ("?" + "&".join(query) if query else "")


def safe_next(then: str | None) -> str:
    """`then` when it is a path on this site, else "/" (never another site's address)."""
    if not then or not then.startswith("/") or then.startswith(("//", "/\\")):
        return "/"
    return then


def signed_in_account() -> Account | None:
    """The account making the current request, if any (for the page header)."""
    if not flask.has_request_context() or not hasattr(flask.current_app, "login_manager"):
        return None
    user = flask_login.current_user
    return user.account if user and user.is_authenticated else None


__all__ = ["Public", "SignedIn", "is_public", "refuse", "register", "safe_next"]
