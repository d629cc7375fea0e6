"""Patient page callbacks."""

from __future__ import annotations

from dash import Dash, Input, Output

from dashapp.domain.marks import describe_selection
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.pages.patient import summary


def register(app: Dash, services: Services) -> None:
    @app.callback(Output(ids.PATIENT_SUMMARY, "children"), Input(ids.PATIENT_MAP, "selected"))
    def show_summary(selected: list[str] | None) -> list:
        return summary(describe_selection(selected, services.region_by_id))
