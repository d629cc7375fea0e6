"""Callbacks, one module per feature, each with `register(app, services)`."""

from __future__ import annotations

from dash import Dash

from dashapp.callbacks import (
    atlas,
    consult,
    device,
    handover,
    patient,
    phone,
    records,
    roots,
    session,
    shell,
    stretches,
    walk_in_link,
)
from dashapp.services import Services

FEATURES = (
    patient, atlas, roots, consult, records, session, stretches, device, handover, shell, phone,
    walk_in_link,
)  # fmt: skip
# The features whose callbacks each PUBLIC_PAGES name opens: none reads or writes the database.
# (The device bar on the walk-in pages and the phone's menu work in the browser alone; the
# device bar's "Save to a patient" asks dashapp/web/handover.py, which is never open.)
PUBLIC = {"walk-in": (patient,), "atlas": (atlas,), "roots": (roots,), "consult": (consult,)}
# Open whatever PUBLIC_PAGES says: the page of a patient's own phone with an intake link
# (pages.OPEN_PAGES). It reads and writes nothing; its Send checks the link itself.
ALWAYS_OPEN = (phone,)


def register_all(app: Dash, services: Services) -> None:
    """Attach every feature's callbacks to this app (never to Dash's global registry)."""
    for feature in FEATURES:
        feature.register(app, services)


def public_outputs(app: Dash, names: tuple[str, ...]) -> set[str]:
    """The callbacks (by Dash's output key) of the features the PUBLIC_PAGES names open, and
    of those always open (ALWAYS_OPEN)."""
    opened = [feature for name in names for feature in PUBLIC.get(name, ())]
    modules = {feature.__name__ for feature in (*opened, *ALWAYS_OPEN)}
    return {
        key
        for key, spec in app.callback_map.items()
        if getattr(spec.get("callback"), "__module__", None) in modules
    }
