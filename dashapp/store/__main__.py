"""`python -m dashapp.store backup FILE` / `restore FILE` / `init [--demo]`.

The database is --url, else DATABASE_URL, else the embedded SQLite file in the instance folder.
The demo patient is checked against the configured reference data (DATA_DIR), as in the app.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from dashapp.config import load_config
from dashapp.domain.reference import load_reference
from dashapp.store.backup import backup, restore
from dashapp.store.db import database_url, init_db, seed_demo, session_factory
from dashapp.store.errors import RestoreError
from dashapp.store.vocabulary import Vocabulary


def configured_vocabulary(settings: Mapping[str, Any]) -> Vocabulary:
    """The ids of the reference data the settings name (DATA_DIR, GEOMETRY_DIR)."""
    return Vocabulary.from_reference(
        load_reference(settings["DATA_DIR"].resolve(), settings["GEOMETRY_DIR"].resolve())
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 (with the reason on stderr) when refused."""
    parser = argparse.ArgumentParser(prog="python -m dashapp.store", description=__doc__)
    parser.add_argument("--url", help="database URL (default: DATABASE_URL or the SQLite file)")
    commands = parser.add_subparsers(dest="command", required=True)
    save = commands.add_parser("backup", help="write a consistent copy to FILE")
    save.add_argument("file")
    save.add_argument("--json", action="store_true", help="rows as JSON, even from SQLite")
    commands.add_parser("restore", help="replace every row with FILE's").add_argument("file")
    init = commands.add_parser("init", help="create or upgrade the schema")
    init.add_argument("--demo", action="store_true", help="add the demo patient if empty")
    args = parser.parse_args(argv)

    url = args.url or database_url(load_config())
    engine = init_db(url)
    try:
        if args.command == "backup":
            print(f"Backed up to {backup(engine, args.file, as_json=args.json)}")
        elif args.command == "restore":
            counts = restore(engine, args.file, configured_vocabulary(load_config()))
            print(f"Restored {counts['patients']} patient(s), {counts['visits']} session(s).")
        elif args.demo:
            known = configured_vocabulary(load_config())
            with session_factory(engine).begin() as session:
                added = seed_demo(session, known)
            print("Added the demo patient." if added else "There are patients already.")
        else:
            print("The schema is up to date.")
    except RestoreError as refusal:
        print(f"Not restored: {refusal}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
