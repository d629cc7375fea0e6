"""What the consultation tests start from: the shipped texts, a patient's answers with no red
flag and nothing pointing anywhere, and the intake and map facts made from them."""

from __future__ import annotations

from dashapp.domain.body.geometry import load_surface_regions
from dashapp.domain.sciatica import Intake, MapFacts, load_sciatica_data, map_facts, parse_intake
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS

# The shipped texts and body, loaded once for every test (the app loads its own DATA_DIR's).
DATA = load_sciatica_data()
REGIONS = {r.id: r for r in load_surface_regions()}
# The leg's history, no red flag of the low back
QUIET = {
    "age": "20_to_50",
    "fragile_bones": "no",
    "onset": "gradual",
    "trigger": "none",
    "started": "2_to_6_weeks",
    "worse": "same",
    "numbness": "no",
    "pins_and_needles": "no",
    "cough_sneeze": "no",
    "night_pain": "no",
    **dict.fromkeys(RED_FLAG_QUESTIONS, "no"),
}
# The same with no red flag of the neck, arm, head or jaw either
QUIET_UPPER = {**QUIET, **dict.fromkeys(UPPER_FLAG_QUESTIONS, "no")}


def intake(**changes) -> Intake:
    """The quiet answers, changed as given, read as the intake."""
    return parse_intake({**QUIET, **changes}, DATA.activities)


def upper_intake(**changes) -> Intake:
    """The answers quiet for the upper body too, changed as given, read as the intake."""
    return parse_intake({**QUIET_UPPER, **changes}, DATA.activities)


def facts(*region_ids: str) -> MapFacts:
    """What the map says when these regions are marked."""
    return map_facts(region_ids, REGIONS)
