"""A clinic-mode PainMap for tests: the demo patient, an admin and a therapist."""

from __future__ import annotations

from pathlib import Path

from dashapp import create_app
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory

PASSWORD = "correct horse battery"
ADMIN, THERAPIST = "alice", "tom"


def clinic_database(folder: Path) -> str:
    """A SQLite database holding an admin and a therapist, both with PASSWORD."""
    url = f"sqlite:///{folder / 'clinic.db'}"
    engine = init_db(url)
    with session_factory(engine).begin() as db:
        add_user(db, ADMIN, "admin", PASSWORD)
        add_user(db, THERAPIST, "therapist", PASSWORD)
    engine.dispose()
    return url


def clinic_app(url: str, **settings):
    """A clinic-mode app on the database, with the demo patient (patient 1, sessions 1, 2)."""
    config = {"SECRET_KEY": "test", "DATABASE_URL": url, "DEMO": True, "MODE": "clinic"}
    app = create_app(config | settings)
    app.server.test_client().get("/signin")  # Dash finishes its setup on the first request
    return app


def sign_in(client, name: str = THERAPIST, password: str = PASSWORD, **options):
    """Post the sign-in form (options as the test client takes them: headers, base_url...);
    the client keeps the session cookie."""
    return client.post("/signin", data={"name": name, "password": password}, **options)
