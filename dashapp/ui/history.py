"""The patient page's undo stack: how deep it goes.

The stack itself lives in the browser (assets/painmap.js `undo`, wired in
callbacks/patient_local.py): only "Undo" sends a chart to the server, never the stack.
"""

from __future__ import annotations

HISTORY_LIMIT = 30
