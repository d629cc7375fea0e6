"""The frame around every page: header with navigation, the page, and the standing caveat."""

from __future__ import annotations

import dash
from dash import dcc, html

from dashapp.domain.accounts import Account
from dashapp.ui import ids

# The navigation's two sections: what a patient fills in on their own, and the therapist's
# pages (the saved records, the examination, the comparison and the reference pages).
NAV_SECTIONS = (
    (
        "For patients",
        ids.SHELL_NAV_PATIENTS,
        (("Where does it hurt?", "/"), ("A few questions", "/questions")),
    ),
    (
        "For therapists",
        ids.SHELL_NAV_THERAPISTS,
        (
            ("Patients", "/patients"),
            ("Findings", "/findings"),
            ("Nerve or muscle?", "/compare"),
            ("Muscle atlas", "/atlas"),
            ("Nerve roots", "/roots"),
        ),
    ),
)
NAV_ITEMS = tuple(item for _label, _id, items in NAV_SECTIONS for item in items)


# The red-flag sources (data/sciatica/red_flags.csv) of the footer's warning signs.
FOOTER_SOURCES = (
    "CKS-CES",
    "BMJBP",
    "CKS-RF",
    "CG95-GPN",
    "PANJU98",
    "INTJEM",
    "DICKYR",
    "CMAJ23",
    "PERRY-IMPL",
    "AHCPR",
)
# The low back's and the upper body's most urgent signs, then weakness getting worse (the
# same day).
FOOTER_FLAGS = (
    "saddle_numbness",
    "bladder_bowel_sexual",
    "chest_pain_breathless",
    "thunderclap",
    "weakness_worsening",
)


def mode_badge() -> html.P:
    """Says, in the header, that this PainMap is for this computer only (local mode)."""
    return html.P(
        id=ids.SHELL_MODE,
        className="mode-badge",
        children=[
            "On this computer only",
            html.Span(
                ": no sign-in, and other computers cannot open this PainMap.",
                className="visually-hidden",
            ),
        ],
    )


def account_bar(account: Account) -> html.Div:
    """Who is signed in (clinic mode), the admin pages for an admin, and a way to sign out."""
    return html.Div(
        id=ids.SHELL_ACCOUNT,
        className="account-bar",
        children=[
            html.Span(f"Signed in as {account.name}", className="account-bar__name"),
            *(
                [html.A("Admin", href="/admin/users", className="shell__navlink")]
                if account.is_admin
                else []
            ),
            # A plain form: signing out is a POST that the browser sends, not a Dash callback.
            html.Form(
                action="/signout",
                method="POST",
                className="signout",
                children=html.Button(
                    "Sign out", id=ids.SHELL_SIGNOUT, type="submit", className="bar-button"
                ),
            ),
        ],
    )


def menu_button() -> html.Button:
    """Opens and closes the navigation on a phone, where it is folded (assets/painmap.css);
    callbacks/shell.py keeps `aria-expanded` up to date."""
    return html.Button(
        id=ids.SHELL_MENU,
        type="button",
        className="bar-button shell__menu",
        children=[html.Span(className="shell__menu-icon", **{"aria-hidden": "true"}), "Menu"],
        **{"aria-expanded": "false", "aria-controls": ids.SHELL_NAV},
    )


def navigation() -> html.Nav:
    """The main navigation: a labelled group of links for each section of NAV_SECTIONS."""
    return html.Nav(
        id=ids.SHELL_NAV,
        className="shell__nav",
        **{"aria-label": "Main"},
        children=[
            html.Div(
                className="shell__navgroup",
                role="group",
                **{"aria-labelledby": label_id},
                children=[
                    html.Span(label, id=label_id, className="shell__navlabel"),
                    html.Ul(
                        className="shell__navlist",
                        children=[
                            html.Li(dcc.Link(name, href=href, className="shell__navlink"))
                            for name, href in items
                        ],
                    ),
                ],
            )
            for label, label_id, items in NAV_SECTIONS
        ],
    )


def layout(*, local: bool, account: Account | None = None, bare: bool = False) -> html.Div:
    """The app shell; Dash pages render inside `page_container`; `local` shows the badge,
    `account` (clinic mode) who is signed in and the sign-out button. `bare` is the frame of a
    patient's own phone with an intake link: the name and the caveat, no way anywhere else."""
    if bare:
        return _bare()
    return html.Div(
        className="shell",
        children=[
            html.A("Skip to content", href="#" + ids.SHELL_MAIN, className="skip-link"),
            html.Header(
                className="shell__header",
                children=[
                    dcc.Link(
                        [html.Span("Pain", className="brand__a"), html.Span("Map")],
                        href="/",
                        className="brand",
                        title="PainMap home",
                    ),
                    menu_button(),
                    navigation(),
                    dcc.Store(id=ids.SHELL_CURRENT),
                    # Answers the server has checked, to be kept even if the page is left.
                    dcc.Store(id=ids.INTAKE_CHECKED),
                    dcc.Store(id=ids.FINDINGS_CHECKED),
                    *([mode_badge()] if local else []),
                    *([account_bar(account)] if account else []),
                ],
            ),
            html.Main(id=ids.SHELL_MAIN, className="shell__main", children=dash.page_container),
            footer(),
        ],
    )


def footer() -> html.Footer:
    """The standing caveat under every page."""
    return html.Footer(
        className="shell__footer",
        children=[
            "PainMap explains and records; it does not diagnose. "
            "Saddle numbness, a new bladder or bowel change, chest pain or a sudden severe "
            "headache needs medical care now; weakness getting worse, the same day.",
            html.Span(f" [{'; '.join(FOOTER_SOURCES)}]", className="shell__sources"),
        ],
    )


def _bare() -> html.Div:
    return html.Div(
        className="shell shell--bare",
        children=[
            html.Header(
                className="shell__header",
                children=html.Span(
                    [html.Span("Pain", className="brand__a"), html.Span("Map")], className="brand"
                ),
            ),
            html.Main(id=ids.SHELL_MAIN, className="shell__main", children=dash.page_container),
            footer(),
        ],
    )
