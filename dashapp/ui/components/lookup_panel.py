"""The patient page's "what makes it worse?" question and "what could be causing this?" list."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.domain.atlas import lookup
from dashapp.domain.atlas.load import Atlas
from dashapp.domain.atlas.lookup import Candidate
from dashapp.domain.body.zones import ReferralZone, TriggerPointMarker
from dashapp.domain.sciatica.data import SciaticaData
from dashapp.ui import ids
from dashapp.ui.components import therapist

SHOWN = 5
SAFETY = (
    "If you have numbness between the legs or around the back passage, a new problem "
    "controlling your bladder or bowels, symptoms in both legs, or weakness that is getting "
    "worse, do not wait: seek medical care now."
)
ZONE_WORDS = {"essential": "main zone", "spillover": "spillover zone"}
# The red flags SAFETY speaks of: their sources are its sources.
SAFETY_FLAGS = ("saddle_numbness", "bladder_bowel_sexual", "both_legs", "weakness_worsening")
ZONES = (
    "A muscle's main zone is where its pain is most often felt; its spillover zone is where "
    "the pain can sometimes spread further."
)


def activities_question(
    atlas: Atlas, chosen: Iterable[str] = (), component_id: str = ids.PATIENT_ACTIVITIES
) -> ChoiceGroup:
    """Every activity of the shared vocabulary as a tickable chip."""
    return ChoiceGroup(
        id=component_id,
        options=[{"label": a.label, "value": a.id} for a in atlas.activities],
        value=list(chosen),
        multiple=True,
        className="chips",
    )


def held_back() -> html.P:
    """In the muscles' place while a warning question waits or a warning sign stands."""
    return html.P(
        "Please see the warning above first. Explanations about muscles are held back until then.",
        className="candidates__held",
    )


def candidate_value(candidate: Candidate) -> str:
    return f"{candidate.muscle}|{candidate.side}"


def candidates(
    ranked: Sequence[Candidate],
    atlas: Atlas,
    explain: Callable[[Candidate], str],
    chosen: str | None = None,
    warning: html.Section | None = None,
    *,
    sciatica: SciaticaData,
) -> list:
    """The best-fitting muscles with why they fit; picking one draws its zones on the map.
    The choice group is always there (empty when nothing fits) so callbacks can rely on it."""
    shown = [] if warning is not None else ranked[:SHOWN]
    values = [candidate_value(c) for c in shown]
    picker = html.Div(
        role="group",
        hidden=not shown,
        **{"aria-label": "Show a muscle's pain pattern on the map"},
        children=ChoiceGroup(
            id=ids.PATIENT_CANDIDATE,
            options=[
                {"label": f"{i}. {_title(atlas, c)}", "value": v}
                for i, (c, v) in enumerate(zip(shown, values, strict=True), start=1)
            ],
            value=chosen if chosen in values else None,
            className="candidates",
        ),
    )
    if warning is not None:
        # A warning sign stands: muscle explanations are not offered as the answer.
        return [warning, picker]
    if not shown:
        hint = "Mark where it hurts, and muscles whose pain patterns fit will appear here."
        return [html.P(hint, className="muted"), picker]
    safety_sources = [k for f in SAFETY_FLAGS for k in sciatica.red_flags[f].sources]
    return [
        html.P(SAFETY, className="safety"),
        html.P(
            "These muscles can send pain to the areas you marked. Pick one to see its pattern "
            f"on the map. {ZONES} This is a guide to talk over with your therapist, not a "
            "diagnosis.",
            className="muted",
        ),
        picker,
        html.Ol(
            className="candidates__why",
            children=[
                html.Li(
                    [html.Strong(_title(atlas, c) + ": "), explain(c)],
                    **{"data-muscle": c.muscle},
                )
                for c in shown
            ],
        ),
        dcc.Link("Open the muscle atlas", href="/atlas", className="muted"),
        therapist.part(
            therapist.cited(
                "The warning signs above (saddle numbness, bladder or bowel change, both legs, "
                "worsening weakness): possible cauda equina syndrome, seek care now.",
                dict.fromkeys(safety_sources),
            ),
            *how_scored(),
            therapist.sources([*safety_sources, "DELPHI"], sciatica.sources),
        ),
    ]


def how_scored() -> list:
    """How the list is ranked, in the lookup's own numbers (read from its constants)."""
    return [
        html.H3("How this is scored"),
        html.P(
            "Score = fit + "
            f"{lookup.ACTIVITY_BONUS:g} per matching aggravating activity (at most "
            f"{lookup.MAX_ACTIVITY_BONUS:g}). Fit = 2 × explained × filled / (explained + "
            "filled), measured on area: explained is the share of the marked pain, each area "
            f"weighted by its size × intensity/10 (unrated as {lookup.UNRATED_INTENSITY}/10), "
            "that the pattern's zones cover; filled is the share of the pattern's surface that "
            f"was marked. The spillover zone counts {lookup.SPILLOVER_WEIGHT:g} of the main zone "
            f"in both. Patterns explaining less than {lookup.MIN_EXPLAINED:.0%} of the drawing "
            "are left out.",
            className="therapist__reckoning",
        ),
        therapist.cited(
            "Referral maps are averaged drawings: no fixed location of the referral area or of "
            "the trigger point should be expected, so a rank is a prompt to examine, not a "
            "finding.",
            ("DELPHI",),
        ),
    ]


def _title(atlas: Atlas, candidate: Candidate) -> str:
    return f"{atlas.muscle(candidate.muscle).plain_name}, {candidate.side} side"


def pattern_overlay(
    muscle: str,
    side: str,
    zones: Iterable[ReferralZone],
    markers: Iterable[TriggerPointMarker],
    name: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """BodyMap highlights (essential hatched, spillover dotted) and trigger-point X marks."""
    highlights = [
        {"path": z.path, "view": z.view, "kind": z.kind, "label": f"{name}: {ZONE_WORDS[z.kind]}"}
        for z in sorted(zones, key=lambda z: z.kind != "spillover")
        if z.muscle == muscle and z.side == side
    ]
    points = [
        {"view": m.view, "x": m.x, "y": m.y, "label": m.label, "symbol": "x"}
        for m in markers
        if m.muscle == muscle and m.side == side
    ]
    return highlights, points


def pattern_note(name: str, side: str) -> list:
    """What the drawing over the map shows, in words."""
    return [
        html.Strong(f"{name}, {side} side: "),
        "blue lines (/) inside a solid outline are where its trigger points most often send "
        "pain, blue dots inside a dashed outline where the pain can spread, and a blue X marks "
        "each trigger point. Your own marks keep their colours underneath.",
    ]
