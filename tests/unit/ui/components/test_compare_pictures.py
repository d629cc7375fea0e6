"""The comparison's pictures: the best root and muscle first, and a chooser for any other."""

from __future__ import annotations

import pytest
from dash_bodymap import BodyMap, GroupedSelect

from dashapp import create_app
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.sciatica.evidence import ROOTS
from dashapp.ui import ids
from dashapp.ui.components import compare_pictures as pictures
from tests.unit.domain.sciatica.test_consult import NO_FLAGS, PAIN, run
from tests.unit.ui.test_layout import find

OUTER_LEG = ("thigh_outer_upper", "thigh_outer_lower", "calf_outer", "ankle_outer")


@pytest.fixture(scope="module")
def services():
    return create_app({"SECRET_KEY": "test"}).server.extensions["painmap"]


@pytest.fixture(scope="module")
def view(services):
    chart = PainChart(tuple(Mark(f"right_{r}", 6) for r in OUTER_LEG), activities=("driving",))
    return run(services.reference, chart.to_json(), {**NO_FLAGS, **PAIN})


def values(groups) -> list[str]:
    return [o["value"] for g in groups for o in g["options"]]


def test_the_choosers_start_at_the_best_fits(services, view):
    tree = pictures.pictures(view, services)
    root_choice = next(f for f in tree if _has(f, ids.COMPARE_ROOT_CHOICE))
    muscle_choice = next(f for f in tree if _has(f, ids.COMPARE_MUSCLE_CHOICE))
    root, side, _ = view.best_root
    chooser = find(root_choice, ids.COMPARE_ROOT_CHOICE)
    assert isinstance(chooser, GroupedSelect)
    assert chooser.value == f"{root}|{side}" == values(chooser.groups)[0]
    best = view.best_muscle
    chooser = find(muscle_choice, ids.COMPARE_MUSCLE_CHOICE)
    assert chooser.value == f"{best.muscle}|{best.side}" == values(chooser.groups)[0]
    assert isinstance(find(root_choice, ids.COMPARE_ROOT_MAP), BodyMap)


def test_every_root_and_muscle_on_each_side_can_be_chosen_once(services, view):
    roots = values(pictures.root_groups(view))
    assert sorted(roots) == sorted(f"{r}|{s}" for r in ROOTS for s in ("right", "left"))
    muscles = values(pictures.muscle_groups(view, services))
    assert sorted(muscles) == sorted(
        f"{m}|{s}" for m in services.atlas.muscle_ids for s in ("right", "left")
    )
    fitted = pictures.muscle_groups(view, services)[0]["options"]
    assert [o["value"] for o in fitted] == [f"{c.muscle}|{c.side}" for c in view.muscles]


def test_a_chosen_root_shows_its_own_skin_area_on_its_own_side(services):
    highlights, caption, _ = pictures.root_figure(services, "S1", "left")
    paths = {
        d.path for d in services.dermatomes if (d.map, d.root, d.side) == ("classic", "S1", "left")
    }
    assert {h["path"] for h in highlights} == paths and paths
    assert caption.startswith("Nerve-root pattern: S1, left")


def test_a_chosen_muscle_shows_its_pattern_on_its_own_side(services):
    highlights, caption, label = pictures.muscle_figure(services, "piriformis", "left")
    zones = {z.path for z in services.zones if (z.muscle, z.side) == ("piriformis", "left")}
    assert {h["path"] for h in highlights} == zones and zones
    plain = services.atlas.muscle("piriformis").plain_name
    assert caption == f"Muscle pattern: {plain}, left" and plain in label
    assert plain.endswith("(piriformis)"), "patients read the lay name, the Latin after it"


@pytest.mark.parametrize(
    "value", [None, 5, "L5", "L9|right", "L5|up", "L5|right|x", ["L5|right"], "piriformis|left"]
)
def test_a_forged_choice_reads_as_none(value):
    assert pictures.read_choice(value, ROOTS) is None


def test_a_real_choice_reads_back():
    assert pictures.read_choice("L5|left", ROOTS) == ("L5", "left")


def _has(component, component_id) -> bool:
    try:
        find(component, component_id)
    except StopIteration:
        return False
    return True
