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
    from dashapp.web import api, autosave, callback_guard, downloads, guards, headers

    settings = load_config(config)
    check_mode(settings)  # before anything is served or written
    app = Dash(
        __name__,
        title="PainMap",
        use_pages=True,
        pages_folder="",
        compress=True,
        serve_locally=True,
        assets_folder=str(settings["ASSETS_DIR"]),
        suppress_callback_exceptions=True,
        update_title=None,
    )
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1)
    app.server.config.update(SECRET_KEY=settings["SECRET_KEY"])
    guards.register(app.server, local=settings["MODE"] == "local")
    headers.register(app.server, script_hashes=app.csp_hashes)
    # PainMap works offline: dev tools must never ask the network for newer versions.
    app.enable_dev_tools(debug=settings["DEBUG"], dev_tools_disable_version_check=True)
    services = Services.from_config(settings)
    services.attach(app.server)
    pages.register(app, services)
    app.layout = functools.partial(shell.layout, local=settings["MODE"] == "local")
    callbacks.register_all(app, services)
    callback_guard.register(app.server, app.callback_map)
    api.register(app.server, services)
    downloads.register(app.server, services)
    autosave.register(app.server, services)
    return app


__all__ = ["create_app"]
