"""Warning signs before anything else: one rule for every page where a patient marks the map
(the walk-in page and the patient's own phone)."""

from __future__ import annotations

from typing import Any

from dashapp.domain.chart import PainChart
from dashapp.domain.sciatica.consult import ask, clean_answers, screen
from dashapp.domain.sciatica.flags import holding
from dashapp.services import Services
from dashapp.ui.components import consultation as compare


def warning(services: Services, answers: Any, chart: PainChart, page: str = "patient"):
    """What comes before the muscles: (a panel that holds them back, a note shown above them).
    A warning question the map asks, or a sign needing care, holds them back; a sign for a
    doctor's review is a note above them. `page` names the ids of the questions asked."""
    answers, data = clean_answers(answers)[0], services.reference.sciatica
    flags = screen(answers, chart, services.regions, data=data)
    shown = compare.red_flag_panel(flags, data.sources) if flags else None
    asked = ask(answers, chart, services.regions)
    if asked:
        return compare.ask_panel(asked, data.red_flags, page, flags), None
    return (shown, None) if holding(flags) else (None, shown)
