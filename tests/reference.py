"""The shipped reference data's ids, for tests and benchmarks that call the store directly."""

from __future__ import annotations

from functools import lru_cache

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.reference import load_reference
from dashapp.store import Vocabulary


@lru_cache(maxsize=1)
def shipped_vocabulary() -> Vocabulary:
    """The regions, activities, techniques and muscles of the shipped body map and atlas."""
    return Vocabulary.from_reference(load_reference(SHIPPED_DATA))
