"""Which nerve roots the roots page shows, read from its address (?roots=L5,S1).

Two roots at most, so a therapist can show where two of them differ; each is drawn in a style
of its own. An address that names anything else changes nothing: the page opens on the
default pair and says why, in words that do not repeat what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashapp.domain.body.dermatomes import ROOTS, UPPER_ROOTS

MAX_ROOTS = 2
DEFAULT_ROOTS = ("L5", "S1")
_MAX_TEXT = 40  # longer than any valid value ("S3-S5,S3-S5" is 11); the rest is not read


@dataclass(frozen=True)
class RootChoice:
    """The roots to show, in the order given, and why the address was not followed, if so."""

    roots: tuple[str, ...]
    problem: str | None = None


def parse_roots(text: str | None) -> RootChoice:
    """The roots an address names, e.g. "L5,S1"; nothing given means the default pair."""
    if text is None or not text.strip():
        return RootChoice(DEFAULT_ROOTS)
    if len(text) > _MAX_TEXT:
        return _refuse("The address names more than two roots.")
    parts = [p.strip().upper() for p in text.split(",")]
    if any(p not in ROOTS for p in parts):
        return _refuse(
            f"The address names a root these maps do not have (the roots are {', '.join(ROOTS)})."
        )
    roots = tuple(dict.fromkeys(parts))
    if len(roots) > MAX_ROOTS:
        return _refuse("The address names more than two roots; the page shows two at a time.")
    return RootChoice(roots)


def body_part(roots: tuple[str, ...] | list[str]) -> str:
    """Where the roots' skin lies: "upper" (neck and arm, C2-T2), "lower" (low back and leg,
    L1-S5) or "both", so a map can be framed on them."""
    upper = {r in UPPER_ROOTS for r in roots}
    return "both" if len(upper) > 1 else "upper" if upper == {True} else "lower"


def roots_query(roots: tuple[str, ...] | list[str]) -> str:
    """The address's query for these roots, the inverse of `parse_roots`."""
    return "?roots=" + ",".join(roots)


def _refuse(why: str) -> RootChoice:
    shown = " and ".join(DEFAULT_ROOTS)
    return RootChoice(DEFAULT_ROOTS, f"{why} Showing {shown} instead.")
