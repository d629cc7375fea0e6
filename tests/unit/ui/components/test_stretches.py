"""The stretches handed out, as the session page lists them: the atlas's own words, caution
and source for each, in the order given, and a Remove button each."""

from __future__ import annotations

from datetime import date

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.chart import PainChart
from dashapp.domain.reference import load_reference
from dashapp.ui import ids
from dashapp.ui.components.session_parts import Answers
from dashapp.ui.components.stretches import stretch_rows
from dashapp.ui.pages.session import SessionData, layout
from tests.unit.ui.components.tree import walk
from tests.unit.ui.pages.test_session import find

REFERENCE = load_reference(SHIPPED_DATA)
ATLAS = REFERENCE.atlas
GIVEN = ("soleus", "piriformis")


def text(component) -> str:
    return " ".join(t for t, _ in walk(component))


def test_each_stretch_has_its_instructions_caution_and_source_in_the_order_given():
    rows = stretch_rows(ATLAS, GIVEN)
    assert [r.to_plotly_json()["props"]["data-muscle"] for r in rows] == list(GIVEN)
    for row, muscle in zip(rows, GIVEN, strict=True):
        (care,) = ATLAS.self_care_for(muscle)
        said = text(row)
        assert ATLAS.muscle(muscle).plain_name in said and care.stretch in said
        assert care.caution in said and "no specific published source" in said
        assert "low confidence" in said
        assert find(row, ids.session_stretch_remove(muscle)).children == "Remove"


def test_none_handed_out_says_so():
    (row,) = stretch_rows(ATLAS, [])
    assert row.children == "None handed out yet."


def test_the_session_page_shows_the_stretches_handed_out_and_the_form():
    none = Answers({}, False, {})
    data = SessionData(1, "", date(2026, 3, 2), "", 1, "A", PainChart(), (), none, stretches=GIVEN)
    page = layout(data, REFERENCE)
    listed = text(find(page, ids.SESSION_STRETCHES))
    assert listed.index("(soleus)") < listed.index("(piriformis)")
    assert find(page, ids.SESSION_S_ADD).children == "Hand out"
    assert find(page, ids.SESSION_S_MUSCLE) is not None
