"""PDF reports of one session or of a whole course, written as HTML (every piece of text
escaped) with the maps embedded as SVG, and laid out by WeasyPrint."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, tzinfo
from html import escape

import weasyprint

from dashapp.domain import clock
from dashapp.domain.body.geometry import Region, View
from dashapp.domain.chart_text import describe_chart
from dashapp.domain.course import Session, Treatment
from dashapp.domain.progress import SessionMetrics, course, session_metrics
from dashapp.domain.reference import Reference
from dashapp.formats import report_session as findings
from dashapp.formats.svg import render_svg
from dashapp.formats.svg_multiples import render_small_multiples

NOT_A_DIAGNOSIS = (
    "This report shows what the patient marked and what was done in each session. "
    "It is not a diagnosis."
)
CSS = """
@page { size: A4; margin: 16mm 14mm; @bottom-center { content: counter(page) " / " counter(pages);
  font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 12.5pt; margin: 6mm 0 2mm; }
.who { margin: 0 0 4mm; color: #333; }
img.map { width: 100%; } img.maps { width: 100%; }
img.map--short { width: 72%; display: block; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 0.5pt solid #999; padding: 1.2mm 1.6mm; text-align: left; }
th { background: #eef0f2; }
.note { margin-top: 6mm; padding: 2mm 3mm; border-left: 1.2mm solid #0072b2; background: #f3f6f9; }
section.session { break-inside: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.small { font-size: 8pt; color: #444; }
.flags { border: 0.8mm solid #222; padding: 1mm 4mm 2mm; margin: 0 0 5mm; break-inside: avoid; }
.flags--now { border-width: 1.6mm; }
.flags h2 { margin-top: 2mm; font-size: 14pt; }
.leaning { font-weight: bold; font-size: 11pt; }
.patterns { display: flex; gap: 3mm; }
.patterns figure { flex: 1; margin: 0; break-inside: avoid; }
img.pattern { width: 100%; border: 0.3pt solid #bbb; }
figcaption { font-size: 8.5pt; margin-top: 1mm; }
ul.stretches li { margin-bottom: 2mm; break-inside: avoid; }
ul.sources { font-size: 8pt; }
"""


def _image(svg: str, css_class: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img class="{css_class}" alt="{escape(alt)}" src="data:image/svg+xml;base64,{data}">'


def _number(value: float | None, digits: int = 1) -> str:
    return "not rated" if value is None else f"{value:.{digits}f}".rstrip("0").rstrip(".")


def _intensities(highest: float | None, mean: float | None) -> str:
    """The highest and mean intensity, or that none was rated (no "not rated/10")."""
    if highest is None:
        return "no intensity rated"
    return f"highest {_number(highest)}/10, mean {_number(mean)}/10"


def _change(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}".replace(".0", "")


def progress_table(rows: Sequence[SessionMetrics], labels: Sequence[str] | None = None) -> str:
    """The course table as HTML, each session named by its label (clock.session_labels; by
    default its date)."""
    names = labels if labels is not None else [r.date.isoformat() for r in rows]
    head = (
        "<tr><th>Date</th><th>Areas</th><th>Body surface</th><th>Highest</th><th>Mean</th>"
        "<th>WPI areas (0-19)</th><th>Same areas as before</th><th>Change in highest</th>"
        "<th>Clinically important</th></tr>"
    )
    body = "".join(
        "<tr>"
        f"<td>{escape(name)}</td><td>{r.regions}</td><td>{r.share:.1%}</td>"
        f"<td>{_number(r.highest)}</td><td>{_number(r.mean)}</td><td>{r.wpi}</td>"
        f"<td>{'' if r.jaccard is None else f'{r.jaccard:.0%}'}</td>"
        f"<td>{_change(r.highest_change)}</td>"
        f"<td>{'' if r.clinically_important is None else ('yes' if r.clinically_important else 'no')}</td>"  # noqa: E501
        "</tr>"
        for name, r in zip(names, rows, strict=True)
    )
    return f"<table>{head}{body}</table>"


def treatment_table(
    treatments: Sequence[Treatment], labels: Mapping[str, str] | None = None
) -> str:
    """Treatments as an HTML table; technique and muscle ids are shown by their labels."""
    labels = labels or {}
    rows = "".join(
        f"<tr><td>{escape(labels.get(t.technique, t.technique))}</td>"
        f"<td>{escape(labels.get(t.muscle, t.muscle))}</td><td>{escape(t.side)}</td>"
        f"<td>{t.minutes}</td></tr>"
        for t in treatments
    )
    return (
        "<table><tr><th>Technique</th><th>Muscle</th><th>Side</th><th>Minutes</th></tr>"
        f"{rows}</table>"
    )


def _session_body(
    session: Session, regions: Sequence[Region], labels: Mapping[str, str], heading: str
) -> str:
    handed = ""
    if session.stretches:
        names = "; ".join(labels.get(m, m) for m in session.stretches)
        handed = f"<p>Stretches handed out: {escape(names)}</p>"
    return _marked(session, regions, labels, heading) + _treatment(session, labels) + handed


def _marked(
    session: Session, regions: Sequence[Region], labels: Mapping[str, str], heading: str
) -> str:
    lines = describe_chart(session.chart, {r.id: r for r in regions})
    summary = "".join(f"<li>{escape(line)}</li>" for line in lines) or "<li>No areas marked.</li>"
    parts = [f"<h2>{escape(heading)}</h2><ul>{summary}</ul>"]
    if session.chart.activities:
        worse = ", ".join(labels.get(a, a) for a in session.chart.activities)
        parts.append(f"<p>Worse with: {escape(worse)}</p>")
    return "".join(parts)


def _treatment(session: Session, labels: Mapping[str, str]) -> str:
    parts = []
    if session.treatments:
        parts.append("<h2>Treatment</h2>" + treatment_table(session.treatments, labels))
    if session.notes:
        parts.append(f"<p>Notes: {escape(session.notes)}</p>")
    return "".join(parts)


def _document(title: str, patient_name: str, subtitle: str, body: str) -> bytes:
    return weasyprint.HTML(string=_html(title, patient_name, subtitle, body)).write_pdf()


def _html(title: str, patient_name: str, subtitle: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f'<p class="who">Patient: <strong>{escape(patient_name)}</strong><br>{escape(subtitle)}</p>'
        f'{body}<p class="note">{escape(NOT_A_DIAGNOSIS)}</p></body></html>'
    )


def session_pdf(
    patient_name: str,
    session: Session,
    views: Sequence[View],
    regions: Iterable[Region],
    *,
    wpi_map: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    zone: tzinfo = UTC,
    reference: Reference | None = None,
) -> bytes:
    """A one-session report (see session_html)."""
    return weasyprint.HTML(
        string=session_html(
            patient_name,
            session,
            views,
            regions,
            wpi_map=wpi_map,
            labels=labels,
            zone=zone,
            reference=reference,
        )
    ).write_pdf()


def session_html(
    patient_name: str,
    session: Session,
    views: Sequence[View],
    regions: Iterable[Region],
    *,
    wpi_map: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    zone: tzinfo = UTC,
    reference: Reference | None = None,
) -> str:
    """A one-session report as the HTML WeasyPrint lays out: any red flags first, the map,
    the marked areas in words, key figures; with the `reference` data, the leaning, the
    closest muscle patterns and the evidence; then the treatment, the stretches handed out
    and the sources. Its time, when known, is in the reader's `zone`."""
    regions, labels = tuple(regions), labels or {}
    row = session_metrics(session.date, session.chart, regions, wpi_map or {})
    figures = (
        f"<p>{row.regions} area{'' if row.regions == 1 else 's'} marked"
        f"{' and a drawing' if row.drawn else ''} "
        f"({row.share:.1%} of the body surface); "
        + _intensities(row.highest, row.mean)
        + (f"; {row.wpi} of the 19 Widespread Pain Index areas" if wpi_map else "")
        + ".</p>"
    )
    found = findings.session_parts(session, reference, _image) if reference else None
    cited = list(found.cited) if found else []
    body = (
        (found.first if found else "")
        # Shorter under red flags, so that the flags and the map start on one page.
        + _image(
            render_svg(session.chart, views, regions),
            "map map--short" if found and found.first else "map",
            "Body map of this session",
        )
        + figures
        + _marked(session, regions, labels, "Where it hurts")
        + (found.after if found else "")
        + _treatment(session, labels)
    )
    if reference is not None:
        body += findings.stretches_part(session, reference, cited)
        body += findings.sources_list(cited, reference.sciatica.sources)
    return _html("Pain chart", patient_name, f"Session of {_when(session, zone)}", body)


def course_pdf(
    patient_name: str,
    sessions: Sequence[Session],
    views: Sequence[View],
    regions: Iterable[Region],
    wpi_map: Mapping[str, str],
    *,
    labels: Mapping[str, str] | None = None,
    zone: tzinfo = UTC,
) -> bytes:
    """A course report: progress table, a small map per session, then each session (or, before
    the first session, a page that says there is none yet: the link is on every patient page).
    Sessions are named by date, and by local time in `zone` where a day has several."""
    if not sessions:
        body = "<p>No sessions have been recorded for this patient yet.</p>"
        return _document("Pain course", patient_name, "No sessions yet", body)
    regions, labels = tuple(regions), labels or {}
    pairs = [(s.date, s.chart) for s in sessions]
    rows = course(pairs, regions, wpi_map)
    names = clock.session_labels(clock.session_times(((s.date, s.started) for s in sessions), zone))
    maps = render_small_multiples(
        list(zip(names, (s.chart for s in sessions), strict=True)), views, regions
    )
    body = (
        "<h2>Progress</h2>"
        + progress_table(rows, names)
        + "<h2>Maps, session by session</h2>"
        + _image(maps, "maps", "One body map per session")
        + "".join(
            f'<section class="session">'
            f"{_session_body(s, regions, labels, f'Session of {_when(s, zone)}')}</section>"
            for s in sessions
        )
    )
    span = f"{len(sessions)} sessions, {_day(sessions[0].date)} to {_day(sessions[-1].date)}"
    return _document("Pain course", patient_name, span, body)


def _day(when: date) -> str:
    return when.strftime("%-d %B %Y")


def _when(session: Session, zone: tzinfo) -> str:
    """The session's date, and its local start time and zone when known."""
    at = clock.session_time(session.date, session.started, zone)
    return f"{_day(session.date)}, {at:%H:%M %Z}" if at else _day(session.date)
