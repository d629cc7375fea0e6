"""What a session's PDF says beyond the map, as HTML for report.py: red flags first, then the
leaning, the closest muscle patterns as small drawings, the evidence, the treatment given and
the stretches handed out.

The comparison is worked out with the rules the pages use (domain.sciatica.consult) and held
back as they hold it back: while a red flag stands, or a warning question is unanswered, no
muscle pattern and no leaning is offered, only the warnings. Plain words for the patient; the
sources of every fact in a list at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from dashapp.domain.atlas.lookup import Candidate
from dashapp.domain.atlas.painted_lookup import rank_chart
from dashapp.domain.chart import PainChart
from dashapp.domain.course import Session
from dashapp.domain.reference import Reference
from dashapp.domain.sciatica.arm_compare import MUSCLE_TITLE, ROOT_TITLE
from dashapp.domain.sciatica.arm_consult import as_consultation
from dashapp.domain.sciatica.consult import Consultation, clean_answers
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.flags import holding
from dashapp.formats.report_arm import arm_part
from dashapp.formats.svg import render_svg
from dashapp.formats.svg_patterns import Overlay

# As the consultation page heads its red-flag panel (ui/components/consultation.py).
HEADINGS = {
    "now": "Please seek medical care now",
    "today": "Please seek medical care today",
    "days": "Please see a doctor soon",
    "review": "Worth mentioning to your doctor",
}
EDUCATIONAL = "Educational, not a diagnosis."
PATTERNS_SHOWN = 3
LEG_TITLES = ("Points toward a nerve root (true sciatica)", "Points toward pain sent from a muscle")
ZONE_WORDS = "hatched: where it most often sends pain; dotted: where it may spread; X: its knots"


@dataclass(frozen=True)
class Parts:
    """The HTML of a session's findings: `first` goes before the map, `after` after it;
    `cited` are the source keys the parts cite, in order."""

    first: str
    after: str
    cited: tuple[str, ...]


def session_parts(session: Session, reference: Reference, image) -> Parts:
    """The findings of one session; `image(svg, css_class, alt)` embeds a drawing."""
    exam = dict(session.findings) or None
    view = reference.consult(session.chart.to_json(), dict(session.intake), exam)
    # A neck, arm or hand drawing is weighed toward a cervical root, as on the pages.
    view = as_consultation(
        view, reference.consult_arm(view, clean_answers(session.intake)[0], exam)
    )
    cited: list[str] = [k for f in view.red_flags for k in f.sources]
    first = _red_flags(view) if view.red_flags else ""
    unscreened = [q for q in view.missing if q in RED_FLAG_QUESTIONS]
    why_not = _held_back(view, unscreened)
    if why_not:
        after = f"<h2>What this may mean</h2><p>{escape(why_not)}</p>"
    else:
        muscles = view.muscles or rank_chart(
            reference.patterns, session.chart, reference.regions, reference.region_areas
        )
        after = _leaning(view, cited) + _patterns(muscles[:PATTERNS_SHOWN], reference, image, cited)
        after += _evidence(view, cited)
        after += arm_part(view.arm, cited) if view.arm else ""
    return Parts(first, after, tuple(dict.fromkeys(cited)))


def _held_back(view: Consultation, unscreened: list[str]) -> str:
    """Why no leaning and no muscle pattern are offered, or "" when they are."""
    if holding(view.red_flags):
        return (
            "Explanations about muscles are held back until a doctor has checked the warning "
            "signs above."
        )
    if view.ask or unscreened:
        return (
            "The questions about warning signs were not all answered in this session, so no "
            "explanation about muscles is offered yet: those questions come first."
        )
    if view.problems and view.comparison is None:
        return "Some answers could not be read, so no comparison is offered: " + "; ".join(
            view.problems
        )
    return ""


def _red_flags(view: Consultation) -> str:
    flags = view.red_flags
    holds = holding(flags)
    closing = (
        "This is not a diagnosis, and it may turn out to be nothing serious, but these signs "
        "need a doctor to check them first."
        if holds
        else "This is not a diagnosis, and it usually has an ordinary cause."
    )
    items = "".join(
        f"<li><strong>{escape(f.urgency_text)}:</strong> {escape(f.patient_message)}"
        f'<br><span class="small">For the therapist: {escape(f.therapist_text)} '
        f"({escape(f.confidence)} confidence; {escape(', '.join(f.sources))})</span></li>"
        for f in flags
    )
    return (
        f'<section class="flags{" flags--now" if holds else ""}">'
        f"<h2>{escape(HEADINGS[flags[0].urgency])}</h2><ul>{items}</ul>"
        f"<p>{escape(closing)}</p></section>"
    )


def _leaning(view: Consultation, cited: list[str]) -> str:
    comparison = view.comparison
    if comparison is None:
        left = len(view.missing)
        return (
            "<h2>Nerve or muscle?</h2><p>"
            + escape(
                f"{left} question{'s' if left != 1 else ''} still to answer before the "
                "comparison is possible."
            )
            + f" {EDUCATIONAL}</p>"
        )
    cited.extend(comparison.note_sources)
    caveats = "".join(f"<p>{escape(c)}</p>" for c in comparison.leaning_caveats)
    return (
        "<h2>Nerve or muscle?</h2>"
        f'<p class="leaning">{escape(comparison.leaning_text)}</p>{caveats}'
        f"<p>{escape(comparison.note)} ({escape(', '.join(comparison.note_sources))})</p>"
        f"<p><strong>{EDUCATIONAL}</strong></p>"
        f'<p class="small">For the therapist: {escape(comparison.therapist_summary)}</p>'
    )


def _patterns(muscles: Iterable[Candidate], reference: Reference, image, cited: list) -> str:
    atlas = reference.atlas
    figures = []
    for n, c in enumerate(muscles, start=1):
        name = atlas.muscle(c.muscle).plain_name
        referral = atlas.referral(c.muscle)
        cited.extend(referral.sources)
        picture = render_svg(
            PainChart(),
            reference.views,
            reference.regions,
            legend=False,  # the zones are said in words above the drawings
            overlays=_overlays(c, reference),
        )
        caption = (
            f"{n}. {name}, on your {c.side} side. Pattern drawn from "
            f"{', '.join(referral.sources)} ({referral.confidence} confidence)."
        )
        figures.append(
            f"<figure>{image(picture, 'pattern', f'Pain pattern of {name}, {c.side} side')}"
            f"<figcaption>{escape(caption)}</figcaption></figure>"
        )
    if not figures:
        return "<h2>Closest muscle patterns</h2><p>No muscle pattern matches the areas marked.</p>"
    return (
        "<h2>Closest muscle patterns</h2>"
        "<p>Muscles whose knots (trigger points) can send pain to the areas marked, closest "
        f"first. In each drawing, {ZONE_WORDS}. Right and left are your own. "
        f"A match is not a diagnosis.</p>"
        f'<div class="patterns">{"".join(figures)}</div>'
    )


def _overlays(candidate: Candidate, reference: Reference) -> tuple[Overlay, ...]:
    """The muscle's referral zones and trigger points on the candidate's side."""
    zones = [
        Overlay(z.kind, z.view, z.path)
        for z in sorted(reference.zones, key=lambda z: z.kind != "spillover")
        if z.muscle == candidate.muscle and z.side == candidate.side
    ]
    points = [
        Overlay("trigger", t.view, x=t.x, y=t.y)
        for t in reference.trigger_points
        if t.muscle == candidate.muscle and t.side == candidate.side
    ]
    return tuple(zones + points)


def _evidence(view: Consultation, cited: list[str]) -> str:
    comparison = view.comparison
    if comparison is None:
        return ""
    titles = LEG_TITLES if view.arm is None else (ROOT_TITLE, MUSCLE_TITLE)
    columns = zip(titles, (comparison.toward_root, comparison.toward_muscle), strict=True)
    parts = ["<h2>What was found</h2>"]
    for title, items in columns:
        cited.extend(k for e in items for k in e.sources)
        lines = "".join(
            f"<li>{escape(e.patient_text)} "
            f'<span class="small">({escape(", ".join(e.sources))}; '
            f"{escape(e.confidence)} confidence)</span></li>"
            for e in items
        )
        parts.append(f"<h3>{escape(title)}</h3><ul>{lines or '<li>Nothing here so far.</li>'}</ul>")
    return "".join(parts)


def stretches_part(session: Session, reference: Reference, cited: list[str]) -> str:
    """The self-care stretches handed out, each with its instructions, caution and source."""
    if not session.stretches:
        return ""
    atlas = reference.atlas
    items = []
    for muscle in session.stretches:
        for care in atlas.self_care_for(muscle):
            cited.extend(care.sources)
            caution = f"<br><em>{escape(care.caution)}</em>" if care.caution else ""
            items.append(
                f"<li><strong>{escape(atlas.muscle(muscle).plain_name)}</strong><br>"
                f"{escape(care.stretch)}{caution}<br>"
                f'<span class="small">Source: {escape(", ".join(care.sources))} '
                f"({escape(care.confidence)} confidence)</span></li>"
            )
    return '<h2>Stretches to do at home</h2><ul class="stretches">' + "".join(items) + "</ul>"


def sources_list(keys: Iterable[str], citations: Mapping[str, str]) -> str:
    """The sources cited, each key with its citation."""
    rows = "".join(
        f"<li><strong>{escape(k)}</strong>: {escape(citations.get(k, k))}</li>"
        for k in dict.fromkeys(keys)
    )
    return f'<h2>Sources</h2><ul class="sources">{rows}</ul>' if rows else ""
