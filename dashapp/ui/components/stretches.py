"""The self-care stretches handed out in a session: each with its instructions, caution and
source as the atlas gives them, and a short form to hand out another."""

from __future__ import annotations

from collections.abc import Sequence

from dash import html
from dash_bodymap import GroupedSelect

from dashapp.domain.atlas.load import Atlas
from dashapp.ui import ids
from dashapp.ui.components.atlas_view import picker_groups

CONFIDENCE = {"low": "low confidence", "medium": "medium confidence", "high": "high confidence"}


def stretch_rows(atlas: Atlas, handed: Sequence[str]) -> list:
    """One item per stretch handed out, in the order given."""
    if not handed:
        return [html.Li("None handed out yet.", className="muted")]
    return [_row(atlas, muscle) for muscle in handed]


def _row(atlas: Atlas, muscle_id: str) -> html.Li:
    muscle = atlas.muscle(muscle_id)
    parts: list = [html.Strong(muscle.plain_name)]
    for care in atlas.self_care_for(muscle_id):
        cited = "; ".join(s.citation for s in atlas.cite(care.sources))
        parts += [
            html.P(care.stretch),
            *([html.P(care.caution, className="muted")] if care.caution else []),
            html.P(f"Source: {cited} ({CONFIDENCE[care.confidence]}).", className="muted"),
        ]
    parts.append(
        html.Button(
            "Remove",
            id=ids.session_stretch_remove(muscle_id),
            className="button button--quiet",
            **{"aria-label": f"Remove the stretch for {muscle.name}"},
        )
    )
    return html.Li(parts, className="stretch", **{"data-muscle": muscle_id})


def stretches_panel(atlas: Atlas, handed: Sequence[str]) -> list:
    """The stretches handed out this session and the form to hand out one more."""
    return [
        html.H2("Stretches handed out"),
        html.Ul(stretch_rows(atlas, handed), id=ids.SESSION_STRETCHES, className="stretches"),
        html.Div(
            className="treatment-form",
            children=[
                GroupedSelect(
                    id=ids.SESSION_S_MUSCLE,
                    groups=picker_groups(atlas),
                    value="gluteus_minimus_anterior",
                    label="Stretch for",
                ),
                html.Button("Hand out", id=ids.SESSION_S_ADD, className="button"),
            ],
        ),
        html.P(id=ids.SESSION_S_MESSAGE, role="status"),
    ]
