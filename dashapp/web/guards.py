"""Checks every request passes before any route sees it: the Host (local mode), the Origin of
state-changing requests, and the size of request bodies.

The Host check defeats DNS rebinding: a web page on another site that makes its name point at
127.0.0.1 still sends its own name as Host. The Origin check refuses requests a page on another
site makes a browser send (cross-site request forgery); clients that send neither Origin nor
Referer are not browsers acting for a page, and pass.

Behind a TLS reverse proxy (BEHIND_PROXY), werkzeug's ProxyFix takes the client's address and
the scheme, host and port the browser used from the proxy's X-Forwarded-* headers, so the
Origin check compares with https://the-public-name, not with the proxy's plain-HTTP request.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import flask
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wsgi import host_is_trusted

from dashapp.config import is_loopback
from dashapp.formats.exchange import MAX_BYTES as MAX_IMPORT_BYTES

MAX_BODY_BYTES = 2 * 1024 * 1024
# The import upload reaches its callback base64-encoded inside Dash's JSON (4/3 of the file).
MAX_CALLBACK_BYTES = MAX_IMPORT_BYTES * 4 // 3 + 1024 * 1024
CALLBACK_PATH = "/_dash-update-component"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

WRONG_HOST = (
    "This PainMap serves this computer only: open it as http://localhost, http://127.0.0.1 "
    "or http://[::1] with its port.\n"
)
FOREIGN_ORIGIN = "Refused: this request was sent from another web site.\n"


def register(server: flask.Flask, *, local: bool, behind_proxy: bool = False) -> None:
    """Install the checks on the app's Flask server; `local` adds the Host check;
    `behind_proxy` trusts one reverse proxy's X-Forwarded-For, -Proto, -Host and -Port."""
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    if behind_proxy:
        server.wsgi_app = ProxyFix(server.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1)

    @server.before_request
    def guard():
        request = flask.request
        if local and not is_local_host(request.host):
            return _plain(WRONG_HOST, 421)
        if request.method in SAFE_METHODS:
            return None
        if not is_same_origin(request):
            return _plain(FOREIGN_ORIGIN, 403)
        if request.path.endswith(CALLBACK_PATH):
            request.max_content_length = MAX_CALLBACK_BYTES
        if request.content_length is None:
            _read_whole_body(request)
        return None


def _read_whole_body(request: flask.Request) -> None:
    """Read a body sent without Content-Length (chunked) now, up to the size limit.

    Werkzeug stops reading such a body at the limit and hands on what it read, truncated;
    one more byte read past the limit raises 413 instead.
    """
    request.get_data(cache=True)
    request.stream.read(1)


def is_local_host(host: str) -> bool:
    """Whether a Host header names this computer: localhost or a loopback address, any port."""
    if not host or not host_is_trusted(host):  # well-formed name and port
        return False
    return is_loopback(urlsplit(f"//{host}").hostname or "")


def is_same_origin(request: flask.Request) -> bool:
    """False when the request's Origin (or, without one, its Referer) is another site's."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source is None:
        return True
    parts = urlsplit(source)
    own = urlsplit(request.host_url)
    return (parts.scheme.lower(), parts.netloc.lower()) == (own.scheme, own.netloc.lower())


def _plain(message: str, status: int) -> flask.Response:
    return flask.Response(message, status=status, mimetype="text/plain")


__all__ = ["MAX_BODY_BYTES", "MAX_CALLBACK_BYTES", "is_local_host", "is_same_origin", "register"]
