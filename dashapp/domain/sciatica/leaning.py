"""The leaning: which column weighs more, by how much, and whether both may be present.

Points are the units of data/sciatica/evidence.csv: each item's weight is roughly the natural
logarithm of its likelihood ratio, so a margin of m points is about a likelihood ratio of e^m
between the two explanations (1 point about 2.7). The side with more points is the leaning,
whatever the items are; nothing overrides the weights.

"Mixed" only when the margin is below MIXED_BELOW points. Why 1.0: the weights are rounded to
half points and kept low where sources disagree, so a lead under one point is smaller than one
strong single item (a one-sided reflex change, a crossed straight-leg raise) and within the
rounding of the weights; it moves the odds by less than a likelihood ratio of about 2.7, which
is too little to call either way. data/sciatica/README.md says the same.

"Both may be present" whenever each column holds at least one item: nerve-root irritation and
trigger points often coexist (gluteal trigger points in 207 of 271 people with confirmed
radiculopathy [ADEL15]), and objective neurological signs are never explained by referred pain
[BOGDUK09], so a leaning toward a muscle with such signs says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashapp.domain.sciatica.data import NERVE_ROOT, REFERRED_MUSCLE

MIXED_BELOW = 1.0
POINTS = "points (each about the natural log of a likelihood ratio)"
MIXED = "mixed"
# Objective neurological signs: referred pain does not explain them [BOGDUK09].
NEURO_SIGNS = frozenset(
    {
        "reflex_knee",
        "reflex_ankle",
        "reflex_medial_hamstring",
        "myotome_weakness",
        "dermatomal_sensory_change",
    }
)


def points(value: float) -> str:
    """A number of points in words: "1 point", "2.5 points"."""
    return f"{value:g} point{'' if value == 1 else 's'}"


@dataclass(frozen=True)
class Leaning:
    """The weighed leaning, as the pages and the API report it.

    `side` is the heavier column (`nerve_root` or `referred_muscle`), None on an exact tie;
    `margin` its lead in points; `both_present` whether each column holds evidence; `mixed`
    whether the margin is below MIXED_BELOW; `neuro_signs` whether objective neurological
    signs were found."""

    side: str | None
    margin: float
    both_present: bool
    mixed: bool
    root_points: float
    muscle_points: float
    neuro_signs: bool = False

    def __post_init__(self) -> None:
        for name in ("root_points", "muscle_points"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{name}: must be a number of points from 0, not {value!r}")
        if self.side not in (NERVE_ROOT, REFERRED_MUSCLE, None):
            raise ValueError(f"side: {self.side!r} is not a column")
        if self.margin != round(abs(self.root_points - self.muscle_points), 2):
            raise ValueError("margin: must be the difference of the two columns' points")
        if self.mixed != (self.margin < MIXED_BELOW):
            raise ValueError(f"mixed: must be true exactly when the margin is below {MIXED_BELOW}")

    @property
    def label(self) -> str:
        """`mixed`, or the side it leans toward."""
        return MIXED if self.mixed or self.side is None else self.side


def weigh(root: Iterable[tuple[str, float]], muscle: Iterable[tuple[str, float]]) -> Leaning:
    """The leaning from the (item id, weight) pairs of each column."""
    root, muscle = list(root), list(muscle)
    root_points = round(sum(w for _, w in root), 2)
    muscle_points = round(sum(w for _, w in muscle), 2)
    margin = round(abs(root_points - muscle_points), 2)
    if root_points == muscle_points:
        side = None
    else:
        side = NERVE_ROOT if root_points > muscle_points else REFERRED_MUSCLE
    return Leaning(
        side=side,
        margin=margin,
        both_present=bool(root) and bool(muscle),
        mixed=margin < MIXED_BELOW,
        root_points=root_points,
        muscle_points=muscle_points,
        neuro_signs=any(i in NEURO_SIGNS for i, _ in root),
    )
