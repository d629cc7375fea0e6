"""Comparing an assessment with what a case expects: every mismatch, in words."""

from __future__ import annotations

from typing import Any

from tests.clinical.cases import Expected


def mismatches(expected: Expected, got: dict[str, Any]) -> list[str]:
    """What differs between the expected result and the API's answer (empty when it passes)."""
    out = []
    if expected.flags is not None:
        flags = {f["id"]: f["urgency"] for f in got["red_flags"]}
        if set(flags) != set(expected.flags):
            wanted = sorted(expected.flags) or "none"
            out.append(f"flags {sorted(flags) or 'none'}, expected {wanted}")
        for flag, urgency in expected.flags.items():
            if urgency and flag in flags and flags[flag] != urgency:
                out.append(f"{flag} urgency {flags[flag]!r}, expected {urgency!r}")
    if expected.asks is not None and tuple(got["ask_now"]) != expected.asks:
        out.append(f"asks {list(got['ask_now']) or 'nothing'}, expected {list(expected.asks)}")
    if expected.callouts is not None and tuple(got["callouts"]) != expected.callouts:
        out.append(f"callouts {got['callouts']}, expected {list(expected.callouts)}")
    if expected.gate_open is not None and got["gate_open"] != expected.gate_open:
        out.append(f"gate open {got['gate_open']}, expected {expected.gate_open}")
    leaning, both = _leaning(got.get("comparison"))
    if expected.leaning is not None and leaning != expected.leaning:
        out.append(f"leaning {leaning}, expected {expected.leaning}")
    if expected.both_present is not None and both != expected.both_present:
        out.append(f"both present {both}, expected {expected.both_present}")
    if expected.muscle is not None:
        muscle, side, top = expected.muscle
        best = [(m["muscle"], m["side"]) for m in got["muscles"][:top]]
        if (muscle, side) not in best:
            out.append(f"{muscle} ({side}) not in the top {top}: {_names(best)}")
    if expected.root is not None:
        fits = got["roots"]["classic"]
        best = (fits[0]["root"], fits[0]["side"]) if fits else None
        if best != expected.root:
            out.append(f"best root on the textbook map {best}, expected {expected.root}")
    if expected.cpr is not None:
        rule = (got.get("arm") or {}).get("cpr")
        found = (rule["positive"], rule["probability"]) if rule else None
        if found != expected.cpr:
            out.append(f"Wainner rule (positive, probability) {found}, expected {expected.cpr}")
    return out


def _leaning(comparison: dict[str, Any] | None) -> tuple[str | None, bool | None]:
    """The heavier column (or "mixed" when its lead is too small) and whether both columns
    hold evidence, from the comparison's weighed leaning as the API gives it."""
    if comparison is None:
        return None, None
    balance = comparison["balance"]
    return ("mixed" if balance["mixed"] else balance["side"]), balance["both_present"]


def _names(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{m} ({s})" for m, s in pairs) or "none"
