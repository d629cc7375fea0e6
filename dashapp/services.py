"""What callbacks and pages share: settings and read-only reference data, one set per app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import flask
from sqlalchemy.orm import sessionmaker

from dashapp import store
from dashapp.domain.atlas import lookup
from dashapp.domain.atlas.load import Atlas, load_atlas
from dashapp.domain.atlas.referral import build_patterns
from dashapp.domain.body import dermatomes as roots_layer
from dashapp.domain.body import geometry, zones
from dashapp.domain.body.dermatome_fit import dermatome_overlaps
from dashapp.domain.body.muscles import MuscleOutline, load_muscle_outlines
from dashapp.domain.progress import load_wpi_map

_EXTENSION = "painmap"


@dataclass(frozen=True)
class Reference:
    """The drawn body and the atlas drawn on it, validated and cross-referenced."""

    views: tuple[geometry.View, ...]
    regions: tuple[geometry.Region, ...]
    muscles: tuple[MuscleOutline, ...]
    atlas: Atlas
    zones: tuple[zones.ReferralZone, ...]
    trigger_points: tuple[zones.TriggerPointMarker, ...]
    overlaps: Mapping[str, Mapping[str, float]]
    patterns: tuple[lookup.Pattern, ...]
    dermatomes: tuple[roots_layer.Dermatome, ...]
    dermatome_overlaps: Mapping[str, Mapping[str, float]]
    sensory_points: tuple[roots_layer.SensoryPoint, ...]
    roots: tuple[roots_layer.Root, ...]
    wpi_map: Mapping[str, str]


@lru_cache(maxsize=8)
def load_reference(geometry_dir: Path, atlas_dir: Path) -> Reference:
    """Reference data is immutable: read, validate and cross-reference each folder once."""
    views = geometry.load_views(geometry_dir / "views.csv")
    regions = geometry.load_surface_regions(geometry_dir / "surface_regions.csv", views)
    atlas = load_atlas(atlas_dir)
    referral_zones = zones.load_referral_zones(
        geometry_dir / "referral_zones.csv", views, atlas.muscle_ids
    )
    overlaps = zones.region_overlaps(referral_zones, regions)
    dermatomes = roots_layer.load_dermatomes(geometry_dir / "dermatomes.csv", views)
    return Reference(
        views=views,
        regions=regions,
        muscles=load_muscle_outlines(geometry_dir / "muscles.csv", views),
        atlas=atlas,
        zones=referral_zones,
        trigger_points=zones.load_trigger_points(
            geometry_dir / "trigger_points.csv", views, atlas.muscle_ids
        ),
        overlaps=overlaps,
        patterns=build_patterns(referral_zones, overlaps, atlas),
        dermatomes=dermatomes,
        dermatome_overlaps=dermatome_overlaps(dermatomes, regions),
        sensory_points=roots_layer.load_sensory_points(geometry_dir / "sensory_points.csv", views),
        roots=roots_layer.load_roots(),
        # A body drawn differently brings its own mapping to the Widespread Pain Index areas.
        wpi_map=load_wpi_map(
            [r.id for r in regions],
            geometry_dir / "wpi_areas.csv" if (geometry_dir / "wpi_areas.csv").exists() else None,
        ),
    )


@dataclass(frozen=True)
class Services:
    """Settings, reference data and the database for one app; no per-user state lives here
    (so several workers or hosts can serve one PostgreSQL)."""

    settings: Mapping[str, Any]
    reference: Reference
    db: sessionmaker

    @classmethod
    def from_config(cls, settings: Mapping[str, Any]) -> Services:
        folders = (Path(settings["GEOMETRY_DIR"]).resolve(), Path(settings["ATLAS_DIR"]).resolve())
        engine = store.init_db(store.database_url(settings))
        db = store.session_factory(engine)
        if settings["DEMO"]:
            with db.begin() as session:
                store.seed_demo(session)
        # No pooled connection may cross a fork (gunicorn --preload): workers open their own.
        engine.dispose()
        return cls(settings=settings, reference=load_reference(*folders), db=db)

    @cached_property
    def vocabulary(self) -> store.Vocabulary:
        """The ids a saved session may use: this body's regions and the atlas."""
        atlas = self.atlas
        return store.Vocabulary.of(
            (r.id for r in self.regions),
            (a.id for a in atlas.activities),
            (t.id for t in atlas.techniques),
            atlas.muscle_ids,
        )

    def attach(self, server: flask.Flask) -> None:
        server.extensions[_EXTENSION] = self

    @property
    def views(self) -> tuple[geometry.View, ...]:
        return self.reference.views

    @property
    def regions(self) -> tuple[geometry.Region, ...]:
        return self.reference.regions

    @property
    def muscles(self) -> tuple[MuscleOutline, ...]:
        return self.reference.muscles

    @property
    def atlas(self) -> Atlas:
        return self.reference.atlas

    @property
    def zones(self) -> tuple[zones.ReferralZone, ...]:
        return self.reference.zones

    @property
    def trigger_points(self) -> tuple[zones.TriggerPointMarker, ...]:
        return self.reference.trigger_points

    @property
    def patterns(self) -> tuple[lookup.Pattern, ...]:
        return self.reference.patterns

    @property
    def dermatomes(self) -> tuple[roots_layer.Dermatome, ...]:
        return self.reference.dermatomes

    @property
    def sensory_points(self) -> tuple[roots_layer.SensoryPoint, ...]:
        return self.reference.sensory_points

    @property
    def roots(self) -> tuple[roots_layer.Root, ...]:
        return self.reference.roots

    @cached_property
    def region_by_id(self) -> dict[str, geometry.Region]:
        return {region.id: region for region in self.regions}

    @cached_property
    def region_areas(self) -> dict[str, float]:
        return geometry.region_areas(self.regions)

    @cached_property
    def activity_ids(self) -> tuple[str, ...]:
        return tuple(activity.id for activity in self.atlas.activities)

    @cached_property
    def region_labels(self) -> dict[str, str]:
        return {region.id: region.label for region in self.regions}

    @cached_property
    def activity_labels(self) -> dict[str, str]:
        return {a.id: a.label for a in self.atlas.activities}

    def explain(self, candidate: lookup.Candidate) -> str:
        """Why a lookup candidate fits, in the patient's plain words."""
        return lookup.explain(candidate, self.region_labels, self.activity_labels)


def current() -> Services:
    """The services of the app serving the current request (pages are shared across apps)."""
    return flask.current_app.extensions[_EXTENSION]
