"""What a session's PDF adds for a neck, arm or hand drawing, as the pages show it: Wainner's
prediction rule (when its tests were examined) and the differentials to keep in mind, plain
words first, the clinical words with their sources for the therapist beneath."""

from __future__ import annotations

from html import escape

from dashapp.domain.sciatica.arm_compare import ArmComparison


def arm_part(arm: ArmComparison, cited: list[str]) -> str:
    """The rule and the differentials, as HTML; their source keys are added to `cited`."""
    parts = ["<h2>Other things to keep in mind</h2>"]
    rule = arm.cpr
    if rule is not None:
        cited.extend(rule.sources)
        keys = "; ".join(rule.sources)
        # The line names its sources when it gives a probability; otherwise they follow it.
        clinical = rule.text if keys in rule.text else f"{rule.text} ({keys})"
        parts.append(
            f'<p class="cpr">{escape(rule.plain)}<br>'
            f'<span class="small">For the therapist: {escape(clinical)}</span></p>'
        )
    items = []
    for d in arm.differentials:
        cited.extend(d.sources)
        items.append(
            f"<li><strong>{escape(d.title)}:</strong> {escape(d.patient_text)}"
            f'<br><span class="small">For the therapist: {escape(d.therapist_text)} '
            f"({escape(d.confidence)} confidence; {escape(', '.join(d.sources))})</span></li>"
        )
    if items:
        parts.append(f'<ul class="differentials">{"".join(items)}</ul>')
    return "".join(parts)
