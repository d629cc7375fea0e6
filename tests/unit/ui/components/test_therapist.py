"""The therapist part: every claim in it carries its source keys."""

from __future__ import annotations

import pytest
from dash import html

from dashapp.ui.components import therapist


def test_a_claim_shows_its_source_keys_beside_it():
    claim = therapist.cited("Gluteal TrPs in 76% of radiculopathy.", ("ADEL15", "ADEL16"))
    assert claim.children[-1].children == "[ADEL15; ADEL16]"
    assert claim.className == "therapist__claim"


def test_a_claim_without_a_source_is_refused():
    with pytest.raises(ValueError, match="needs a source"):
        therapist.cited("A number from nowhere.", ())


def test_the_part_is_closed_and_titled_for_the_therapist():
    part = therapist.part(html.P("x"))
    assert isinstance(part, html.Details) and not part.open
    assert part.children[0].children == "For the therapist"


def test_sources_are_spelled_out_once_each_in_the_order_cited():
    listed = therapist.sources(["B", "A", "B", "C"], {"A": "Author A", "B": "Author B"})
    items = listed.children[1].children
    assert [li.children[0].children for li in items] == ["B: ", "A: ", "C: "]
    assert items[2].children[1] == "citation not found"
