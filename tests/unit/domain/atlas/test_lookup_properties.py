"""Properties of the lookup's area-true scoring, on the shipped body and atlas.

The body is re-cut here (a region split in two, or cut along a pattern's zones) by measuring
the shipped zones against the new pieces, as the load does against the shipped regions."""

from __future__ import annotations

from functools import cache

import pytest
import shapely
from hypothesis import example, given, settings
from hypothesis import strategies as st
from shapely.geometry import box

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.lookup import MIN_EXPLAINED, rank, score_pattern
from dashapp.domain.atlas.referral import build_patterns
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.body.zones import zone_area_by_region, zone_shape
from dashapp.domain.reference import load_reference

REFERENCE = load_reference(SHIPPED_DATA)
REGIONS = {r.id: r for r in REFERENCE.regions}
ACTIVITIES = sorted(a.id for a in REFERENCE.atlas.activities)
PATTERN_KEYS = [(p.muscle, p.side) for p in REFERENCE.patterns]


@cache
def zone_areas() -> dict[str, dict[str, float]]:
    return zone_area_by_region(REFERENCE.zones, REFERENCE.regions)


@cache
def tile(region: str) -> shapely.Geometry:
    return parse_path(REGIONS[region].path)


def measure(pieces: dict[str, tuple[str, shapely.Geometry]]):
    """Zone areas and piece areas for new pieces: piece id -> (view, shape)."""
    areas = {pid: shape.area for pid, (_, shape) in pieces.items()}
    measured: dict[str, dict[str, float]] = {}
    for zone in REFERENCE.zones:
        shape = zone_shape(zone)
        for pid, (view, piece) in pieces.items():
            if view == zone.view and shape.intersects(piece):
                measured.setdefault(zone.id, {})[pid] = shape.intersection(piece).area
    return measured, areas


def recut(replaced: set[str], pieces: dict[str, tuple[str, shapely.Geometry]]):
    """Patterns and region areas of the body with `replaced` regions swapped for `pieces`."""
    measured, piece_areas = measure(pieces)
    merged = {
        zid: {r: a for r, a in by_region.items() if r not in replaced} | measured.get(zid, {})
        for zid, by_region in zone_areas().items()
    }
    areas = {r: a for r, a in region_areas(REFERENCE.regions).items() if r not in replaced}
    patterns = build_patterns(REFERENCE.zones, merged, REFERENCE.atlas)
    return patterns, areas | piece_areas


def scores(ranked) -> dict[tuple[str, str], float]:
    return {(c.muscle, c.side): c.score for c in ranked}


def mirror(region: str) -> str:
    for a, b in (("right_", "left_"), ("left_", "right_")):
        if region.startswith(a):
            return b + region[len(a) :]
    return region


