"""The navigation, in the browser alone: the phone's menu button opens and closes it, and the
link of the page on screen says so (`aria-current="page"`).

Following a link in the navigation closes it again (the page changes under it, the menu
would otherwise stay open over the new page); Escape closes it too (assets/painmap.js).
"""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output, State

from dashapp.services import Services
from dashapp.ui import ids


def register(app: Dash, _services: Services) -> None:
    """Keep the menu button's `aria-expanded` (which the stylesheet follows) and the current
    page's link up to date."""
    app.clientside_callback(
        ClientsideFunction("painmap", "menu"),
        Output(ids.SHELL_MENU, "aria-expanded"),
        Input(ids.SHELL_MENU, "n_clicks"),
        Input(ids.SHELL_NAV, "n_clicks"),
        State(ids.SHELL_MENU, "aria-expanded"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("painmap", "currentPage"),
        Output(ids.SHELL_CURRENT, "data"),
        Input("_pages_location", "pathname"),
    )
