"""Callbacks, one module per feature, each with `register(app, services)`."""

from __future__ import annotations

from dash import Dash

from dashapp.callbacks import atlas, consult, device, patient, records, roots, session
from dashapp.services import Services

FEATURES = (patient, atlas, roots, consult, records, session, device)


def register_all(app: Dash, services: Services) -> None:
    """Attach every feature's callbacks to this app (never to Dash's global registry)."""
    for feature in FEATURES:
        feature.register(app, services)
