"""Reading and writing the atlas's address: what it shows, and a message for what it cannot."""

from __future__ import annotations

from urllib.parse import parse_qs

from hypothesis import given
from hypothesis import strategies as st

from dashapp.ui.components.atlas_address import (
    DEFAULT_MUSCLE,
    AtlasAddress,
    parse,
    presentation,
)

MUSCLES = ("gluteus_minimus_anterior", "piriformis", "soleus")
ROOTS = ("L4", "L5", "S1")


def test_a_full_address_is_read_and_written_back_the_same():
    query = "?muscle=piriformis&side=left&present=1&overlay=L5"
    address = parse(MUSCLES, ROOTS, "piriformis", "left", "1", "L5")
    assert address == AtlasAddress("piriformis", "left", True, "L5")
    assert address.problems == ()
    assert address.query() == query
    assert address.link(present=False) == "/atlas?muscle=piriformis&side=left&overlay=L5"


def test_nothing_given_opens_the_default_muscle_quietly():
    address = parse(MUSCLES, ROOTS)
    assert (address.muscle, address.side, address.present, address.overlay) == (
        DEFAULT_MUSCLE,
        "right",
        False,
        "",
    )
    assert address.problems == ()


def test_each_bad_value_is_set_aside_with_a_message():
    address = parse(MUSCLES, ROOTS, "gluteus_maximum", "up", "yes", "L9")
    assert address == AtlasAddress(DEFAULT_MUSCLE, "right", False, "")
    assert address.problems == (
        "The atlas has no muscle called “gluteus_maximum”.",
        "“up” is not a side: showing the right side.",
        "“present=yes” is not understood: showing the atlas.",
        "Nothing called “L9” can be laid over the map.",
    )


def test_a_muscle_over_itself_or_none_is_no_overlay_and_a_repeated_value_reads_the_first():
    assert parse(MUSCLES, ROOTS, "soleus", overlay="soleus").overlay == ""
    assert parse(MUSCLES, ROOTS, "soleus", overlay="none").overlay == ""
    assert parse(MUSCLES, ROOTS, ["soleus", "piriformis"], ["left", "right"]).side == "left"
    assert parse(MUSCLES, ROOTS, [], overlay=["piriformis"]).overlay == "piriformis"


@given(
    st.one_of(st.none(), st.text(max_size=30), st.lists(st.text(max_size=10), max_size=3)),
    st.one_of(st.none(), st.text(max_size=30)),
    st.one_of(st.none(), st.text(max_size=5)),
    st.one_of(st.none(), st.text(max_size=30)),
)
def test_any_address_gives_something_the_atlas_can_show(muscle, side, present, overlay):
    address = parse(MUSCLES, ROOTS, muscle, side, present, overlay)
    assert address.muscle in MUSCLES and address.side in ("right", "left")
    assert address.overlay in ("", *MUSCLES, *ROOTS) and address.overlay != address.muscle
    # What it shows reads back the same from its own address.
    again = dict(p.split("=", 1) for p in address.query().lstrip("?").split("&"))
    assert parse(MUSCLES, ROOTS, **again) == address


def test_a_presentation_over_a_session_is_addressed_and_leaves_to_that_session():
    link = presentation("gluteus_minimus_anterior", "right", 12)
    assert link == "/atlas?muscle=gluteus_minimus_anterior&side=right&present=1&visit=12"
    address = parse(MUSCLES, ROOTS, **parse_qs(link.partition("?")[2]))
    assert (address.muscle, address.side, address.present, address.visit) == (
        "gluteus_minimus_anterior",
        "right",
        True,
        "12",
    )
    assert address.problems == ()
    assert address.leave() == "/sessions/12"
    # Without a session, or outside the presentation, leaving stays in the atlas.
    assert AtlasAddress("soleus", "left", True).leave() == "/atlas?muscle=soleus&side=left"
    on_atlas = AtlasAddress("soleus", "left", False, visit="12")
    assert on_atlas.leave() == "/atlas?muscle=soleus&side=left&visit=12"
