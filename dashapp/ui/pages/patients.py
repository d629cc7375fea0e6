"""Patients: search, create, archive; each name leads to the patient's sessions."""

from __future__ import annotations

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.ui import ids


def layout(max_import_bytes: int) -> html.Section:
    """The patient list with its search box and a form for a new patient."""
    return html.Section(
        className="page",
        children=[
            html.H1("Patients"),
            html.Div(
                className="atlas-controls",
                children=[
                    html.Label("Search", htmlFor=ids.PATIENTS_SEARCH, className="field-label"),
                    dcc.Input(
                        id=ids.PATIENTS_SEARCH,
                        type="search",
                        debounce=0.3,
                        placeholder="Part of a name",
                        className="text-input",
                    ),
                    ChoiceGroup(
                        id=ids.PATIENTS_ARCHIVED,
                        options=[{"label": "Show archived", "value": "archived"}],
                        value=[],
                        multiple=True,
                        className="layer-switch",
                    ),
                ],
            ),
            html.Div(id=ids.PATIENTS_LIST, **{"aria-live": "polite"}),
            html.Section(
                className="card form-section",
                children=[
                    html.H2("New patient"),
                    html.Label("Name", htmlFor=ids.PATIENTS_NAME, className="field-label"),
                    dcc.Input(id=ids.PATIENTS_NAME, type="text", className="text-input"),
                    html.Div(
                        className="button-row",
                        children=[
                            html.Button("Add patient", id=ids.PATIENTS_CREATE, className="button"),
                            html.Button(
                                "Add and make an intake link",
                                id=ids.PATIENTS_LINK_MAKE,
                                className="button button--quiet",
                            ),
                        ],
                    ),
                    html.P(
                        "For a walk-in: add them and make a link, with a QR code, that they "
                        "open on their own phone to mark where it hurts.",
                        className="muted",
                    ),
                    html.P(id=ids.PATIENTS_MESSAGE, role="status"),
                    html.Div(id=ids.PATIENTS_LINK_SHOWN),
                ],
            ),
            html.Section(
                className="card form-section",
                children=[
                    html.H2("Import a patient"),
                    html.P(
                        "A JSON file exported from PainMap. It is checked completely first; "
                        "a file with any problem is refused and nothing is added.",
                        className="muted",
                    ),
                    dcc.Upload(
                        id=ids.PATIENTS_IMPORT,
                        children=html.Span(["Drop a file here, or ", html.A("choose one")]),
                        accept=".json,application/json",
                        max_size=max_import_bytes,
                        className="upload",
                    ),
                    html.P(id=ids.PATIENTS_IMPORT_MESSAGE, role="status"),
                ],
            ),
        ],
    )
