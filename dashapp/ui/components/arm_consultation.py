"""What the comparison adds for a neck, arm or hand drawing: Wainner's prediction rule and the
differentials to keep in mind (thoracic outlet, carpal tunnel), plain first, then for the
therapist with sources."""

from __future__ import annotations

from dash import html

from dashapp.domain.sciatica.arm_compare import ArmComparison
from dashapp.ui import ids
from dashapp.ui.components import therapist

NOTE_PREFIX = "The note's “about half”"


def arm_extras(
    arm: ArmComparison, section_id: str = ids.COMPARE_ARM, class_name: str = "card compare__arm"
) -> html.Section:
    """The rule (when examined) and the differentials, in one card (or, with `class_name`,
    one part of the page's own card)."""
    children: list = [html.H2("Other things to keep in mind")]
    if arm.cpr is not None:
        children.append(
            html.Div(
                className="compare__cpr",
                children=[
                    html.P(arm.cpr.plain),
                    therapist.part(therapist.cited(arm.cpr.text, arm.cpr.sources)),
                ],
                **{"data-cpr": str(arm.cpr.positive)},
            )
        )
    children.append(
        html.Ul(
            className="compare__differentials",
            children=[
                html.Li(
                    [
                        html.Strong(d.title + ": "),
                        d.patient_text,
                        therapist.part(
                            therapist.cited(
                                f"{d.therapist_text} ({d.confidence} confidence).", d.sources
                            )
                        ),
                    ],
                    **{"data-differential": d.id},
                )
                for d in arm.differentials
            ],
        )
    )
    return html.Section(id=section_id, className=class_name, children=children)


def arm_keys(arm: ArmComparison) -> list[str]:
    """The source keys the arm's card cites."""
    rule = list(arm.cpr.sources) if arm.cpr is not None else []
    return [*rule, *(k for d in arm.differentials for k in d.sources)]
