"""BodyMap's data props in a real browser: values, highlights, markers, layers, read-only use."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from dash import Dash, Input, Output, html
from dash_bodymap import BodyMap
from playwright.sync_api import Page, expect

from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

SQUARE = "M10 10L90 10L90 90L10 90Z"
RIGHT = "M100 10L190 10L190 90L100 90Z"
MUSCLE = "M20 20L80 20L80 80L20 80Z"


def area(page: Page, region_id: str):
    return page.locator(f'[role=checkbox][data-region="{region_id}"]')


def make_app(**props) -> Dash:
    """A bare Dash app around one BodyMap and a readout of its events."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            BodyMap(
                id="map",
                figures={"front": {"label": "Front", "viewBox": "0 0 200 100"}},
                views=["front"],
                regions=[
                    {"id": "a", "view": "front", "path": SQUARE, "label": "Area A"},
                    {"id": "b", "view": "front", "path": RIGHT, "label": "Area B"},
                    {
                        "id": "m",
                        "view": "front",
                        "path": MUSCLE,
                        "label": "Deep muscle",
                        "layer": "muscle",
                        "deep": True,
                    },
                ],
                **props,
            ),
            html.Div(id="events"),
        ]
    )

    @app.callback(
        Output("events", "children"),
        Input("map", "clicked"),
        Input("map", "n_clicks"),
        Input("map", "hovered"),
        Input("map", "selected"),
    )
    def echo(clicked, n_clicks, hovered, selected):
        return f"clicked={clicked} n={n_clicks} hovered={hovered} selected={selected}"

    return app


@pytest.fixture
def open_app(browser):
    with ExitStack() as stack:

        def _open(**props) -> Page:
            url = stack.enter_context(serve(make_app(**props)))
            page = stack.enter_context(watched_page(browser))
            page.goto(url)
            expect(page.locator("#map [role=checkbox]").first).to_be_visible()
            return page

        yield _open


def test_bmap020_values_fill_through_the_colour_scale(open_app):
    page = open_app(
        values={"a": 0, "b": 10},
        colorscale=[[0, "#000000"], [1, "#ffffff"]],
        selected=["a", "b"],
    )
    fill_a = area(page, "a").evaluate("e => getComputedStyle(e).fill")
    fill_b = area(page, "b").evaluate("e => getComputedStyle(e).fill")
    assert fill_a == "rgb(0, 0, 0)"
    assert fill_b == "rgb(255, 255, 255)"


def test_bmap021_highlights_by_region_and_by_path(open_app):
    page = open_app(
        highlights=[
            {"region": "a", "kind": "essential", "label": "Main zone"},
            {"path": RIGHT, "view": "front", "kind": "spillover"},
            {"path": RIGHT, "view": "back", "kind": "dermatome"},
        ]
    )
    essential = page.locator('path[data-highlight="essential"]')
    expect(essential).to_have_count(1)
    assert essential.get_attribute("d") == SQUARE
    spill = page.locator('path[data-highlight="spillover"]')
    expect(spill).to_have_count(1)
    assert "stipple" in spill.evaluate("e => e.style.fill")
    # A highlight for a view that is not shown draws nothing.
    expect(page.locator('path[data-highlight="dermatome"]')).to_have_count(0)
    # Highlights never swallow clicks.
    area(page, "a").click(force=True)
    expect(area(page, "a")).to_have_attribute("aria-checked", "true")


def test_bmap022_markers_and_layers(open_app):
    page = open_app(
        markers=[{"view": "front", "x": 50, "y": 50, "label": "Trigger point 1", "symbol": "x"}],
        layers=["surface", "muscle"],
    )
    expect(page.locator('[data-marker="Trigger point 1"]')).to_have_count(1)
    deep = area(page, "m")
    expect(deep).to_have_class("bodymap__region bodymap__region--muscle is-deep")
    assert deep.evaluate("e => getComputedStyle(e).strokeDasharray") != "none"


def test_bmap023_hidden_layer_is_not_drawn(open_app):
    page = open_app(layers=["surface"])
    expect(area(page, "m")).to_have_count(0)


def test_bmap024_read_only_reports_clicks_without_selecting(open_app):
    page = open_app(selectable=False)
    b = area(page, "b")
    b.click()
    b.click()
    expect(b).to_have_attribute("aria-checked", "false")
    expect(page.locator("#events")).to_contain_text("clicked=b n=2")


def test_bmap025_events_report_hover_and_selection_order(open_app):
    page = open_app()
    area(page, "b").click()
    area(page, "a").click()
    expect(page.locator("#events")).to_contain_text("selected=['b', 'a']")
    area(page, "b").hover()
    expect(page.locator("#events")).to_contain_text("hovered=b")
