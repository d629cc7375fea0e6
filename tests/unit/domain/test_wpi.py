"""The shipped Widespread Pain Index map counts the areas as the ACR form defines them."""

from __future__ import annotations

import pytest

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.progress import wpi_areas
from dashapp.domain.wpi import WPI_AREAS, load_wpi_map

REGIONS = {r.id: r for r in geometry.load_surface_regions()}
WPI = load_wpi_map(REGIONS)
GIRDLE = (
    "collarbone",
    "shoulder_blade_upper",
    "shoulder_blade_lower",
    "shoulder_top_outer",
    "neck_base_back",
    "shoulder_front",
    "shoulder_back",
)
# The parts of the shoulder top and shoulder blade, each cut in two.
BLADE_AND_TOP = (
    "shoulder_blade_upper",
    "shoulder_blade_lower",
    "shoulder_top_outer",
    "neck_base_back",
)


@pytest.mark.parametrize("side", ["right", "left"])
def test_collarbone_shoulder_blade_and_shoulder_top_count_as_one_area(side):
    chart = PainChart(tuple(Mark(f"{side}_{part}", 5) for part in ("collarbone", *BLADE_AND_TOP)))
    assert wpi_areas(chart, WPI) == (f"{side}_shoulder_girdle",)


@pytest.mark.parametrize("part", GIRDLE)
def test_every_part_of_the_shoulder_girdle_counts_for_its_own_side(part):
    for side in ("right", "left"):
        region = f"{side}_{part}"
        assert REGIONS[region].side == side
        assert WPI[region] == f"{side}_shoulder_girdle"


def test_both_shoulder_girdles_and_the_chest_are_three_areas():
    marks = [Mark(f"{side}_{part}", 4) for side in ("right", "left") for part in GIRDLE]
    chart = PainChart((*marks, Mark("right_chest", 4)))
    assert wpi_areas(chart, WPI) == ("left_shoulder_girdle", "right_shoulder_girdle", "chest")


def test_the_map_reaches_all_19_areas():
    assert set(WPI.values()) == set(WPI_AREAS)
