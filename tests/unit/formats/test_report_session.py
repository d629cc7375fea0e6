"""The session report's findings, read from the HTML WeasyPrint is given (quick): red flags
first, then after the map the leaning, the closest patterns as drawings, the evidence, the
treatment and the stretches, each with its sources; a session without them still reads."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import unescape

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.course import Session, Treatment
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.consult import findings_from_form
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from dashapp.formats.report import session_html
from dashapp.store.demo import ACTIVITIES, FINDINGS, FIRST_MAP, INTAKE, _chart

# An arm drawing waits for the arm's history too (arm_gate.py).
ARM_HISTORY = {"arm_worse": "same", "arm_tingling": "no", "hand_on_head": "no"}

REFERENCE = load_reference(SHIPPED_DATA)
ATLAS = REFERENCE.atlas
LABELS = {t.id: t.label for t in ATLAS.techniques} | {m.id: m.name for m in ATLAS.muscles}
HANDED = ("gluteus_minimus_anterior", "piriformis")
FULL = Session(
    date(2026, 11, 12),
    _chart(FIRST_MAP, ACTIVITIES),
    INTAKE,
    findings_from_form(FINDINGS),
    (Treatment("ischemic_compression", "gluteus_minimus_anterior", "right", 10),),
    "Pressure on the front of the right gluteus minimus brings on the familiar pain.",
    HANDED,
)
SADDLE = replace(FULL, intake={**INTAKE, "saddle_numbness": "yes"})


def html_of(session: Session, **given) -> str:
    given = {"reference": REFERENCE} | given
    return session_html("Alex <Example>", session, REFERENCE.views, REFERENCE.regions, **given)


def text(html: str) -> str:
    """What a reader sees: the words, without tags or embedded pictures."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_each_part_comes_after_the_map_in_order_with_its_sources():
    html = html_of(FULL, labels=LABELS)
    said = text(html)
    order = [
        'class="map"',
        "Nerve or muscle?",
        "Closest muscle patterns",
        "What was found",
        "<h2>Treatment</h2>",
        "Stretches to do at home",
        "<h2>Sources</h2>",
    ]
    at = [html.index(part) for part in order]
    assert at == sorted(at)
    assert "Please seek medical care now" not in said
    assert "lean toward referred muscle pain" in said and "Educational, not a diagnosis." in said
    assert "(ADEL15)" in said


def test_the_closest_patterns_are_drawn_named_and_on_the_patients_own_side():
    html = html_of(FULL)
    assert html.count('class="pattern"') == 3
    said = text(html)
    first = ATLAS.muscle("gluteus_minimus_anterior").plain_name
    assert f"1. {first}, on your right side." in said
    assert "Right and left are your own." in said
    assert (
        f"Pattern drawn from {', '.join(ATLAS.referral('gluteus_minimus_anterior').sources)}"
        in said
    )


def test_the_evidence_lines_carry_their_sources_and_the_treatment_is_as_logged():
    said = text(html_of(FULL, labels=LABELS))
    assert "Your pain reaches below the knee. (KONST12; high confidence)" in said
    assert "Ischaemic compression Gluteus minimus, anterior part right 10" in said
    assert "Notes: Pressure on the front of the right gluteus minimus" in said


def test_the_stretches_handed_out_have_their_instructions_caution_and_source():
    said = text(html_of(FULL))
    for muscle in HANDED:
        (care,) = ATLAS.self_care_for(muscle)
        assert f"{ATLAS.muscle(muscle).plain_name} {care.stretch} {care.caution}" in said
    assert said.count("Source: NMT-PRACTICE (low confidence)") == 2
    listed = said[said.rindex("Sources ") :]  # the list of sources at the end
    assert "NMT-PRACTICE : General massage and neuromuscular therapy practice" in listed


def test_a_red_flag_comes_first_and_holds_the_muscle_explanations_back():
    html = html_of(SADDLE)
    said = text(html)
    assert html.index("Please seek medical care now") < html.index('class="map')
    assert said.index("Please seek medical care now") < said.index("Where it hurts")
    assert "Explanations about muscles are held back until a doctor has checked" in said
    assert "Closest muscle patterns" not in said and "Nerve or muscle?" not in said
    assert "Stretches to do at home" in said  # what was handed out is still said
    assert "CKS-CES" in said  # the flag's source, listed


