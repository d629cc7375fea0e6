"""A patient record's intake link: made for the patient's own phone, shown once with its QR
code, and withdrawn while unused (dashapp/store/intake_links.py)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from dash import dcc, html

from dashapp.domain.clock import time_text, zone_name
from dashapp.ui import ids

# A local PainMap answers on this computer only (README, "Local mode"): no phone reaches it.
LOCAL_ONLY = (
    "This PainMap answers on this computer only, so a phone cannot open the link; "
    "a PainMap the clinic's phones reach runs in clinic mode."
)

EXPLAIN = (
    "The patient opens the link on their own phone, without signing in, and sees only the "
    "map, the questions and what makes it worse. What they send arrives here as a new "
    "session from the patient. The link works once and expires after 24 hours."
)


def card() -> html.Section:
    """The card on the patient's record."""
    return html.Section(
        className="card form-section",
        children=[
            html.H2("Intake from the patient's phone"),
            html.P(EXPLAIN),
            html.Button("Make an intake link", id=ids.PATIENT_LINK_MAKE, className="button"),
            html.Div(id=ids.PATIENT_LINK_SHOWN),
            html.P(id=ids.PATIENT_LINK_MESSAGE, role="status"),
        ],
    )


def shown(
    link_id: int,
    url: str,
    expires_at: datetime,
    qr: str,
    where: tzinfo = UTC,
    *,
    local: bool = False,
) -> list:
    """The new link, shown this once: its QR code, its address, when it ends (in the zone
    `where`, the reader's own), and a way to revoke it; `local` says no phone can reach it."""
    return [
        dcc.Store(id=ids.PATIENT_LINK_ID, data=link_id),
        html.Img(src=qr, alt="QR code of the intake link", width=196, height=196),
        html.P(["Link: ", html.Code(url, className="intake-link__url")]),
        html.P(
            f"Works once, until {time_text(expires_at, where)} "
            f"(your time zone, {zone_name(where)}).",
            className="muted",
        ),
        *([html.P(LOCAL_ONLY, className="notice")] if local else []),
        html.Button(
            "Revoke this link", id=ids.PATIENT_LINK_REVOKE, className="button button--quiet"
        ),
    ]


def walk_in(patient_id: int, name: str, shown: list) -> html.Div:
    """A walk-in's new record and its link, on the Patients page: the link as on the record
    (its Revoke works here too), and the way to the record."""
    return html.Div(
        className="card form-section",
        children=[
            dcc.Store(id=ids.PATIENT_RECORD, data=patient_id),
            html.H2(f"Intake link for {name}"),
            html.Div(id=ids.PATIENT_LINK_SHOWN, children=shown),
            html.P(id=ids.PATIENT_LINK_MESSAGE, role="status"),
            dcc.Link(f"Open {name}'s record", href=f"/patients/{patient_id}"),
        ],
    )
