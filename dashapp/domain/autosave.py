"""What a session page's autosave compares: a fingerprint of what it may overwrite.

A tab saves the map and notes it shows. It may overwrite them only if nobody else changed them
since the tab last saw them, so every save carries a fingerprint of the map and notes as that
tab last saw them saved. The version number alone would not do: adding a treatment bumps
it without touching the map or the notes.
"""

from __future__ import annotations

import hashlib
import json

from dashapp.domain.chart import PainChart


def fingerprint(chart: PainChart, notes: str) -> str:
    """A short stable digest of a session's map and notes (what autosave may overwrite)."""
    text = json.dumps([chart.to_json(), notes], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]
