"""Colours that carry meaning. The intensity scale runs from pale yellow to deep red with
steadily falling lightness, so it reads for colour-blind people and in greyscale."""

from __future__ import annotations

# ColorBrewer's YlOrRd, a sequential scale chosen for colour-blind safety.
_ANCHORS = (
    "#ffffcc",
    "#ffeda0",
    "#fed976",
    "#feb24c",
    "#fd8d3c",
    "#fc4e2a",
    "#e31a1c",
    "#bd0026",
    "#800026",
)

UNRATED = "#8fa7bf"  # marked, not rated yet: a calm blue that is not on the intensity scale

# A pattern (a muscle's referral zones, a dermatome, trigger points) is never a fill: it is
# drawn as lines, dots and outlines in this ink, each edged in PATTERN_HALO, over whatever
# fill lies beneath. The ink is a deep blue, off the intensity scale, that stays apart from
# it for protanopia, deuteranopia and tritanopia; in greyscale it is darker than the darkest
# intensity and its white edge lighter than the palest, so one of the two always stands out.
# dash_bodymap/src/bodymap.css uses the same two colours (tests/unit/domain/test_palette.py).
PATTERN_INK = "#0a2472"
PATTERN_HALO = "#ffffff"


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def intensity_colours(steps: int = 11) -> list[str]:
    """One colour per whole intensity 0..steps-1, spread evenly along the scale."""
    colours = []
    for i in range(steps):
        position = i / (steps - 1) * (len(_ANCHORS) - 1)
        low = min(int(position), len(_ANCHORS) - 2)
        colours.append(_mix(_ANCHORS[low], _ANCHORS[low + 1], position - low))
    return colours


INTENSITY = intensity_colours()


def colorscale() -> list[list[float | str]]:
    """The intensity scale as BodyMap stops, one per whole number 0-10."""
    return [[i / 10, colour] for i, colour in enumerate(INTENSITY)]


def luminance(colour: str) -> float:
    """Relative luminance (WCAG) of a #rrggbb colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
