"""The body map's finger test in geometry (src/finger.js), run in Node (finger_check.js)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHECKS = Path(__file__).with_name("finger_check.js")


def test_finger_geometry_in_node():
    node = shutil.which("node")
    assert node, "Node is missing: `make test` installs Debian's nodejs"
    done = subprocess.run([node, str(CHECKS)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
