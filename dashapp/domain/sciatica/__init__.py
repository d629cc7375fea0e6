"""True sciatica or pseudo-sciatica? Domain rules for the intake, the examination, the red-flag
gate and an honest side-by-side comparison. Educational only: never a diagnosis.

The steps, in the order a page should use them:

1. `parse_intake(answers, data.activities)` -> `Intake`; `map_facts(marked_ids, regions)` ->
   `MapFacts`; `parse_findings(exam, data.muscle_names)` -> `Findings` (optional: a patient
   alone has no examination).
2. `red_flags(intake, facts, findings, data=data)` -> the warning signs that stand, most urgent
   first. `gate(...)` is False while one needing care now or within days stands: show the
   warnings instead of trigger-point content ("review" ones are shown first, content follows).
   `ask_now(answers, facts)` -> warning questions the map says must be asked at once (numbness
   marked in the saddle area), before anything else.
3. `compare(intake, facts, findings, best_root, best_muscle, data=data)` -> `Comparison`:
   evidence toward a nerve root and toward referred muscle pain, each in plain and in clinical
   words with sources and a weight, and a leaning that is never stronger than "leans toward".
   Its `balance` (a `Leaning`: side, margin in points, both_present, mixed, points per side)
   is what an API reports. It carries the red flags too, so they can be shown first.

4. For a drawing in the neck, shoulder, arm or hand (none in the leg), `arm_compare.compare_arm`
   (or `arm_consult.consult_arm` from a consultation) weighs it toward a cervical root instead,
   with Wainner's prediction rule and the differentials (thoracic outlet, carpal tunnel); its
   texts are `arm_data.ArmData` (`Reference.arm`). A leg drawing keeps the steps above.

`data` is a `SciaticaData`: the texts, weights and sources of data/sciatica/ (see its README)
and the atlas words they use, loaded from the app's data folder with the rest of its
reference data (`Reference.sciatica`). The rules live in the modules re-exported here.
"""

from dashapp.domain.sciatica.compare import LEANING_MARGIN, LEANINGS, Comparison, Evidence, compare
from dashapp.domain.sciatica.data import (
    DIRECTIONS,
    EVIDENCE_IDS,
    RED_FLAG_IDS,
    URGENCIES,
    URGENCY_TEXT,
    SciaticaData,
    load_sciatica_data,
)
from dashapp.domain.sciatica.evidence import FIT_MARGIN, GLUTEAL_MUSCLES, PatternFit
from dashapp.domain.sciatica.findings import (
    MOVEMENT_ROOTS,
    REFLEX_GRADES,
    REFLEX_ROOTS,
    SENSORY,
    STRENGTH_GRADES,
    TEST_RESULTS,
    Findings,
    SideFindings,
    check_trigger_point,
    parse_findings,
)
from dashapp.domain.sciatica.flags import RedFlag, ask_now, gate, holding, red_flags
from dashapp.domain.sciatica.intake import (
    AGE_BANDS,
    ANSWERS,
    COUGH,
    ONSETS,
    STARTED,
    TRIGGERS,
    WEAKNESS_SIGNS,
    WORSE,
    Intake,
    parse_intake,
)
from dashapp.domain.sciatica.leaning import MIXED_BELOW, Leaning, weigh
from dashapp.domain.sciatica.mapfacts import (
    BELOW_KNEE_GROUPS,
    LEG_GROUPS,
    SADDLE_REGIONS,
    SENSORY_QUALITIES,
    MapFacts,
    below_knee_ids,
    map_facts,
)

__all__ = [
    "AGE_BANDS",
    "ANSWERS",
    "BELOW_KNEE_GROUPS",
    "COUGH",
    "DIRECTIONS",
    "EVIDENCE_IDS",
    "FIT_MARGIN",
    "GLUTEAL_MUSCLES",
    "LEANINGS",
    "LEANING_MARGIN",
    "LEG_GROUPS",
    "MIXED_BELOW",
    "MOVEMENT_ROOTS",
    "ONSETS",
    "RED_FLAG_IDS",
    "REFLEX_GRADES",
    "REFLEX_ROOTS",
    "SADDLE_REGIONS",
    "SENSORY",
    "SENSORY_QUALITIES",
    "STARTED",
    "STRENGTH_GRADES",
    "TEST_RESULTS",
    "TRIGGERS",
    "URGENCIES",
    "URGENCY_TEXT",
    "WEAKNESS_SIGNS",
    "WORSE",
    "Comparison",
    "Evidence",
    "Findings",
    "Intake",
    "Leaning",
    "MapFacts",
    "PatternFit",
    "RedFlag",
    "SciaticaData",
    "SideFindings",
    "ask_now",
    "below_knee_ids",
    "check_trigger_point",
    "compare",
    "gate",
    "holding",
    "load_sciatica_data",
    "map_facts",
    "parse_findings",
    "parse_intake",
    "red_flags",
    "weigh",
]
