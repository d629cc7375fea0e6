"""The intake-link card of a patient's record, and a new link as it is shown once."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from dash import dcc, html

from dashapp.formats.qr import qr_data_url
from dashapp.ui import ids
from dashapp.ui.components import intake_link
from dashapp.ui.pages.patient_record import RecordData, layout
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


def test_the_end_of_a_link_is_told_in_the_readers_own_time_and_a_local_painmap_says_so():
    url = "http://127.0.0.1:8050/intake/abc"
    end = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    parts = intake_link.shown(7, url, end, qr_data_url(url), ZoneInfo("Europe/Paris"), local=True)
    text = str([p.children for p in parts if isinstance(p, html.P)])
    assert "2026-11-27 10:30 CET" in text and "Europe/Paris" in text
    assert intake_link.LOCAL_ONLY in text
    assert intake_link.LOCAL_ONLY not in str(intake_link.shown(7, url, end, "data:,"))


def test_the_record_page_carries_the_card():
    page = by_id(layout(RecordData(1, "Pia", "", (), ())))
    assert ids.PATIENT_LINK_MAKE in page and ids.PATIENT_LINK_SHOWN in page
