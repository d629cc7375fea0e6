"""Callbacks, one module per feature, each with `register(app, services)`."""

from __future__ import annotations

from dash import Dash

from dashapp.callbacks import (
    atlas,
    consult,
    device,
    handover,
    patient,
    records,
    roots,
    session,
    shell,
    stretches,
)
from dashapp.services import Services

FEATURES = (
    patient, atlas, roots, consult, records, session, stretches, device, handover, shell,
)  # fmt: skip
# The features whose callbacks each PUBLIC_PAGES name opens: none reads or writes the database.
# (The device bar on the walk-in pages and the phone's menu work in the browser alone; the
# device bar's "Save to a patient" asks dashapp/web/handover.py, which is never open.)
PUBLIC = {"walk-in": (patient,), "atlas": (atlas,), "roots": (roots,), "consult": (consult,)}


def register_all(app: Dash, services: Services) -> None:
    """Attach every feature's callbacks to this app (never to Dash's global registry)."""
    for feature in FEATURES:
        feature.register(app, services)


def public_outputs(app: Dash, names: tuple[str, ...]) -> set[str]:
    """The callbacks (by Dash's output key) of the features the PUBLIC_PAGES names open."""
    modules = {feature.__name__ for name in names for feature in PUBLIC.get(name, ())}
    return {
        key
        for key, spec in app.callback_map.items()
        if getattr(spec.get("callback"), "__module__", None) in modules
    }
