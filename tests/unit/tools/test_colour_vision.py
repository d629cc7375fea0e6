"""The colour-vision simulation and the colour difference, on colours whose answers are known
from elsewhere: Chromium's vision-deficiency emulation (the same Machado matrices on linear RGB)
and Sharma, Wu and Dalal's (2005) CIEDE2000 test data."""

from __future__ import annotations

import numpy as np
import pytest

from tools.colour_vision import ciede2000, difference, lab, simulate, simulate_image

# (kind, colour, what Chromium shows), 0-255; within 2 for rounding and clipping.
KNOWN = [
    ("protanopia", (255, 0, 0), (109, 95, 0)),
    ("protanopia", (0, 0, 255), (0, 88, 255)),
    ("protanopia", (0, 255, 0), (255, 229, 0)),
    ("deuteranopia", (255, 0, 0), (163, 144, 0)),
    ("deuteranopia", (0, 255, 0), (239, 214, 59)),
    ("deuteranopia", (0, 0, 255), (0, 61, 251)),
    ("tritanopia", (255, 0, 0), (255, 0, 13)),
    ("tritanopia", (0, 255, 0), (0, 247, 216)),
    ("tritanopia", (0, 0, 255), (0, 108, 150)),
    ("greyscale", (255, 0, 0), (127, 127, 127)),
    ("greyscale", (0, 255, 0), (220, 220, 220)),
    ("greyscale", (0, 0, 255), (75, 75, 75)),
]


@pytest.mark.parametrize(("kind", "colour", "seen"), KNOWN)
def test_primaries_look_as_chromium_shows_them(kind, colour, seen):
    got = simulate(tuple(c / 255 for c in colour), kind)
    assert all(abs(g * 255 - s) <= 2 for g, s in zip(got, seen, strict=True)), (got, seen)


@pytest.mark.parametrize("kind", ["greyscale", "protanopia", "deuteranopia", "tritanopia"])
def test_white_and_black_stay_as_they_are(kind):
    assert simulate((1.0, 1.0, 1.0), kind) == pytest.approx((1.0, 1.0, 1.0), abs=1e-5)
    assert simulate((0.0, 0.0, 0.0), kind) == pytest.approx((0.0, 0.0, 0.0), abs=1e-9)


def test_a_picture_is_simulated_pixel_by_pixel_like_a_colour():
    pixels = np.array([[[255, 0, 0], [0, 0, 255]]], dtype=np.uint8)
    seen = simulate_image(pixels, "deuteranopia")
    for n, colour in enumerate(((1.0, 0.0, 0.0), (0.0, 0.0, 1.0))):
        expected = [round(c * 255) for c in simulate(colour, "deuteranopia")]
        assert list(seen[0, n]) == expected


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
    ],
)
def test_ciede2000_matches_sharmas_test_data(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_lab_of_white_and_red():
    assert lab((1.0, 1.0, 1.0)) == pytest.approx((100.0, 0.0, 0.0), abs=1e-3)
    assert lab((1.0, 0.0, 0.0)) == pytest.approx((53.24, 80.09, 67.20), abs=0.01)


def test_red_and_green_that_differ_to_most_eyes_are_close_for_deuteranopia():
    # The reason for simulating at all: a red and a green of one lightness nearly merge.
    assert difference("#d62728", "#2ca02c") > 40
    assert difference("#d62728", "#2ca02c", "deuteranopia") < difference("#d62728", "#2ca02c")
