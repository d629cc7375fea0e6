"""What callbacks and pages share: settings and read-only reference data, one set per app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import flask

from dashapp.domain import geometry
from dashapp.domain.muscles import MuscleOutline, load_muscle_outlines

_EXTENSION = "painmap"


@dataclass(frozen=True)
class Geometry:
    """The drawn body: views, surface regions and muscle outlines."""

    views: tuple[geometry.View, ...]
    regions: tuple[geometry.Region, ...]
    muscles: tuple[MuscleOutline, ...]


@lru_cache(maxsize=8)
def _load_geometry(folder: Path) -> Geometry:
    """Geometry is immutable reference data: read and validate each folder once per process."""
    views = geometry.load_views(folder / "views.csv")
    return Geometry(
        views=views,
        regions=geometry.load_surface_regions(folder / "surface_regions.csv", views),
        muscles=load_muscle_outlines(folder / "muscles.csv", views),
    )


@dataclass(frozen=True)
class Services:
    """Settings and reference data for one app; no per-user state lives here."""

    settings: Mapping[str, Any]
    body: Geometry

    @classmethod
    def from_config(cls, settings: Mapping[str, Any]) -> Services:
        return cls(settings=settings, body=_load_geometry(Path(settings["GEOMETRY_DIR"]).resolve()))

    @property
    def views(self) -> tuple[geometry.View, ...]:
        return self.body.views

    @property
    def regions(self) -> tuple[geometry.Region, ...]:
        return self.body.regions

    @property
    def muscles(self) -> tuple[MuscleOutline, ...]:
        return self.body.muscles

    def attach(self, server: flask.Flask) -> None:
        server.extensions[_EXTENSION] = self

    @cached_property
    def region_by_id(self) -> dict[str, geometry.Region]:
        return {region.id: region for region in self.regions}


def current() -> Services:
    """The services of the app serving the current request (pages are shared across apps)."""
    return flask.current_app.extensions[_EXTENSION]
