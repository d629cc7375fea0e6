"""The session page's summary lists the drawing beside the marks."""

from __future__ import annotations

from datetime import date

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke
from dashapp.domain.reference import load_reference
from dashapp.ui import ids
from dashapp.ui.components.session_parts import Answers
from dashapp.ui.pages.session import SessionData, layout

THIGH = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))


def find(node, wanted):
    if getattr(node, "id", None) == wanted:
        return node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            got = find(child, wanted)
            if got is not None:
                return got
    return None


def test_the_summary_has_a_line_for_the_drawing():
    chart = PainChart((Mark("sacrum", 4),), strokes=(Stroke("front", THIGH, 12.0, "brush", 6),))
    data = SessionData(1, "", date(2026, 3, 2), "", 1, "A", chart, (), Answers({}, False, {}))
    summary = find(layout(data, load_reference(SHIPPED_DATA)), ids.SESSION_SUMMARY)
    lines = [item.children for item in summary.children]
    assert lines[0].startswith("Sacrum")
    assert lines[1].startswith("Drawn: right outer thigh (lower)") and lines[1].endswith("6/10")


def test_warning_signs_come_before_the_map_and_the_comparison_beside_it():
    from dashapp.domain.sciatica.consult import Consultation
    from dashapp.domain.sciatica.flags import red_flags
    from tests.unit.ui.components.test_consultation import facts, intake

    reference = load_reference(SHIPPED_DATA)
    flags = red_flags(intake(saddle_numbness="yes"), facts(), data=reference.sciatica)
    view = Consultation(PainChart(), red_flags=flags)
    data = SessionData(
        1,
        "",
        date(2026, 3, 2),
        "",
        1,
        "A",
        PainChart(),
        (),
        Answers({}, False, {}),
        consultation=view,
    )
    page = layout(data, reference)
    order = [getattr(c, "id", None) or getattr(c, "className", None) for c in page.children]
    assert order.index(ids.SESSION_FLAGS) < order.index("patient__grid")
    shown = find(page, ids.SESSION_FLAGS).children
    assert shown[0].children[0].children == "Please seek medical care now"
    assert find(page, ids.SESSION_COMPARE) is not None
    for section in (ids.SESSION_ACTIVITIES_SECTION, ids.SESSION_INTAKE_SECTION):
        assert find(page, section) is not None


def test_without_warning_signs_nothing_stands_above_the_map():
    from dashapp.domain.sciatica.consult import Consultation

    data = SessionData(
        1,
        "",
        date(2026, 3, 2),
        "",
        1,
        "A",
        PainChart(),
        (),
        Answers({}, False, {}),
        consultation=Consultation(PainChart(), missing=("onset",)),
    )
    page = layout(data, load_reference(SHIPPED_DATA))
    assert find(page, ids.SESSION_FLAGS).children == []


def test_the_map_offers_the_closer_views_and_find_an_area():
    # A therapist on a tablet marks a finger or the side of the neck in a closer view: the
    # whole body's areas there are too small for a finger (8 x 35 px for the index finger).
    reference = load_reference(SHIPPED_DATA)
    data = SessionData(1, "", date(2026, 3, 2), "", 1, "A", PainChart(), (), Answers({}, False, {}))
    shown = find(layout(data, reference), ids.SESSION_MAP)
    views = {view["id"]: view["label"] for view in shown.focusViews}
    assert views == {view.id: view.label for view in reference.focus_views}
    assert {"neck_arm", "hand", "head", "legs"} <= set(views)
    assert shown.focusView == "whole"
    assert shown.findLabel == "Find an area"
