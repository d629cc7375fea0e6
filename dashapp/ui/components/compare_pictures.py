"""The comparison's three pictures at one scale: the drawing, a nerve-root skin area and a
muscle's referral pattern. The last two start at the best fit; the therapist may pick another
root or muscle to set beside the drawing."""

from __future__ import annotations

from dash import html
from dash_bodymap import GroupedSelect

from dashapp.domain import palette
from dashapp.domain.sciatica.arm_evidence import ARM_ROOTS
from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.evidence import ROOTS
from dashapp.ui import ids
from dashapp.ui.components.bodymap import body_map

SIDES = ("right", "left")


def choice_value(first: str, side: str) -> str:
    """The dropdown value of one root or muscle on one side, e.g. "L5|right"."""
    return f"{first}|{side}"


def read_choice(value: object, known: tuple[str, ...]) -> tuple[str, str] | None:
    """(root or muscle, side) from a dropdown value, or None if it is not one of `known`."""
    if not isinstance(value, str):
        return None
    first, _, side = value.partition("|")
    return (first, side) if first in known and side in SIDES else None


def root_figure(app, root: str, side: str) -> tuple[list[dict], str, str]:
    """Highlights, caption and label of one root's skin area on the textbook map."""
    highlights = [
        {"path": d.path, "view": d.view, "kind": "dermatome"}
        for d in app.dermatomes
        if d.map == "classic" and d.root == root and d.side == side
    ]
    return highlights, f"Nerve-root pattern: {root}, {side} (textbook map)", f"Skin area of {root}"


def muscle_figure(app, muscle: str, side: str) -> tuple[list[dict], str, str]:
    """Highlights, caption and label of one muscle's referral pattern on one side."""
    name = app.atlas.muscle(muscle).plain_name
    highlights = [
        {"path": z.path, "view": z.view, "kind": z.kind}
        for z in app.zones
        if z.muscle == muscle and z.side == side
    ]
    return highlights, f"Muscle pattern: {name}, {side}", f"Pain pattern of {name}"


def root_groups(view: Consultation) -> list[dict]:
    """Every comparable root on each side: those sharing skin with the drawing first, by fit."""
    fitted = [
        _option(root, side, f"{root}, {side}: fit {fit:.0%}")
        for root, side, fit in view.roots
        if side in SIDES and fit > 0
    ]
    seen = {o["value"] for o in fitted}
    arm = view.best_root is not None and view.best_root[0] in ARM_ROOTS
    rest = [
        _option(root, side, f"{root}, {side}")
        for root in (ARM_ROOTS if arm else ROOTS)
        for side in SIDES
        if choice_value(root, side) not in seen
    ]
    return _groups(("Share skin with the drawing", fitted), ("Other roots", rest))


def muscle_groups(view: Consultation, app) -> list[dict]:
    """Every atlas muscle on each side: those whose pattern fits the drawing first, by score."""
    names = {m.id: m.name for m in app.atlas.muscles}
    fitted = [
        _option(c.muscle, c.side, f"{names[c.muscle]}, {c.side}: score {c.score:.2f}")
        for c in view.muscles
    ]
    seen = {o["value"] for o in fitted}
    rest = sorted(
        (
            _option(m, side, f"{names[m]}, {side}")
            for m in names
            for side in SIDES
            if choice_value(m, side) not in seen
        ),
        key=lambda o: o["label"],
    )
    return _groups(("Fit the drawing", fitted), ("Other muscles", rest))


def _option(first: str, side: str, label: str) -> dict:
    return {"value": choice_value(first, side), "label": label}


def _groups(*groups: tuple[str, list[dict]]) -> list[dict]:
    return [{"label": label, "options": options} for label, options in groups if options]


def pictures(view: Consultation, app) -> list:
    """The drawing, then the best root and muscle patterns, each with its chooser."""
    chart = view.chart
    values = {m.region: m.intensity for m in chart.marks if m.intensity is not None}
    drawing = body_map(
        ids.COMPARE_DRAWING,
        app.views,
        app.regions,
        selected=chart.regions,
        values=values,
        colorscale=palette.colorscale(),
        selectable=False,
        passiveLayers=["surface"],
        ariaLabel="Your drawing",
    )
    figures = [
        html.Figure(className="card compare__picture", children=[drawing, _caption("Your drawing")])
    ]
    if view.best_root:
        root, side, _ = view.best_root
        figures.append(
            _chosen(
                app,
                ids.COMPARE_ROOT_MAP,
                ids.COMPARE_ROOT_CHOICE,
                ids.COMPARE_ROOT_CAPTION,
                root_figure(app, root, side),
                choice_value(root, side),
                root_groups(view),
                "Nerve root to compare",
            )
        )
    if view.best_muscle:
        best = view.best_muscle
        figures.append(
            _chosen(
                app,
                ids.COMPARE_MUSCLE_MAP,
                ids.COMPARE_MUSCLE_CHOICE,
                ids.COMPARE_MUSCLE_CAPTION,
                muscle_figure(app, best.muscle, best.side),
                choice_value(best.muscle, best.side),
                muscle_groups(view, app),
                "Muscle to compare",
            )
        )
    return figures


def _caption(text: str, caption_id: str | None = None) -> html.Figcaption:
    return html.Figcaption(text, id=caption_id) if caption_id else html.Figcaption(text)


def _chosen(app, map_id, choice_id, caption_id, figure, value, groups, label) -> html.Figure:
    highlights, caption, aria = figure
    return html.Figure(
        className="card compare__picture",
        children=[
            body_map(
                map_id,
                app.views,
                app.regions,
                passiveLayers=["surface"],
                ariaLabel=aria,
                highlights=highlights,
            ),
            _caption(caption, caption_id),
            GroupedSelect(
                id=choice_id,
                groups=groups,
                value=value,
                label=label,
                className="compare__choice",
            ),
        ],
    )
