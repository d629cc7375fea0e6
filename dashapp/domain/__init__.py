"""PainMap's domain: pure Python (stdlib, pandas, shapely); no Dash, Flask or database here."""

from pathlib import Path

# The reference data shipped with PainMap; the DATA_DIR setting defaults to it and every
# loader's default file lies below it.
SHIPPED_DATA = Path(__file__).resolve().parents[2] / "data"
