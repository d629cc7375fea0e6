"""The atlas card beside the map: what a therapist tells a patient about one muscle."""

from __future__ import annotations

from dash import html

from dashapp.domain.atlas.load import Atlas
from dashapp.ui import ids

CONFIDENCE_WORDS = {
    "high": "well supported (source read)",
    "medium": "supported by secondary sources",
    "low": "uncertain: check before relying on it",
}
BELOW_KNEE_WORDS = {
    "yes": "Yes: its pain can reach below the knee.",
    "partly": "Partly: its spillover can reach below the knee.",
    "borderline": "Only to the knee itself.",
    "no": "No: its pain stays above the knee.",
    "only_if_nerve_entrapped": (
        "Its own referred pain does not, but it can when it traps the sciatic nerve."
    ),
    "uncertain": "Not known with confidence.",
}
BELOW_ELBOW_WORDS = {
    "yes": "Yes: its pain can reach below the elbow.",
    "partly": "Partly: its spillover can reach below the elbow.",
    "borderline": "Only to the elbow itself.",
    "no": "No: its pain stays above the elbow.",
    "only_if_nerve_entrapped": "Its own referred pain does not, but it can when it traps a nerve.",
    "uncertain": "Not known with confidence.",
}


def reach(atlas: Atlas, muscle_id: str) -> tuple[str, str]:
    """("Below the knee? ", words) for a muscle below the waist, the elbow for one above it."""
    referral = atlas.referral(muscle_id)
    if atlas.muscle(muscle_id).upper:
        return "Below the elbow? ", BELOW_ELBOW_WORDS[referral.below_elbow]
    return "Below the knee? ", BELOW_KNEE_WORDS[referral.below_knee]


_ROOT_ORDER = [f"C{n}" for n in range(1, 9)] + [f"T{n}" for n in range(1, 13)]
_ROOT_ORDER += [f"L{n}" for n in range(1, 6)] + [f"S{n}" for n in range(1, 6)]


def _article(root: str) -> str:
    """'an L5', 'an S1', but 'a C6', 'a T1': the article goes by how the letter is said."""
    return "an" if root[0] in "LS" else "a"


def root_span(roots: tuple[str, ...]) -> str:
    """'L5', 'L1 or L2', and a run of three or more neighbouring roots as 'C4 to T2'."""
    order = [_ROOT_ORDER.index(r) for r in roots]
    if len(roots) >= 3 and order == list(range(order[0], order[0] + len(roots))):
        return f"{roots[0]} to {roots[-1]}"
    return " or ".join(roots)


def mimic_words(atlas: Atlas, muscle_id: str) -> str:
    """'Can mimic an L5 nerve-root problem' in plain words (or '' when nothing is recorded)."""
    referral = atlas.referral(muscle_id)
    roots = referral.roots
    others = [m for m in referral.can_mimic if m not in roots]
    parts = [f"{_article(roots[0])} {root_span(roots)} nerve-root problem"] if roots else []
    parts.extend(others)
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]
    text = "Can mimic " + listed
    if referral.mimic_is_inference:
        text += f" (partly inferred from overlapping maps: {', '.join(referral.inferred_mimics)})"
    return text + "."


def muscle_name(atlas: Atlas, muscle_id: str, class_name: str) -> html.H2:
    """The muscle's name in plain words, then its anatomical name."""
    muscle = atlas.muscle(muscle_id)
    return html.H2(
        [
            muscle.lay_name,
            " ",
            html.Span(
                muscle.plain_name.removeprefix(muscle.lay_name).strip(),
                className="atlas-card__latin",
            ),
        ],
        className=class_name,
        id=ids.ATLAS_MUSCLE_NAME,
    )


def headline(atlas: Atlas, muscle_id: str, side: str) -> list:
    """Name, side and depth: the line a patient reads across the desk."""
    muscle = atlas.muscle(muscle_id)
    return [
        muscle_name(atlas, muscle_id, "atlas-card__name"),
        html.P(
            [
                html.Span(f"{side.capitalize()} side", className="badge"),
                html.Span(
                    "deep muscle" if muscle.deep else "near the surface",
                    className="badge badge--deep" if muscle.deep else "badge",
                ),
            ],
            className="atlas-card__badges",
        ),
        html.P(
            [
                reach(atlas, muscle_id)[1],
                " ",
                mimic_words(atlas, muscle_id),
            ],
            className="atlas-card__key",
        ),
    ]


