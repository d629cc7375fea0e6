"""What a session page's autosave compares: a fingerprint of what it may overwrite.

A tab saves the map, the notes, the answers and the findings it shows. It may overwrite them
only if nobody else changed them since the tab last saw them, so every save carries a
fingerprint of them as that tab last saw them saved. The version number alone would not do:
adding a treatment bumps it without touching any of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from dashapp.domain.chart import PainChart


def fingerprint(
    chart: PainChart,
    notes: str,
    answers: Mapping[str, Any] | None = None,
    findings: Mapping[str, Any] | None = None,
) -> str:
    """A short stable digest of a session's map, notes, answers and findings (what autosave
    may overwrite). Without answers or findings it is the digest of the map and notes alone,
    as it was before the session page edited them."""
    parts: list[Any] = [chart.to_json(), notes]
    if answers or findings:
        parts += [dict(answers or {}), dict(findings or {})]
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]
