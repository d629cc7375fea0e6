"""PainMap's database: SQLAlchemy models, repository functions, migrations, backup.

SQL stays in this package. Callers open a session from `session_factory(init_db(url))` and
own the transaction (`with Session.begin() as session: ...`).
"""

from dashapp.store import accounts, audit
from dashapp.store.backup import backup, read_backup, restore
from dashapp.store.db import (
    database_url,
    default_url,
    init_db,
    make_engine,
    seed_demo,
    session_factory,
)
from dashapp.store.errors import ConflictError, InvalidInput, NotFound, RestoreError, StoreError
from dashapp.store.handover import save_walk_in
from dashapp.store.patients import (
    Page,
    archive_patient,
    create_patient,
    get_patient,
    list_patients,
    search_patients,
    update_patient,
)
from dashapp.store.visits import (
    create_visit,
    get_visit,
    list_visits,
    patient_course,
    save_visit,
    visit_chart,
    visit_session,
)
from dashapp.store.vocabulary import Vocabulary

__all__ = [
    "ConflictError",
    "InvalidInput",
    "NotFound",
    "Page",
    "RestoreError",
    "StoreError",
    "Vocabulary",
    "accounts",
    "archive_patient",
    "audit",
    "backup",
    "create_patient",
    "create_visit",
    "database_url",
    "default_url",
    "get_patient",
    "get_visit",
    "init_db",
    "list_patients",
    "list_visits",
    "make_engine",
    "patient_course",
    "read_backup",
    "restore",
    "save_visit",
    "save_walk_in",
    "search_patients",
    "seed_demo",
    "session_factory",
    "update_patient",
    "visit_chart",
    "visit_session",
]
