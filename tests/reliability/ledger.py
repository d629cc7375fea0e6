"""What a client was told about its saves, and the check of a database against it.

A save sent with loaded version v becomes version v + 1 if it commits. The ledger keeps the
chart of every save sent by the version it would make, and the highest version the server
acknowledged. After a crash the database may hold the last acknowledged save, or the one that
was in flight when the server died, never anything older or anything never sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Chart = tuple[dict[str, tuple[int | None, tuple[str, ...]]], tuple[str, ...], str]


def chart_key(chart: dict[str, Any], notes: str) -> Chart:
    """A chart as compared here: marks by area (order aside), activities, notes."""
    marks = {
        m["region"]: (m["intensity"], tuple(sorted(m["qualities"] or []))) for m in chart["marks"]
    }
    return marks, tuple(chart.get("activities") or []), notes


@dataclass
class Ledger:
    """The client's side of the saves: sent charts by resulting version, highest acknowledged."""

    acknowledged: int
    sent: dict[int, Chart] = field(default_factory=dict)

    def sending(self, loaded: int, chart: Chart) -> None:
        self.sent[loaded + 1] = chart

    def acknowledge(self, version: int) -> None:
        self.acknowledged = max(self.acknowledged, version)

    def check(self, stored_version: int, stored: Chart) -> list[str]:
        """What is wrong with the database's copy of the session; empty when all is well."""
        if stored_version < self.acknowledged:
            return [
                f"the server acknowledged version {self.acknowledged}, "
                f"the database holds version {stored_version}"
            ]
        if stored_version > self.acknowledged + 1 or stored_version not in self.sent:
            return [
                f"the database holds version {stored_version}, no save sent after the "
                f"acknowledged version {self.acknowledged} makes it"
            ]
        if stored != self.sent[stored_version]:
            return [f"version {stored_version} does not hold the chart sent for it"]
        return []
