"""The atlas card names a mimicked nerve root with the right article: "an L5", "a C6"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dashapp.ui.components import atlas_card


class _Atlas:
    """Just enough of an atlas for mimic_words: one referral pattern."""

    def __init__(self, can_mimic: tuple[str, ...]):
        roots = tuple(m for m in can_mimic if m[:1] in "CTLS" and m[1:].isdigit())
        self._referral = SimpleNamespace(
            roots=roots, can_mimic=can_mimic, mimic_is_inference=False, inferred_mimics=()
        )

    def referral(self, muscle_id: str):
        return self._referral


@pytest.mark.parametrize(
    ("can_mimic", "words"),
    [
        (("L5",), "Can mimic an L5 nerve-root problem."),
        (("S1", "sciatica"), "Can mimic an S1 nerve-root problem or sciatica."),
        (("C6",), "Can mimic a C6 nerve-root problem."),
        (("C5", "C6"), "Can mimic a C5 or C6 nerve-root problem."),
        (("T1",), "Can mimic a T1 nerve-root problem."),
    ],
)
def test_the_article_follows_how_the_root_is_said(can_mimic, words):
    assert atlas_card.mimic_words(_Atlas(can_mimic), "any") == words
