"""PainMap: an interactive body map for describing pain and explaining where it may come from."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from dash import Dash

from dashapp.config import check_mode, load_config

__version__ = "0.1.0"


def create_app(config: Mapping[str, Any] | None = None) -> Dash:
    """Build a fully wired PainMap app; `config` overrides the defaults and environment."""
    from dashapp import callbacks, pages
    from dashapp.services import Services
    from dashapp.ui import shell
    from dashapp.web import (
        access,
        admin,
        api,
        autosave,
        callback_guard,
        downloads,
        guards,
        handover,
        headers,
        intake_links,
        scripts,
        signin,
    )

    settings = load_config(config)
    clinic = settings["MODE"] == "clinic"
    services = Services.from_config(settings)
    check_mode(settings, services.account_count())  # before anything is served
    app = Dash(
        __name__,
        title="PainMap",
        use_pages=True,
        pages_folder="",
        compress=True,
        serve_locally=True,
        assets_folder=str(settings["ASSETS_DIR"]),
        assets_path_ignore=["workers"],  # served, but not loaded by every page
        suppress_callback_exceptions=True,
        update_title=None,
        hooks=scripts.RENDERER_HOOKS,
    )
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1)
    app.server.config.update(SECRET_KEY=settings["SECRET_KEY"])
    guards.register(app.server, local=not clinic, behind_proxy=settings["BEHIND_PROXY"])
    headers.register(app.server, script_hashes=app.csp_hashes)
    scripts.register(app)
    # PainMap works offline: dev tools must never ask the network for newer versions.
    app.enable_dev_tools(debug=settings["DEBUG"], dev_tools_disable_version_check=True)
    services.attach(app.server)
    callbacks.register_all(app, services)
    public = settings["PUBLIC_PAGES"]
    access.register(
        app.server,
        services,
        clinic=clinic,
        public=access.Public(
            paths=pages.public_paths(public),
            patterns=pages.OPEN_PAGES,
            callbacks=callbacks.public_outputs(app, public),
            api="api" in public,
        ),
        idle_minutes=int(settings["IDLE_MINUTES"]),
    )  # before any other route's own checks, so nothing answers before sign-in
    callback_guard.register(app.server, app.callback_map)
    pages.register(app, services)
    app.layout = functools.partial(_shell, shell.layout, access.signed_in_account, clinic)
    api.register(app.server, services)
    downloads.register(app.server, services)
    autosave.register(app.server, services)
    handover.register(app.server, services)
    intake_links.register(app.server, services)
    if clinic:
        signin.register(app.server, services, idle_minutes=int(settings["IDLE_MINUTES"]))
        admin.register(app.server, services)
    return app


def _shell(layout, account, clinic: bool):
    """The page frame for this request: local mode's badge, or who is signed in; on a
    patient's own phone with an intake link (the page asking for its frame, as its Referer
    says), a bare frame with no navigation."""
    from urllib.parse import urlsplit

    import flask

    from dashapp.pages import OPEN_PAGES

    page = urlsplit(flask.request.referrer or "").path if flask.has_request_context() else ""
    bare = any(pattern.fullmatch(page) for pattern in OPEN_PAGES)
    return layout(local=not clinic, account=account() if clinic and not bare else None, bare=bare)


__all__ = ["create_app"]