def test_unanswered_warning_questions_hold_the_patterns_back():
    said = text(html_of(replace(FULL, intake={})))
    assert "no explanation about muscles is offered yet" in said
    assert "Closest muscle patterns" not in said and "Please seek" not in said


def test_a_session_without_findings_treatment_or_stretches_still_reads():
    for given in ({}, {"reference": None}):
        said = text(html_of(Session(date(2026, 11, 12)), **given))
        assert "No areas marked." in said and "It is not a diagnosis." in said
        assert "Treatment" not in said and "Stretches" not in said
        assert "no intensity rated" in said and "/10" not in said


def test_the_key_figures_give_the_highest_and_mean_intensity():
    said = text(html_of(FULL))
    assert re.search(r"highest \d+(\.\d)?/10, mean \d+(\.\d)?/10", said)


NECK = _chart({"right_nape": (6, ("aching",)), "right_shoulder_top_outer": (4, ())}, ())


def test_a_neck_sign_comes_first_in_the_pdf_with_its_sources():
    upper = {**dict.fromkeys(UPPER_FLAG_QUESTIONS, "no"), **ARM_HISTORY}
    session = replace(FULL, chart=NECK, intake={**INTAKE, **upper, "hand_clumsiness": "yes"})
    html = html_of(session)
    said = text(html)
    assert html.index("Please see a doctor soon") < html.index('class="map')
    assert "spinal cord in the neck" in said and "MCCARTNEY17" in said
    assert "Closest muscle patterns" not in said


def test_a_neck_drawing_with_its_questions_unanswered_holds_the_patterns_back():
    said = text(html_of(replace(FULL, chart=NECK)))
    assert "no explanation about muscles is offered yet" in said
    assert "Closest muscle patterns" not in said and "Please seek" not in said


ARM = _chart({"right_forearm_thumb_side": (6, ("tingling",)), "right_thumb_front": (5, ())}, ())
UPPER_CALM = {**INTAKE, **dict.fromkeys(UPPER_FLAG_QUESTIONS, "no"), **ARM_HISTORY}
RULE = ("spurling", "ultt_a", "distraction", "rotation_under_60")


def test_an_arm_drawing_carries_the_arms_leaning_rule_line_and_differentials():
    exam = findings_from_form({**dict.fromkeys(RULE, "positive"), "rotation_under_60": "negative"})
    html = html_of(replace(FULL, chart=ARM, intake=UPPER_CALM, findings=exam))
    said = text(html)
    assert "nerve irritated where it leaves the neck" in said  # the arm's leaning
    assert "Points toward a nerve root in the neck" in said and "true sciatica" not in said
    assert "Three or four of the four neck tests" in said
    assert "3 of 4 examined tests positive: LR+ 6.1, post-test probability 65%" in said
    assert "Thoracic outlet syndrome" in said
    assert "Carpal tunnel syndrome (your drawing reaches where it shows)" in said
    at = [html.index(p) for p in ("What was found", "Other things to keep in mind", "Treatment")]
    assert at == sorted(at)
    listed = said[said.rindex("Sources ") :]
    assert all(f"{k} :" in listed for k in ("WAINNER03", "HITHERA", "CHANG21", "DARCY00"))


def test_one_rule_test_of_four_names_no_probability_and_still_its_sources():
    exam = findings_from_form({**dict.fromkeys(RULE, "negative"), "spurling": "positive"})
    said = text(html_of(replace(FULL, chart=ARM, intake=UPPER_CALM, findings=exam)))
    assert "do not, together, point strongly" in said
    assert (
        "1 of 4 examined tests positive; the reference gives no post-test probability for this "
        "count. (WAINNER03; JSNYDER-CPR; HITHERA)" in said
    )


def test_a_leg_drawing_has_no_rule_line_and_no_differentials():
    # Even with the neck's tests recorded: the drawing, not the examination, decides.
    exam = findings_from_form({**FINDINGS, **dict.fromkeys(RULE, "positive")})
    said = text(html_of(replace(FULL, findings=exam)))
    assert "Nerve or muscle?" in said and "Points toward a nerve root (true sciatica)" in said
    assert "Other things to keep in mind" not in said and "Wainner" not in said
