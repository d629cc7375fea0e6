"""A pattern's ink never looks like a patient's intensity colours: for normal vision and the
three common colour-vision deficiencies by hue, and in greyscale through its white edge.

Differences are CIEDE2000 (tools/colour_vision.py), after simulating each deficiency with
Machado et al. (2009) at severity 1.0. About 2 is a just-noticeable difference; 20 is two
colours nobody would call the same, 30 two that stand apart at a glance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashapp.domain.palette import INTENSITY, PATTERN_HALO, PATTERN_INK, UNRATED
from tools.colour_vision import SIMULATIONS, difference

ROOT = Path(__file__).resolve().parents[3]
CVD = ["protanopia", "deuteranopia", "tritanopia"]
HUE_APART = 20.0  # the ink against each fill, by colour alone
AT_A_GLANCE = 30.0  # the better of ink and white edge against each fill
# What a pattern is drawn over: every intensity 0-10, 'not rated yet', the component's skin
# and the exported map's unmarked areas.
FILLS = [*INTENSITY, UNRATED, "#ece6df", "#f6f7f8"]


@pytest.mark.parametrize("kind", [None, *CVD], ids=lambda k: k or "normal")
def test_the_ink_differs_in_colour_from_every_intensity(kind):
    closest = min(INTENSITY + [UNRATED], key=lambda c: difference(PATTERN_INK, c, kind))
    assert difference(PATTERN_INK, closest, kind) >= HUE_APART, closest


def test_in_greyscale_the_ink_alone_would_not_do():
    # Why the white edge exists: without colour the ink is close to the darkest intensity.
    assert difference(PATTERN_INK, INTENSITY[10], "greyscale") < HUE_APART


@pytest.mark.parametrize("kind", [None, *SIMULATIONS], ids=lambda k: k or "normal")
def test_ink_or_its_white_edge_stands_out_on_every_fill(kind):
    for fill in FILLS:
        best = max(difference(PATTERN_INK, fill, kind), difference(PATTERN_HALO, fill, kind))
        assert best >= AT_A_GLANCE, (fill, kind, best)


@pytest.mark.parametrize(
    "css",
    [
        "dash_bodymap/src/bodymap.css",
        "dash_bodymap/dash_bodymap/bodymap.css",
        "assets/painmap.css",
    ],
)
def test_the_component_draws_patterns_in_the_same_two_colours(css):
    text = (ROOT / css).read_text()
    inks = set(re.findall(r"var\(--bm-pattern-ink, (#[0-9a-fA-F]{6})\)", text))
    halos = set(re.findall(r"var\(--bm-pattern-halo, (#[0-9a-fA-F]{6})\)", text))
    assert inks == {PATTERN_INK}
    assert halos == {PATTERN_HALO}


def test_no_highlight_is_a_plain_fill_in_the_component():
    """A fill is what a mark looks like; a pattern's zone is filled only by a pattern."""
    text = (ROOT / "dash_bodymap/src/bodymap.css").read_text()
    for kind in ("essential", "spillover", "dermatome"):
        rule = re.search(rf"\.bodymap__highlight--{kind} \{{([^}}]*)\}}", text).group(1)
        assert "fill:" not in rule, kind