def card(atlas: Atlas, muscle_id: str, side: str) -> list:
    """Symptoms, aggravating activities, what it can mimic, techniques, self-care, sources."""
    muscle = atlas.muscle(muscle_id)
    referral = atlas.referral(muscle_id)
    activities = atlas.activities_for(muscle_id)
    self_care = atlas.self_care_for(muscle_id)
    return [
        *headline(atlas, muscle_id, side),
        _section(
            "Where it sends pain",
            [
                html.P([html.Strong("Main zone: "), referral.essential_zone]),
                html.P([html.Strong("Spillover: "), referral.spillover_zone]),
                html.P([html.Strong(reach(atlas, muscle_id)[0]), reach(atlas, muscle_id)[1]]),
                html.P(mimic_words(atlas, muscle_id), className="atlas-card__mimic"),
            ],
        ),
        _section("What people notice", [html.P(referral.symptoms)]),
        _section(
            "Often worse with",
            [html.Ul([html.Li(a.label) for a in activities])]
            if activities
            else [html.P("No aggravating activity is recorded in the sources.", className="muted")],
        ),
        _section(
            "Trigger points",
            [
                html.Ol(
                    [
                        html.Li([tp.location, _confidence_tag(tp.confidence)])
                        for tp in atlas.trigger_points_for(muscle_id)
                    ]
                )
            ],
        ),
        _section("Techniques", _techniques(atlas, muscle_id)),
        _section(
            "Self-care stretch",
            [html.P(s.stretch) for s in self_care]
            + [html.P(s.caution, className="muted") for s in self_care if s.caution],
        ),
        _section(
            "Anatomy",
            [
                html.P(
                    f"{muscle.action.rstrip('.')}. "
                    f"Nerve supply: {muscle.innervation} ({muscle.spinal_levels})."
                )
            ],
        ),
        *([html.P(referral.caution, className="notice")] if referral.caution else []),
        _sources(atlas, muscle_id),
    ]


def _techniques(atlas: Atlas, muscle_id: str) -> list:
    """The techniques for the muscle, each explained on hover, then their cautions once each."""
    cautions = dict.fromkeys(t.caution for t in atlas.treatments_for(muscle_id) if t.caution)
    return [
        html.Ul([html.Li(t.label, title=t.description) for t in atlas.techniques_for(muscle_id)]),
        *[html.P(caution, className="muted") for caution in cautions],
    ]


def _sources(atlas: Atlas, muscle_id: str) -> html.Details:
    """Every source the card draws on, and how sure the referral pattern is."""
    muscle, referral = atlas.muscle(muscle_id), atlas.referral(muscle_id)
    sources = atlas.cite(
        dict.fromkeys(
            referral.sources
            + muscle.sources
            + tuple(k for t in atlas.treatments_for(muscle_id) for k in t.sources)
            + tuple(k for s in atlas.self_care_for(muscle_id) for k in s.sources)
        )
    )
    return html.Details(
        className="atlas-card__sources",
        children=[
            html.Summary(
                f"Sources ({len(sources)}); referral pattern "
                f"{CONFIDENCE_WORDS[referral.confidence]}"
            ),
            html.Ul(
                [
                    html.Li(
                        html.A(s.citation, href=s.url, target="_blank", rel="noopener")
                        if s.url
                        else s.citation
                    )
                    for s in sources
                ]
            ),
        ],
    )


def _confidence_tag(confidence: str) -> html.Span | str:
    """A quiet tag on facts the sources leave uncertain."""
    if confidence != "low":
        return ""
    return html.Span(" (location uncertain)", className="muted", title=CONFIDENCE_WORDS["low"])


def _section(title: str, children: list) -> html.Section:
    return html.Section(className="atlas-card__section", children=[html.H3(title), *children])
