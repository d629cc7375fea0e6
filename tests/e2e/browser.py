"""Serve a Dash app on loopback and drive Debian's Chromium with Playwright (tests and bench)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from werkzeug.serving import make_server

CHROMIUM = Path("/usr/bin/chromium")
POLL_SECONDS = 0.02
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(playwright):
    """Debian's Chromium under Playwright; Playwright never downloads a browser here."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run `make chromium` (Debian package chromium)")
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


@contextmanager
def serve(app) -> Iterator[str]:
    """Serve a Dash app's Flask server on 127.0.0.1 (a free port) in a thread; yield its URL."""
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    # shutdown() waits for the loop to look at its flag: every 0.5 s by default, which cost
    # each test that serves an app a quarter to half a second on stopping.
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
