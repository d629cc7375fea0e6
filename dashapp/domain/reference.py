"""All reference data, loaded once from the one configured data folder: the drawn body, the
atlas drawn on it, the nerve-root layer, the sciatica rules' texts and the Widespread Pain
Index map, validated and cross-referenced. Immutable, so one copy serves every request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from dashapp.domain.atlas.load import Atlas, load_atlas
from dashapp.domain.atlas.lookup import Pattern
from dashapp.domain.atlas.referral import build_patterns
from dashapp.domain.body import dermatomes as roots_layer
from dashapp.domain.body import geometry, zones
from dashapp.domain.body.dermatome_fit import dermatome_overlaps
from dashapp.domain.body.focus_views import FocusView, load_focus_views
from dashapp.domain.body.muscles import MuscleOutline, load_muscle_outlines
from dashapp.domain.sciatica import Findings
from dashapp.domain.sciatica.arm_compare import ArmComparison
from dashapp.domain.sciatica.arm_consult import consult_arm
from dashapp.domain.sciatica.arm_data import ArmData, load_arm_data
from dashapp.domain.sciatica.consult import Consultation, consult
from dashapp.domain.sciatica.data import SciaticaData, load_sciatica_data
from dashapp.domain.wpi import load_wpi_map


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
    patterns: tuple[Pattern, ...]
    dermatomes: tuple[roots_layer.Dermatome, ...]
    dermatome_overlaps: Mapping[str, Mapping[str, float]]
    sensory_points: tuple[roots_layer.SensoryPoint, ...]
    roots: tuple[roots_layer.Root, ...]
    root_sources: Mapping[str, str]  # key -> citation for the roots, dermatomes and key points
    sciatica: SciaticaData
    wpi_map: Mapping[str, str]
    focus_views: tuple[FocusView, ...] = ()
    arm: ArmData | None = None  # the arm's evidence texts and differentials

    @cached_property
    def region_areas(self) -> dict[str, float]:
        return geometry.region_areas(self.regions)

    @cached_property
    def activity_ids(self) -> tuple[str, ...]:
        return tuple(activity.id for activity in self.atlas.activities)

    def consult(self, marks: Any, answers: Any, findings: Any) -> Consultation:
        """The nerve-or-muscle comparison of one chart (its JSON), its answers and findings,
        on this body, atlas and nerve-root data (domain/sciatica/consult.py)."""
        return consult(
            marks,
            answers,
            findings,
            regions=self.regions,
            region_areas=self.region_areas,
            activity_ids=self.activity_ids,
            patterns=self.patterns,
            dermatomes=self.dermatomes,
            dermatome_overlaps=self.dermatome_overlaps,
            data=self.sciatica,
        )

    def consult_arm(
        self, seen: Consultation, answers: Any, exam: Findings | None
    ) -> ArmComparison | None:
        """The arm's comparison of a consultation (None for a leg drawing, or while answers
        are missing): domain/sciatica/arm_consult.py."""
        if self.arm is None:
            return None
        return consult_arm(
            seen,
            answers,
            exam,
            regions=self.regions,
            region_areas=self.region_areas,
            patterns=self.patterns,
            dermatomes=self.dermatomes,
            dermatome_overlaps=self.dermatome_overlaps,
            data=self.sciatica,
            arm=self.arm,
        )


@lru_cache(maxsize=8)
def load_reference(data_dir: Path, geometry_dir: Path | None = None) -> Reference:
    """Read, validate and cross-reference the data folder once.

    The body is drawn from `data_dir / "geometry"` unless `geometry_dir` names another drawing
    (a body drawn differently brings its own mapping to the Widespread Pain Index areas)."""
    geometry_dir = geometry_dir or data_dir / "geometry"
    views = geometry.load_views(geometry_dir / "views.csv")
    regions = geometry.load_surface_regions(geometry_dir / "surface_regions.csv", views)
    atlas = load_atlas(data_dir / "atlas")
    referral_zones = zones.load_referral_zones(
        geometry_dir / "referral_zones.csv", views, atlas.muscle_ids
    )
    overlaps = zones.region_overlaps(referral_zones, regions)
    dermatomes = roots_layer.load_dermatomes(geometry_dir / "dermatomes.csv", views)
    sensory_points = roots_layer.load_sensory_points(geometry_dir / "sensory_points.csv", views)
    root_sources = roots_layer.load_root_sources(data_dir / "roots" / "sources.csv")
    roots_layer.check_cited(geometry_dir / "dermatomes.csv", dermatomes, root_sources)
    roots_layer.check_cited(geometry_dir / "sensory_points.csv", sensory_points, root_sources)
    wpi_file = geometry_dir / "wpi_areas.csv"
    sciatica = load_sciatica_data(data_dir / "sciatica", data_dir / "atlas")
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
        patterns=build_patterns(
            referral_zones, zones.zone_area_by_region(referral_zones, regions), atlas, regions
        ),
        dermatomes=dermatomes,
        dermatome_overlaps=dermatome_overlaps(dermatomes, regions),
        sensory_points=sensory_points,
        roots=roots_layer.load_roots(data_dir / "roots" / "roots.csv", root_sources),
        root_sources=root_sources,
        sciatica=sciatica,
        arm=load_arm_data(sciatica.sources, data_dir / "sciatica"),
        wpi_map=load_wpi_map(
            [r.id for r in regions],
            wpi_file if wpi_file.exists() else data_dir / "instruments" / "wpi_areas.csv",
            data_dir / "instruments" / "sources.csv",
        ),
        focus_views=load_focus_views(geometry_dir / "focus_views.csv", views),
    )
