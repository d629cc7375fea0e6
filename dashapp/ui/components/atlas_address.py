"""The atlas's address: what it shows (muscle, side, mode, what is laid over the pattern),
read from a query and written back into one.

/atlas?muscle=gluteus_minimus_anterior&side=right&present=1&overlay=L5&visit=12
An overlay is another muscle (its id) or a nerve root (L4, L5, S1...); `visit` puts a
session's marks and drawing under the pattern (the page checks that the session exists and may
be shown). A value the atlas does not know is set aside with a message saying so; the page
then shows what it can.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import urlencode

DEFAULT_MUSCLE = "gluteus_minimus_anterior"  # the classic pseudo-sciatica muscle
SIDES = ("right", "left")
NO_OVERLAY = "none"
MAX_DIGITS = 12  # longer than any record id


@dataclass(frozen=True)
class AtlasAddress:
    """What the atlas shows; `problems` are messages about parts of the address set aside."""

    muscle: str = DEFAULT_MUSCLE
    side: str = "right"
    present: bool = False
    overlay: str = ""
    visit: str = ""
    problems: tuple[str, ...] = field(default=(), compare=False)

    def query(self) -> str:
        """The query part of the address ("?muscle=...&side=..."), in a stable order."""
        params = {"muscle": self.muscle, "side": self.side}
        if self.present:
            params["present"] = "1"
        if self.overlay:
            params["overlay"] = self.overlay
        if self.visit:
            params["visit"] = self.visit
        return "?" + urlencode(params)

    def link(self, **changes) -> str:
        """The atlas's address for this view with `changes` made (e.g. present=False)."""
        fields_now = {
            "muscle": self.muscle,
            "side": self.side,
            "present": self.present,
            "overlay": self.overlay,
            "visit": self.visit,
        }
        return "/atlas" + AtlasAddress(**{**fields_now, **changes}).query()

    def leave(self) -> str:
        """Where the presentation's Leave goes: back to the session whose drawing lies under
        the pattern (its "Show" links open presentations), else to the atlas itself."""
        if self.present and self.visit:
            return f"/sessions/{self.visit}"
        return self.link(present=False)


def presentation(muscle: str, side: str, visit_id: int) -> str:
    """The presentation of a muscle's pattern on one side over a session's drawing."""
    return AtlasAddress(muscle=muscle, side=side, present=True, visit=str(visit_id)).link()


def _text(value) -> str | None:
    """A query value as text: the first when given twice, None when missing."""
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def parse(
    muscles: Collection[str],
    roots: Collection[str],
    muscle=None,
    side=None,
    present=None,
    overlay=None,
    visit=None,
) -> AtlasAddress:
    """The address as the atlas can show it, with a message for each value it set aside."""
    muscle, side, present, overlay, visit = (
        _text(v) for v in (muscle, side, present, overlay, visit)
    )
    problems = []
    if muscle is not None and muscle not in muscles:
        problems.append(f"The atlas has no muscle called “{muscle}”.")
    if side is not None and side not in SIDES:
        problems.append(f"“{side}” is not a side: showing the right side.")
    if present not in (None, "", "0", "1"):
        problems.append(f"“present={present}” is not understood: showing the atlas.")
    muscle = muscle if muscle in muscles else DEFAULT_MUSCLE
    if overlay in (None, "", NO_OVERLAY, muscle):
        overlay = ""
    elif overlay not in muscles and overlay not in roots:
        problems.append(f"Nothing called “{overlay}” can be laid over the map.")
        overlay = ""
    if visit and not (visit.isascii() and visit.isdigit() and len(visit) <= MAX_DIGITS):
        problems.append(f"“{visit}” is not a session number.")
        visit = ""
    return AtlasAddress(
        muscle=muscle,
        side=side if side in SIDES else "right",
        present=present == "1",
        overlay=overlay,
        visit=visit or "",
        problems=tuple(problems),
    )
