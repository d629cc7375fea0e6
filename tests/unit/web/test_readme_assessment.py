"""The README's assessment example is a request PainMap accepts, answered in the same shape."""

from __future__ import annotations

import json
import re
from pathlib import Path

from dashapp import create_app

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_example_is_answered_as_shown(tmp_path):
    section = README.read_text(encoding="utf-8").split("### The assessment API", 1)[1]
    request, response = (
        json.loads(b) for b in re.findall(r"```json\n(.*?)\n```", section, re.S)[:2]
    )
    config = {"SECRET_KEY": "t", "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", "DEMO": False}
    answer = create_app(config).server.test_client().post("/api/v1/assessment", json=request)
    assert answer.status_code == 200
    live = answer.get_json()
    assert list(live) == list(response)
    assert (live["red_flags"], live["gate_open"]) == (response["red_flags"], response["gate_open"])
