"""Choosing what the atlas shows: a pick, a step through the list, a tap on a muscle."""

from __future__ import annotations

import pytest

from dashapp import create_app
from dashapp.callbacks.atlas import choice
from dashapp.ui import ids
from dashapp.ui.components import atlas_view


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    folder = tmp_path_factory.mktemp("atlas")
    config = {"DATABASE_URL": f"sqlite:///{folder / 'db'}", "DEMO": False, "SECRET_KEY": "t"}
    return create_app(config).server.extensions["painmap"]


def test_a_pick_is_kept_and_an_unknown_one_falls_back(services):
    assert choice(services, ids.ATLAS_PICKER, "piriformis", "left", None) == ("piriformis", "left")
    fallback = choice(services, ids.ATLAS_PICKER, "no_such_muscle", "up", None)
    assert fallback == (atlas_view.DEFAULT_MUSCLE, "right")


def test_next_and_previous_wrap_around_the_list(services):
    order = atlas_view.ordered_muscles(services.atlas)
    assert choice(services, ids.ATLAS_NEXT, order[-1], "right", None) == (order[0], "right")
    assert choice(services, ids.ATLAS_PREV, order[0], "left", None) == (order[-1], "left")


def test_a_tap_on_a_muscle_shows_it_on_the_tapped_side(services):
    outline = next(o for o in services.muscles if o.muscle == "piriformis" and o.side == "left")
    assert choice(services, ids.ATLAS_MAP, "psoas", "right", outline.id) == ("piriformis", "left")
    assert choice(services, ids.ATLAS_MAP, "piriformis", "right", "not_a_muscle") is None
