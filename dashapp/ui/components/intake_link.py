"""A patient record's intake link: made for the patient's own phone, shown once with its QR
code, and withdrawn while unused (dashapp/store/intake_links.py)."""

from __future__ import annotations

from datetime import datetime

from dash import dcc, html

from dashapp.ui import ids

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


def shown(link_id: int, url: str, expires_at: datetime, qr: str) -> list:
    """The new link, shown this once: its QR code, its address, when it ends, withdraw."""
    return [
        dcc.Store(id=ids.PATIENT_LINK_ID, data=link_id),
        html.Img(src=qr, alt="QR code of the intake link", width=196, height=196),
        html.P(["Link: ", html.Code(url)]),
        html.P(f"Works once, until {expires_at:%Y-%m-%d %H:%M} UTC.", className="muted"),
        html.Button(
            "Withdraw this link", id=ids.PATIENT_LINK_REVOKE, className="button button--quiet"
        ),
    ]
