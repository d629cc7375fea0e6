"""A muscle's referral pattern, a dermatome and trigger points drawn over the exported map
the way the BodyMap component draws them: lines, dots and outlines in one ink edged in white,
never a fill, so they cannot be taken for the patient's intensity colours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape

from dashapp.domain.palette import PATTERN_HALO, PATTERN_INK

FONT = "DejaVu Sans, Arial, sans-serif"

# Hatching rising to the right for a main zone, falling for a dermatome, dots for spillover.
FILL_FOR = {"essential": "pm-hatch", "spillover": "pm-dots", "dermatome": "pm-hatch-back"}
DASH_FOR = {"spillover": ' stroke-dasharray="7 5"'}
WORDS = {
    "essential": ("Main zone", "blue / lines, solid edge"),
    "spillover": ("Spillover zone", "blue dots, dashed edge"),
    "dermatome": ("Nerve root's skin", "blue \\ lines, solid edge"),
    "trigger": ("Trigger point", "blue X"),
}
SAID = ", with a pattern drawn over the marks in blue lines, dots and outlines"


@dataclass(frozen=True)
class Overlay:
    """One piece of a pattern on one view: a zone (`kind` of FILL_FOR, `path`) or a trigger
    point (`kind` "trigger", at x, y)."""

    kind: str
    view: str
    path: str = ""
    x: float = 0.0
    y: float = 0.0
    label: str = ""

    def __post_init__(self) -> None:
        if self.kind not in FILL_FOR and self.kind != "trigger":
            raise ValueError(f"unknown pattern kind {self.kind!r}")


def from_highlights(
    highlights: Iterable[Mapping], markers: Iterable[Mapping], region_paths: Mapping[str, str]
) -> tuple[Overlay, ...]:
    """Overlays from BodyMap `highlights` (by path or region) and X `markers`."""
    zones = [
        Overlay(
            h.get("kind", "essential"),
            h.get("view", ""),
            h.get("path") or region_paths.get(h.get("region", ""), ""),
            label=h.get("label", ""),
        )
        for h in highlights
        if h.get("kind", "essential") in FILL_FOR
    ]
    points = [
        Overlay("trigger", m["view"], x=m["x"], y=m["y"], label=m.get("label", ""))
        for m in markers
        if m.get("symbol", "x") == "x"
    ]
    return tuple(zones + points)


def _hatch(pid: str, angle: int) -> str:
    line = 'x1="5" y1="-1" x2="5" y2="11"'
    return (
        f'<pattern id="{pid}" width="10" height="10" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate({angle})">'
        f'<line {line} stroke="{PATTERN_HALO}" stroke-width="4.2"/>'
        f'<line {line} stroke="{PATTERN_INK}" stroke-width="2.4"/></pattern>'
    )


def defs() -> str:
    """The hatching and dot patterns, once per document."""
    dots = "".join(
        f'<circle cx="{c}" cy="{c}" r="3.6" fill="{PATTERN_HALO}"/>'
        f'<circle cx="{c}" cy="{c}" r="2.4" fill="{PATTERN_INK}"/>'
        for c in (3.5, 10.5)
    )
    return (
        "<defs>"
        + _hatch(FILL_FOR["essential"], 45)
        + _hatch(FILL_FOR["dermatome"], -45)
        + f'<pattern id="{FILL_FOR["spillover"]}" width="14" height="14" '
        f'patternUnits="userSpaceOnUse">{dots}</pattern>' + "</defs>"
    )


def _cross(x: float, y: float, size: float = 9) -> str:
    a, b, c, d = x - size, y - size, x + size, y + size
    return f"M{a:g} {b:g}L{c:g} {d:g}M{c:g} {b:g}L{a:g} {d:g}"


def draw(overlays: Iterable[Overlay], view: str) -> str:
    """The overlays of one view: each zone's white edge, then its pattern and outline; then
    the trigger points, an X in ink on a wider white X."""
    parts = []
    mine = [o for o in overlays if o.view == view]
    for o in (o for o in mine if o.kind in FILL_FOR and o.path):
        title = f"<title>{escape(o.label)}</title>" if o.label else ""
        parts.append(
            f'<path d="{o.path}" fill="none" stroke="{PATTERN_HALO}" stroke-width="6" '
            'stroke-linejoin="round"/>'
            f'<path d="{o.path}" fill="url(#{FILL_FOR[o.kind]})" stroke="{PATTERN_INK}" '
            f'stroke-width="3" stroke-linejoin="round"{DASH_FOR.get(o.kind, "")}>{title}</path>'
        )
    for o in (o for o in mine if o.kind == "trigger"):
        d = _cross(o.x, o.y)
        parts.append(
            f'<path d="{d}" stroke="{PATTERN_HALO}" stroke-width="8" stroke-linecap="round"/>'
            f'<path d="{d}" stroke="{PATTERN_INK}" stroke-width="4" stroke-linecap="round"/>'
        )
    return "".join(parts)


def legend(overlays: Iterable[Overlay], x: float, y: float, ink: str, row: float = 56) -> str:
    """The kinds of pattern shown, each drawn small and said in words, from (x, y) down."""
    kinds = [k for k in (*FILL_FOR, "trigger") if any(o.kind == k for o in overlays)]
    if not kinds:
        return ""
    parts = [
        f'<text x="{x:g}" y="{y:g}" font-size="26" font-weight="bold" fill="{ink}" '
        f'font-family="{FONT}">Pattern</text>'
    ]
    for n, kind in enumerate(kinds):
        top = y + 20 + n * row
        if kind == "trigger":
            parts.append(draw([Overlay("trigger", "key", x=x + 17, y=top + 15)], "key"))
        else:
            box = f"M{x:g} {top:g}h34v30h-34Z"
            parts.append(draw([Overlay(kind, "key", box)], "key"))
        name, look = WORDS[kind]
        parts.append(
            f'<text x="{x + 46:g}" y="{top + 12:g}" font-size="18" fill="{ink}" '
            f'font-family="{FONT}">{escape(name)}</text>'
            f'<text x="{x + 46:g}" y="{top + 34:g}" font-size="15" fill="{ink}" '
            f'font-family="{FONT}">{escape(look)}</text>'
        )
    return "".join(parts)
