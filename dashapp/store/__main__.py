"""`python -m dashapp.store backup FILE` / `restore FILE` / `init [--demo]` /
`add-user NAME --role therapist|admin`.

add-user asks for the password (twice) on a terminal, or reads its first line from standard
input otherwise (`printf '%s\n' "$PASSWORD" | python -m dashapp.store add-user ...`).

The database is --url, else DATABASE_URL, else the embedded SQLite file in the instance folder.
The demo patient is checked against the configured reference data (DATA_DIR), as in the app.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from dashapp.config import load_config
from dashapp.domain.accounts import ROLES
from dashapp.domain.reference import load_reference
from dashapp.store.accounts import add_user
from dashapp.store.backup import backup, restore
from dashapp.store.db import database_url, init_db, seed_demo, session_factory
from dashapp.store.errors import InvalidInput, RestoreError
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
    user = commands.add_parser("add-user", help="add an account for clinic mode")
    user.add_argument("name")
    user.add_argument("--role", choices=ROLES, required=True)
    args = parser.parse_args(argv)

    url = args.url or database_url(load_config())
    engine = init_db(url)
    try:
        if args.command == "backup":
            print(f"Backed up to {backup(engine, args.file, as_json=args.json)}")
        elif args.command == "restore":
            counts = restore(engine, args.file, configured_vocabulary(load_config()))
            print(f"Restored {counts['patients']} patient(s), {counts['visits']} session(s).")
        elif args.command == "add-user":
            password = read_password()
            with session_factory(engine).begin() as session:
                account = add_user(session, args.name, args.role, password)
            print(f"Added {account.name} ({account.role}).")
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
    except InvalidInput as refusal:
        print(f"Not added: {refusal}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def read_password() -> str:
    """The new password: asked twice on a terminal, else the first line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Same password again: ") != password:
        raise InvalidInput("The two passwords differ.")
    return password


if __name__ == "__main__":
    sys.exit(main())
