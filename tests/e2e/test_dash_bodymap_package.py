"""dash_bodymap on its own: installed into a bare virtual environment, its README example runs.

The environment gets only Dash (the version the app pins) and the package, installed from a copy
of dash_bodymap/; the example is the README's Python block, served on loopback in its own
process and clicked in Chromium.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from importlib.metadata import version
from pathlib import Path

import pytest
from playwright.sync_api import expect

import dashapp
from tests.e2e.conftest import watched_page

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

PROJECT = Path(dashapp.__file__).resolve().parent.parent / "dash_bodymap"
NOT_PACKAGED = shutil.ignore_patterns("node_modules", "build", "*.egg-info", "__pycache__")
LAUNCH = """
import sys

import dash_bodymap
from example import app

print("dash_bodymap from", dash_bodymap.__file__, flush=True)
app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=False)
"""


def readme_example() -> str:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", readme, flags=re.DOTALL | re.MULTILINE)
    assert blocks, "dash_bodymap/README.md has a ```python example"
    return blocks[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, server: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the example exited: {server.communicate()[0]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"the example did not answer on {url} within {timeout} s")


@pytest.fixture
def example_url(tmp_path):
    source = tmp_path / "dash_bodymap"
    shutil.copytree(PROJECT, source, ignore=NOT_PACKAGED)
    venv = tmp_path / "venv"
    # No pip inside the new environment: the running pip installs into it (pip --python).
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        # No byte-compiling of Dash's and Plotly's thousands of files: Python compiles what the
        # example imports when it runs.
        + ["--disable-pip-version-check", "--no-compile", f"dash=={version('dash')}", str(source)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    app_dir = tmp_path / "app"
    app_dir.mkdir()
    (app_dir / "example.py").write_text(readme_example(), encoding="utf-8")
    (app_dir / "launch.py").write_text(LAUNCH, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    port = free_port()
    server = subprocess.Popen(
        [str(python), "launch.py", str(port)],
        cwd=app_dir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(url + "/", server)
        yield url
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    # The example ran on the installed copy, not on the repository's folder.
    assert f"dash_bodymap from {venv}" in output, output


def test_readme_example_runs_from_a_bare_install(browser, example_url, tmp_path):
    with watched_page(browser) as page:
        page.goto(example_url + "/")
        trunk = page.get_by_role("checkbox", name="Trunk")
        expect(trunk).to_be_visible()
        stylesheets = page.eval_on_selector_all("link[rel=stylesheet]", "ls => ls.map(l => l.href)")
        assert any("/_dash-component-suites/dash_bodymap/" in href for href in stylesheets)
        view = page.locator(".bodymap__view").first
        assert view.evaluate("e => getComputedStyle(e).maxWidth") == "420px", "bodymap.css applies"

        trunk.click()
        expect(trunk).to_have_attribute("aria-checked", "true")
        expect(page.locator("#out")).to_have_text("Clicked: trunk. Selected: trunk.")
        page.get_by_role("checkbox", name="Left arm").click()
        expect(page.locator("#out")).to_have_text("Clicked: left-arm. Selected: trunk, left-arm.")
        page.screenshot(path=str(tmp_path / "readme-example.png"))
