"""The browser-side autosave queue and its wording, run in Node (autosave_check.js)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHECKS = Path(__file__).with_name("autosave_check.js")


def test_autosave_queue_in_node():
    node = shutil.which("node")
    assert node, "Node is missing: `make test` installs Debian's nodejs"
    done = subprocess.run([node, str(CHECKS)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_undo_stack_in_node():
    node = shutil.which("node")
    assert node, "Node is missing: `make test` installs Debian's nodejs"
    checks = CHECKS.with_name("undo_check.js")
    done = subprocess.run([node, str(checks)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
