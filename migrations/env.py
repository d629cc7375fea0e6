"""Alembic's entry point. The database comes from the connection init_db passes in, or else
from `-x url=...`, the ini file's sqlalchemy.url or PainMap's settings, in that order."""

from __future__ import annotations

from alembic import context

from dashapp.config import load_config
from dashapp.store.db import database_url, make_engine
from dashapp.store.models import Base

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    return (
        context.get_x_argument(as_dictionary=True).get("url")
        or config.get_main_option("sqlalchemy.url")
        or database_url(load_config())
    )


if context.is_offline_mode():
    raise SystemExit("PainMap's migrations run against a database; offline mode is not used.")

given = config.attributes.get("connection")
if given is not None:
    _run(given)
else:
    engine = make_engine(_url())
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()
