"""WSGI entry point for a production server: `gunicorn "dashapp.wsgi:server"`.

Settings come from the environment (DATABASE_URL, SECRET_KEY, ...). The app keeps no
per-user state in process memory, so several workers or hosts can share one PostgreSQL.
"""

from dashapp import create_app

server = create_app().server
