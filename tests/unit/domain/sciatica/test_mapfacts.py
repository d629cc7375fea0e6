"""What the marked map says: below the knee read from the drawing, and the saddle area."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica import BELOW_KNEE_GROUPS, SADDLE_REGIONS, below_knee_ids, map_facts
from tests.unit.domain.sciatica.consultation import REGIONS


def test_below_the_knee_from_the_drawing_agrees_with_the_area_groups():
    expected = {r.id for r in REGIONS.values() if r.area_group in BELOW_KNEE_GROUPS}
    assert below_knee_ids(REGIONS.values()) == expected


def test_below_the_knee_follows_the_drawing_not_the_name():
    # The same shin, drawn above its knee, is no longer below it.
    shin = REGIONS["right_shin"]
    raised = replace(shin, path="M150 600L190 600 190 650 150 650Z")
    regions = {**REGIONS, "right_shin": raised}
    assert "right_shin" not in below_knee_ids(regions.values())
    assert not map_facts(["right_shin"], regions).below_knee


def test_a_side_without_a_knee_has_nothing_below_it():
    no_knees = [r for r in REGIONS.values() if r.area_group != "knee"]
    assert below_knee_ids(no_knees) == frozenset()


def test_saddle_regions_lie_in_the_s3_s5_skin_area():
    overlaps = load_reference(SHIPPED_DATA).dermatome_overlaps
    saddle = {
        region
        for key, shares in overlaps.items()
        if key.startswith("classic_midline_s3_s5")
        for region, share in shares.items()
        if share >= 0.1
    }
    assert set(SADDLE_REGIONS) <= saddle


@pytest.mark.parametrize("quality", ["numb", "tingling"])
def test_only_a_changed_feeling_in_the_saddle_counts_as_sensory(quality):
    region = "right_buttock_lower_inner"
    assert map_facts([region], REGIONS, {region: [quality, "aching"]}).saddle_sensory
    assert not map_facts([region], REGIONS, {region: ["aching", "burning"]}).saddle_sensory
    assert not map_facts([region], REGIONS).saddle_sensory
    assert not map_facts(["sacrum"], REGIONS, {"sacrum": [quality]}).saddle_sensory
