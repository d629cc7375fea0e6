"""What callbacks and pages share: settings and read-only reference data, one set per app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import flask

from dashapp.domain import geometry

_EXTENSION = "painmap"


@lru_cache(maxsize=8)
def _load_geometry(folder: Path) -> tuple[tuple[geometry.View, ...], tuple[geometry.Region, ...]]:
    """Geometry is immutable reference data: read and validate each folder once per process."""
    views = geometry.load_views(folder / "views.csv")
    regions = geometry.load_surface_regions(folder / "surface_regions.csv", views)
    return views, regions


@dataclass(frozen=True)
class Services:
    """Settings and reference data for one app; no per-user state lives here."""

    settings: Mapping[str, Any]
    views: tuple[geometry.View, ...]
    regions: tuple[geometry.Region, ...]

    @classmethod
    def from_config(cls, settings: Mapping[str, Any]) -> Services:
        views, regions = _load_geometry(Path(settings["GEOMETRY_DIR"]).resolve())
        return cls(settings=settings, views=views, regions=regions)

    def attach(self, server: flask.Flask) -> None:
        server.extensions[_EXTENSION] = self

    @cached_property
    def region_by_id(self) -> dict[str, geometry.Region]:
        return {region.id: region for region in self.regions}


def current() -> Services:
    """The services of the app serving the current request (pages are shared across apps)."""
    return flask.current_app.extensions[_EXTENSION]
