"""What a callback sends back: helpers that spare the page work it need not do."""

from __future__ import annotations

import json
from typing import Any

from dash import no_update
from plotly.io.json import to_json_plotly


def unchanged_or(panel: Any, listed: Any) -> Any:
    """The candidates panel, or no_update when the page already shows this very panel. Sent
    again, Dash would build it anew and call the pattern overlay for the new picker: a second
    round trip and a redrawn map on every tap, most often for the same list."""
    try:
        same = json.loads(to_json_plotly(panel)) == listed
    except (TypeError, ValueError):
        same = False
    return no_update if same else panel
