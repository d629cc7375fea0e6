"""The red-flag panel and the question asked at once: built from given data, no browser."""

from __future__ import annotations

from dash import html

from dashapp.domain.sciatica import ask_now, map_facts, red_flags
from dashapp.ui import ids
from dashapp.ui.components.consultation import ask_panel, red_flag_panel
from tests.unit.domain.sciatica.consultation import DATA, REGIONS, facts, intake


def walk(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str):
            yield from walk(child)


def text(component) -> str:
    parts = []
    for node in walk(component):
        children = getattr(node, "children", None)
        for child in children if isinstance(children, list | tuple) else [children]:
            if isinstance(child, str):
                parts.append(child)
    return " ".join(parts)


def test_an_urgent_flag_holds_back_and_names_its_sources_for_the_therapist():
    flags = red_flags(intake(saddle_numbness="yes", deformity="yes"), facts(), data=DATA)
    panel = red_flag_panel(flags)
    words = text(panel)
    assert panel.role == "alert" and "seek medical care now" in words
    assert "held back" in words
    assert "[CKS-CES; BMJBP; CKS-RF]" in words and "cauda equina" in words
    assert [
        n.to_plotly_json()["props"].get("data-flag") for n in walk(panel) if isinstance(n, html.Li)
    ] == [
        "saddle_numbness",
        "deformity",
    ]


def test_a_review_flag_alone_does_not_hold_back():
    panel = red_flag_panel(red_flags(intake(inflammatory="yes"), facts(), data=DATA))
    words = text(panel)
    assert "Worth mentioning to your doctor" in words and "held back" not in words
    assert panel.role == "note"


def test_the_saddle_question_is_asked_in_plain_words_with_its_answers():
    panel = ask_panel(("saddle_numbness",), DATA.red_flags, "patient")
    words = text(panel)
    assert "numbness or pins and needles" in words
    assert DATA.red_flags["saddle_numbness"].question in words
    (choice,) = [
        n
        for n in walk(panel)
        if getattr(n, "id", None) == ids.ask_now("patient", "saddle_numbness")
    ]
    assert [o["value"] for o in choice.options] == ["yes", "no", "unsure"]
    assert choice.value is None


def test_the_questions_a_neck_drawing_asks_come_in_sections_with_their_headings():
    asked = ask_now({}, marked("right_nape"))
    panel = ask_panel(asked, DATA.red_flags, "patient")
    words = text(panel)
    assert "Important questions first" in words
    sections = [n.children for n in walk(panel) if isinstance(n, html.H3)]
    assert sections == [
        "Your neck, shoulders and arms",
        "Chest pain or breathlessness",
        "Dizziness, sight, speech and swallowing",
    ]
    fields = [n.to_plotly_json()["props"].get("data-field") for n in walk(panel)]
    assert [f for f in fields if f] == list(asked)
    assert "Headache, face and jaw" not in words


def test_a_sign_needing_care_comes_above_the_questions_still_asked():
    chart = marked("right_nape")
    flags = red_flags(intake(myelopathy_worsening="yes"), chart, data=DATA)
    asked = ask_now({"myelopathy_worsening": "yes"}, chart)
    first, second = ask_panel(asked, DATA.red_flags, "phone", flags).children
    assert "Please seek medical care today" in text(first)
    assert "ask-now" in second.className


def test_a_review_sign_stays_below_the_questions_still_asked():
    chart = marked("right_jaw")
    flags = red_flags(intake(electric_face_pain="yes"), chart, data=DATA)
    first, second = ask_panel(ask_now({}, chart), DATA.red_flags, "phone", flags).children
    assert "ask-now" in first.className and "Worth mentioning" in text(second)


def marked(*regions):
    return map_facts(regions, REGIONS)


def test_the_heading_says_today_when_the_most_urgent_sign_asks_for_care_today():
    flags = red_flags(intake(jaw_claudication="yes"), facts(), data=DATA)
    words = text(red_flag_panel(flags))
    assert "Please seek medical care today" in words and "medical care now" not in words
    both = red_flags(intake(jaw_claudication="yes", vision_loss="yes"), facts(), data=DATA)
    assert text(red_flag_panel(both)).startswith("Please seek medical care now")


def test_every_heading_agrees_with_what_its_own_flags_ask_the_person_to_do():
    # The heading follows the flag's urgency; its message must ask for the same time.
    for flag_id, flag in DATA.red_flags.items():
        message = flag.patient_message.lower()
        if flag.urgency == "now":
            assert any(w in message for w in ("now", "ambulance", "emergency")), flag_id
        elif flag.urgency == "today":
            assert "today" in message and "emergency department" not in message, flag_id


def test_the_age_asked_in_the_place_of_the_jaw_questions_offers_the_age_bands():
    chart = map_facts(["left_temple", "left_jaw"], REGIONS)
    asked = ask_now({}, chart)
    panel = ask_panel(asked, DATA.red_flags, "patient")
    [age] = [n for n in walk(panel) if getattr(n, "id", None) == ids.ask_now("patient", "age")]
    assert [o["value"] for o in age.options] == ["under_20", "20_to_50", "over_50"]
    words = text(panel)
    assert "How old are you?" in words and "jaw ache or tire" not in words
