"""The store's vocabulary is the loaded reference's ids, whichever data folder is configured."""

from __future__ import annotations

from dashapp.config import load_config
from dashapp.domain import SHIPPED_DATA
from dashapp.domain.reference import load_reference
from dashapp.store import Vocabulary
from dashapp.store.__main__ import configured_vocabulary
from tests.conftest import TEST_GEOMETRY


def test_the_vocabulary_lists_the_reference_ids():
    reference = load_reference(SHIPPED_DATA)
    known = Vocabulary.from_reference(reference)
    assert known.regions == {r.id for r in reference.regions}
    assert known.activities == {a.id for a in reference.atlas.activities}
    assert known.techniques == {t.id for t in reference.atlas.techniques}
    assert known.muscles == set(reference.atlas.muscle_ids)


def test_the_command_line_takes_its_ids_from_the_configuration():
    settings = load_config({"GEOMETRY_DIR": TEST_GEOMETRY})
    known = configured_vocabulary(settings)
    assert known == Vocabulary.from_reference(load_reference(SHIPPED_DATA, TEST_GEOMETRY))
    assert known.regions != Vocabulary.from_reference(load_reference(SHIPPED_DATA)).regions
