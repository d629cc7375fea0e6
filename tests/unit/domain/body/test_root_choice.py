"""Reading the roots page's address: two roots at most, anything else changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.body.dermatomes import ROOTS
from dashapp.domain.body.root_choice import DEFAULT_ROOTS, body_part, parse_roots, roots_query


@pytest.mark.parametrize(
    ("text", "roots"),
    [
        ("L5,S1", ("L5", "S1")),
        ("S1,L5", ("S1", "L5")),
        ("L4", ("L4",)),
        (" l5 , s1 ", ("L5", "S1")),
        ("L5,L5", ("L5",)),
        ("S3-S5,L1", ("S3-S5", "L1")),
    ],
)
def test_valid_addresses_are_followed(text, roots):
    choice = parse_roots(text)
    assert choice.roots == roots
    assert choice.problem is None


@pytest.mark.parametrize("text", [None, "", "  "])
def test_no_roots_means_the_default_pair(text):
    assert parse_roots(text).roots == DEFAULT_ROOTS
    assert parse_roots(text).problem is None


@pytest.mark.parametrize(
    "text",
    ["X9,<b>", "L5,X9", "<b>", "L5,,S1", "L5;S1", "L6", "L4,L5,S1", "L5," + "S1," * 40],
)
def test_bad_addresses_change_nothing_and_say_why(text):
    choice = parse_roots(text)
    assert choice.roots == DEFAULT_ROOTS
    assert choice.problem and "Showing L5 and S1 instead." in choice.problem
    assert "<b>" not in choice.problem and "X9" not in choice.problem


def test_more_than_two_roots_is_named_as_the_problem():
    assert "more than two roots" in parse_roots("L3,L4,L5").problem


@given(st.lists(st.sampled_from(ROOTS), min_size=1, max_size=2, unique=True))
def test_the_query_reads_back_as_the_same_roots(roots):
    query = roots_query(roots)
    assert parse_roots(query.removeprefix("?roots=")).roots == tuple(roots)


@given(st.text(max_size=60))
def test_any_text_gives_one_or_two_known_roots(text):
    choice = parse_roots(text)
    assert 1 <= len(choice.roots) <= 2
    assert set(choice.roots) <= set(ROOTS)


@pytest.mark.parametrize(
    ("roots", "part"),
    [
        (("C6",), "upper"),
        (("C2", "T2"), "upper"),
        (("L5", "S1"), "lower"),
        (("S3-S5",), "lower"),
        (("C8", "L5"), "both"),
        (("T1", "L1"), "both"),
    ],
)
def test_the_body_part_of_the_roots(roots, part):
    assert body_part(roots) == part


def test_cervical_roots_are_followed_in_an_address():
    assert parse_roots("c6,T1") == parse_roots("C6,T1")
    assert parse_roots("C6,T1").roots == ("C6", "T1")
    assert parse_roots("C1").problem is not None  # C1 has no dermatome on these maps
