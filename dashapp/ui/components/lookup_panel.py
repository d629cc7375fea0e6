"""The patient page's "what makes it worse?" question and "what could be causing this?" list."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Callout:
    """The warning signs that fit one part of the body, for the patient (plain) and the
    therapist (precise); its sources are those of the red flags it speaks of."""

    patient: str
    therapist: str
    flags: tuple[str, ...]


# By the keys of domain/sciatica/upper.callouts: what fits where the pain is drawn.
CALLOUTS = {
    "cauda_equina": Callout(
        SAFETY,
        "The warning signs above (saddle numbness, bladder or bowel change, both legs, "
        "worsening weakness): possible cauda equina syndrome, seek care now.",
        SAFETY_FLAGS,
    ),
    "cervical_cord": Callout(
        "If your hands become clumsy or numb, your walking becomes unsteady, you feel an "
        "electric shock down your back or limbs as you bend your head forward, or weakness in "
        "an arm is getting worse, do not wait: see a doctor, the same day if it is getting "
        "worse quickly.",
        "The warning signs above: possible degenerative cervical myelopathy (bilateral hand "
        "clumsiness or numbness, gait disturbance, Lhermitte's sign): urgent referral and MRI "
        "within days; rapidly progressive myelopathy or progressive upper-limb weakness: same "
        "day.",
        ("hand_clumsiness", "gait_change", "lhermitte", "myelopathy_worsening"),
    ),
    "headache": Callout(
        "If a headache comes on suddenly and severely, like a thunderclap, or comes with a "
        "fever and a stiff neck, or your sight changes, do not wait: seek medical care now.",
        "The warning signs above: thunderclap headache (possible subarachnoid haemorrhage), "
        "meningism (fever with neck stiffness, non-blanching rash, photophobia), visual "
        "symptoms (giant cell arteritis, raised intracranial pressure): emergency now.",
        ("thunderclap", "fever_stiff_neck", "vision_loss"),
    ),
    "heart": Callout(
        "If you have pain, pressure or tightness in your chest, or feel short of breath, with "
        "this pain, do not wait: call an ambulance (999 or 112) if it is happening now.",
        "The warning sign above: possible acute coronary syndrome (chest pain, with or "
        "without radiation to the arms, neck or jaw; breathlessness): emergency now if "
        "current. A trigger-point finding never clears chest pain.",
        ("chest_pain_breathless",),
    ),
}
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
    callouts: Sequence[str] = ("cauda_equina",),
) -> list:
    """The best-fitting muscles with why they fit; picking one draws its zones on the map.
    The choice group is always there (empty when nothing fits) so callbacks can rely on it.
    `callouts` name the warning signs that fit where the pain is drawn (upper.callouts)."""
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
    shown_callouts = [CALLOUTS[k] for k in callouts]
    safety_sources = [
        k for c in shown_callouts for f in c.flags for k in sciatica.red_flags[f].sources
    ]
    return [
        *[
            html.P(c.patient, className="safety", **{"data-callout": k})
            for k, c in zip(callouts, shown_callouts, strict=True)
        ],
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
            *[
                therapist.cited(
                    c.therapist,
                    dict.fromkeys(k for f in c.flags for k in sciatica.red_flags[f].sources),
                )
                for c in shown_callouts
            ],
            *how_scored(),
            therapist.sources([*dict.fromkeys(safety_sources), "DELPHI"], sciatica.sources),
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
