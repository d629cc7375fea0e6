"""The intake-link card of a patient's record, and a new link as it is shown once."""

from __future__ import annotations

from datetime import UTC, datetime

from dash import dcc, html

from dashapp.formats.qr import qr_data_url
from dashapp.ui import ids
from dashapp.ui.components import intake_link
from tests.unit.ui.components.test_handover import by_id


def test_the_card_offers_to_make_a_link():
    card = by_id(intake_link.card())
    assert {ids.PATIENT_LINK_MAKE, ids.PATIENT_LINK_SHOWN, ids.PATIENT_LINK_MESSAGE} <= set(card)
    assert card[ids.PATIENT_LINK_MESSAGE].role == "status"


def test_a_new_link_shows_its_qr_code_address_end_and_a_way_to_withdraw_it():
    url = "https://clinic.example/intake/abc"
    parts = intake_link.shown(7, url, datetime(2026, 11, 27, 9, 30, tzinfo=UTC), qr_data_url(url))
    shown = by_id(html.Div(parts))
    assert (
        isinstance(shown[ids.PATIENT_LINK_ID], dcc.Store) and shown[ids.PATIENT_LINK_ID].data == 7
    )
    assert ids.PATIENT_LINK_REVOKE in shown
    [image] = [p for p in parts if isinstance(p, html.Img)]
    assert image.src.startswith("data:image/svg+xml;base64,") and image.alt
    text = str([p.children for p in parts if isinstance(p, html.P)])
    assert url in text and "2026-11-27 09:30 UTC" in text