REACHED = sorted({r for p in REFERENCE.patterns for r in (*p.essential, *p.spillover)})
marks = st.dictionaries(st.sampled_from(REACHED), st.integers(0, 10), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@example(  # two halves of the inner ankle whose rounded shares differ from the whole's by 1e-5
    region="left_ankle_inner", vertical=False, at=0.5, others={"left_achilles": 0}, intensity=4
)
@given(
    region=st.sampled_from(REACHED),
    vertical=st.booleans(),
    at=st.floats(0.2, 0.8),
    others=marks,
    intensity=st.integers(0, 10),
)
def test_cutting_a_region_in_two_and_marking_both_halves_changes_no_ranking(
    region, vertical, at, others, intensity
):
    shape = tile(region)
    x0, y0, x1, y1 = shape.bounds
    half = (
        box(x0 - 1, y0 - 1, x0 + at * (x1 - x0), y1 + 1)
        if vertical
        else box(x0 - 1, y0 - 1, x1 + 1, y0 + at * (y1 - y0))
    )
    view = REGIONS[region].view
    a, b = shape.intersection(half), shape.difference(half)
    patterns, areas = recut({region}, {"cut_a": (view, a), "cut_b": (view, b)})
    whole = {r: i for r, i in others.items() if r != region} | {region: intensity}
    halves = {r: i for r, i in whole.items() if r != region} | dict.fromkeys(
        ("cut_a", "cut_b"), intensity
    )
    before = rank(REFERENCE.patterns, whole, region_areas(REFERENCE.regions))
    after = rank(patterns, halves, areas)
    # A region's share of a zone is kept to 4 places (zones.region_overlaps), and two halves
    # each carry that rounding: scores agree to that, not to the last bits.
    assert scores(after) == pytest.approx(scores(before), abs=1e-4)
    assert_same_order(before, after, apart=2e-4)


def assert_same_order(before, after, apart: float) -> None:
    """Any two candidates whose scores were more than `apart` apart keep their order (closer
    ones are ties within the rounding above, and may swap)."""
    was, now = scores(before), scores(after)
    assert set(was) == set(now)
    for a in was:
        for b in was:
            if was[a] > was[b] + apart:
                assert now[a] > now[b], (a, b, was[a], was[b], now[a], now[b])


@pytest.mark.parametrize("key", PATTERN_KEYS, ids=["-".join(k) for k in PATTERN_KEYS])
def test_a_drawing_equal_to_a_patterns_zones_ranks_that_pattern_first(key):
    muscle, side = key
    mine = [z for z in REFERENCE.zones if (z.muscle, z.side) == key]
    drawn = {
        view: shapely.union_all([zone_shape(z) for z in mine if z.view == view])
        for view in {z.view for z in mine}
    }
    pattern = next(p for p in REFERENCE.patterns if (p.muscle, p.side) == key)
    touched = {*pattern.essential, *pattern.spillover}
    pieces = {}
    for region in touched:
        view = REGIONS[region].view
        pieces[f"{region}__in"] = (view, tile(region).intersection(drawn[view]))
        pieces[f"{region}__out"] = (view, tile(region).difference(drawn[view]))
    patterns, areas = recut(touched, pieces)
    drawing = {pid: 6 for pid in pieces if pid.endswith("__in") and areas[pid] > 0}
    ranked = rank(patterns, drawing, areas)
    assert (ranked[0].muscle, ranked[0].side) == key
    assert ranked[0].coverage == pytest.approx(1.0, abs=1e-3)
    assert ranked[0].score > ranked[1].score


@settings(max_examples=60, deadline=None)
@given(chart=marks)
def test_mirrored_drawings_score_the_mirrored_muscles_alike(chart):
    other = {"right": "left", "left": "right"}
    areas = region_areas(REFERENCE.regions)
    mirrored = {mirror(r): i for r, i in chart.items()}
    straight = scores(rank(REFERENCE.patterns, chart, areas))
    flipped = {
        (m, other[s]): v for (m, s), v in scores(rank(REFERENCE.patterns, mirrored, areas)).items()
    }
    shared = straight.keys() & flipped.keys()
    for key in shared:
        assert flipped[key] == pytest.approx(straight[key], abs=0.03), key
    # a candidate found on one side only sits at the edge of the cut-off on the other
    for key in straight.keys() ^ flipped.keys():
        assert max(straight.get(key, 0.0), flipped.get(key, 0.0)) < 0.1, key


@settings(max_examples=60, deadline=None)
@given(
    chart=marks, reported=st.sets(st.sampled_from(ACTIVITIES)), added=st.sampled_from(ACTIVITIES)
)
def test_adding_an_activity_never_lowers_a_score(chart, reported, added):
    areas = region_areas(REFERENCE.regions)
    before = scores(rank(REFERENCE.patterns, chart, areas, sorted(reported)))
    after = scores(rank(REFERENCE.patterns, chart, areas, sorted(reported | {added})))
    assert after.keys() == before.keys()
    assert all(after[key] >= before[key] for key in before)
    matching = {p.muscle for p in REFERENCE.patterns if added in p.activities}
    if added not in reported and len(reported) < 3:
        assert all(after[k] > before[k] for k in before if k[0] in matching)


@settings(max_examples=40, deadline=None)
@given(marked=marks, activities=st.lists(st.sampled_from(ACTIVITIES), max_size=3))
def test_patterns_left_out_before_scoring_are_those_that_would_explain_nothing(marked, activities):
    """rank() skips the patterns that reach no marked area; scoring every one gives the same."""
    areas = region_areas(REFERENCE.regions)
    everyone = [score_pattern(p, marked, areas, activities) for p in REFERENCE.patterns]
    expected = sorted(
        (c for c in everyone if c.explained >= MIN_EXPLAINED),
        key=lambda c: (-c.score, c.muscle, c.side),
    )
    assert rank(REFERENCE.patterns, marked, areas, activities) == expected
