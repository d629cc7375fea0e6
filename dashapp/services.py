"""What callbacks and pages share: settings and read-only reference data, one set per app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, tzinfo
from functools import cached_property
from pathlib import Path
from typing import Any

import flask
from sqlalchemy.orm import Session, sessionmaker

from dashapp import store
from dashapp.domain import clock
from dashapp.domain.accounts import Actor
from dashapp.domain.atlas import lookup
from dashapp.domain.atlas.load import Atlas
from dashapp.domain.body import dermatomes as roots_layer
from dashapp.domain.body import geometry, zones
from dashapp.domain.body.muscles import MuscleOutline
from dashapp.domain.reference import Reference, load_reference

_EXTENSION = "painmap"
_ACTOR = "painmap_actor"
ZONE_COOKIE = "painmap_tz"  # the browser's time zone, set by assets/timezone.js


@dataclass(frozen=True)
class Services:
    """Settings, reference data and the database for one app; no per-user state lives here
    (so several workers or hosts can serve one PostgreSQL)."""

    settings: Mapping[str, Any]
    reference: Reference
    db: sessionmaker

    @classmethod
    def from_config(cls, settings: Mapping[str, Any]) -> Services:
        engine = store.init_db(store.database_url(settings))
        db = store.session_factory(engine)
        reference = load_reference(
            Path(settings["DATA_DIR"]).resolve(), Path(settings["GEOMETRY_DIR"]).resolve()
        )
        services = cls(settings=settings, reference=reference, db=db)
        if settings["DEMO"]:
            with db.begin() as session:
                store.seed_demo(session, services.vocabulary)
        # No pooled connection may cross a fork (gunicorn --preload): workers open their own.
        engine.dispose()
        return services

    @cached_property
    def vocabulary(self) -> store.Vocabulary:
        """The ids a saved session may use: this body's regions and the atlas."""
        return store.Vocabulary.from_reference(self.reference)

    def attach(self, server: flask.Flask) -> None:
        server.extensions[_EXTENSION] = self

    def account_count(self) -> int:
        """How many accounts the database holds (asked at start-up, before gunicorn forks its
        workers, so the connection it used is closed again: none may cross a fork)."""
        with self.db() as db:
            count = store.accounts.count_users(db)
        self.db.kw["bind"].dispose()
        return count

    def audit(
        self,
        db: Session,
        action: str,
        *,
        patient_id: int | None = None,
        visit_id: int | None = None,
        outcome: str = "",
    ) -> None:
        """Add an audit row in `db`'s transaction, for whoever makes the current request."""
        store.audit.record(
            db, action, actor(), patient_id=patient_id, visit_id=visit_id, outcome=outcome
        )

    def audited(self, action: str, **what: Any) -> None:
        """Add an audit row in a transaction of its own (for reads)."""
        with self.db.begin() as db:
            self.audit(db, action, **what)

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

    @property
    def root_sources(self) -> Mapping[str, str]:
        return self.reference.root_sources

    @cached_property
    def region_by_id(self) -> dict[str, geometry.Region]:
        return {region.id: region for region in self.regions}

    @property
    def region_areas(self) -> dict[str, float]:
        return self.reference.region_areas

    @property
    def activity_ids(self) -> tuple[str, ...]:
        return self.reference.activity_ids

    @cached_property
    def region_labels(self) -> dict[str, str]:
        return {region.id: region.label for region in self.regions}

    @cached_property
    def activity_labels(self) -> dict[str, str]:
        return {a.id: a.label for a in self.atlas.activities}

    def explain(self, candidate: lookup.Candidate) -> str:
        """Why a lookup candidate fits, in the patient's plain words."""
        return lookup.explain(candidate, self.region_labels, self.activity_labels)


def act_as(who: Actor) -> None:
    """Name who makes the current request, for the audit trail (see web/access.py)."""
    setattr(flask.g, _ACTOR, who)


def actor() -> Actor:
    """Who makes the current request; outside a request, nobody in particular."""
    if not flask.has_request_context():
        return Actor()
    return flask.g.get(_ACTOR) or Actor(address=flask.request.remote_addr)


def local_zone() -> tzinfo:
    """The time zone of whoever makes the current request: their browser's, kept in a cookie
    (so any worker knows it); UTC outside a request or before the browser has said."""
    if not flask.has_request_context():
        return UTC
    return clock.zone(flask.request.cookies.get(ZONE_COOKIE))


def current() -> Services:
    """The services of the app serving the current request (pages are shared across apps)."""
    return flask.current_app.extensions[_EXTENSION]
