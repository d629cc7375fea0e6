"""Security headers on every response: a Content-Security-Policy, no framing, no sniffing,
no referrer to other sites, and no caching of anything but static files.

Scripts: only PainMap's own files and Dash's few inline scripts (the renderer's start and the
inline clientside callbacks), allowed by their sha256 hashes from Dash's `csp_hashes()`; Dash's
`_dash-config` block is JSON, which browsers never run, so it needs no hash.
Styles keep 'unsafe-inline': Plotly and Dash's components insert <style> elements at run time,
with contents that vary, so no list of hashes can cover them (without it, every page logs CSP
violations and loses styling). Inline style cannot run script.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import flask

# Static files that may be cached: Dash fingerprints its component bundles, assets are public.
CACHEABLE = ("/assets/", "/_dash-component-suites/", "/_favicon.ico")

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],  # + the hashes of Dash's inline scripts
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

FIXED = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Not no-referrer: with it, browsers send `Origin: null` on same-origin POSTs, and the
    # Origin check (guards.py) would refuse PainMap's own callbacks.
    "Referrer-Policy": "same-origin",
}


def content_security_policy(script_hashes: Sequence[str]) -> str:
    """The policy's text, with the given inline-script hashes ('sha256-...') allowed."""
    policy = dict(POLICY, **{"script-src": [*POLICY["script-src"], *script_hashes]})
    return "; ".join(" ".join([name, *sources]) for name, sources in policy.items())


def register(server: flask.Flask, *, script_hashes: Callable[[], Sequence[str]]) -> None:
    """Add the headers to every response; `script_hashes` is asked each time, because Dash
    adds inline scripts as late as the first request."""

    @server.after_request
    def secure(response: flask.Response) -> flask.Response:
        response.headers["Content-Security-Policy"] = content_security_policy(script_hashes())
        response.headers.update(FIXED)
        if not flask.request.path.startswith(CACHEABLE):
            response.headers["Cache-Control"] = "no-store"
        return response


__all__ = ["CACHEABLE", "content_security_policy", "register"]
