"""The list of patients: name, sessions, archive button."""

from __future__ import annotations

from dash import dcc, html

from dashapp.ui import ids


def patient_rows(page) -> list:
    """One row per patient: name (a link, shown as text), sessions, archive button."""
    if not page.items:
        return [html.P("No patients match.", className="muted")]
    return [
        html.Table(
            className="table",
            children=[
                html.Thead(html.Tr([html.Th("Name"), html.Th("Sessions"), html.Th("")])),
                html.Tbody(
                    [
                        html.Tr(
                            [
                                html.Td(dcc.Link(p.display_name, href=f"/patients/{p.id}")),
                                html.Td(str(len(p.visits))),
                                html.Td(
                                    html.Button(
                                        "Restore" if p.archived else "Archive",
                                        id=ids.patients_archive(p.id),
                                        className="button button--quiet",
                                    )
                                ),
                            ]
                        )
                        for p in page.items
                    ]
                ),
            ],
        ),
        html.P(f"{page.total} patient{'s' if page.total != 1 else ''}", className="muted"),
    ]
