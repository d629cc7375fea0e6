"""`python -m dashapp`: serve PainMap on http://127.0.0.1:8050 (see --help)."""

from __future__ import annotations

import argparse
import sys

from dashapp import create_app
from dashapp.config import ModeUnavailable, load_config


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    defaults = load_config()
    parser = argparse.ArgumentParser(prog="python -m dashapp", description="Serve PainMap.")
    parser.add_argument("--host", default=defaults["HOST"], help="address to listen on")
    parser.add_argument("--port", type=int, default=defaults["PORT"], help="port to listen on")
    parser.add_argument("--debug", action="store_true", help="reload on change, show errors")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        app = create_app({"HOST": args.host, "PORT": args.port, "DEBUG": args.debug})
    except ModeUnavailable as refusal:
        sys.exit(f"PainMap did not start. {refusal}")
    print(f"PainMap is running on http://{args.host}:{args.port}/  (Ctrl+C to stop)")
    app.run(
        host=args.host,
        port=args.port,
        debug=args.debug,
        dev_tools_disable_version_check=True,
    )


if __name__ == "__main__":
    main()
