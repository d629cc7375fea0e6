"""A course's one rule for a treatment row, shared by the store and the import."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.course import check_stretches, treatment_problem

ROW = {"technique": "ischemic_compression", "muscle": "piriformis", "side": "left", "minutes": 5}
TECHNIQUES, MUSCLES = {"ischemic_compression"}, {"piriformis"}


def test_a_known_treatment_is_kept():
    assert treatment_problem(ROW, TECHNIQUES, MUSCLES) is None


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"technique": "cupping"}, "technique", "'cupping' is not a known technique"),
        ({"muscle": "biceps"}, "muscle", "'biceps' is not a known muscle"),
        ({"side": "middle"}, "side", "'middle' is not one of left, right, both"),
        ({"minutes": 0}, "minutes", "0 is not a whole number from 1 to 240"),
        ({"minutes": 241}, "minutes", "241 is not a whole number from 1 to 240"),
        ({"minutes": True}, "minutes", "True is not a whole number"),
        ({"minutes": 2.5}, "minutes", "2.5 is not a whole number"),
    ],
)
def test_each_fault_names_its_field(change, field, reason):
    found = treatment_problem(ROW | change, TECHNIQUES, MUSCLES)
    assert found is not None and found[0] == field and found[1].startswith(reason)


MUSCLES = ("piriformis", "soleus", "gluteus_medius")


@given(st.lists(st.sampled_from(MUSCLES), unique=True))
def test_known_stretches_are_kept_in_the_order_given(chosen):
    assert check_stretches(chosen, MUSCLES) == tuple(chosen)


@given(st.lists(st.sampled_from(MUSCLES), min_size=1, unique=True), st.data())
def test_a_stretch_given_twice_is_refused(chosen, data):
    again = [*chosen, data.draw(st.sampled_from(chosen))]
    with pytest.raises(ValueError, match=rf"^Stretch {len(again)}: .* is handed out twice$"):
        check_stretches(again, MUSCLES)


@pytest.mark.parametrize("value", [None, "soleus", {"soleus": 1}, 3, ["Soleus"], [["soleus"]]])
def test_anything_else_is_refused(value):
    with pytest.raises(ValueError, match=r"must be a list|is not a muscle of the atlas"):
        check_stretches(value, MUSCLES)
