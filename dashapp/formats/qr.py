"""QR codes (segno): an intake link for a patient's phone to scan."""

from __future__ import annotations

import base64
import io


def qr_svg(text: str) -> str:
    """`text` as a QR code: an SVG document a page can show inline."""
    import segno  # only where a QR code is drawn

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=4, xmldecl=False, svgns=True)
    return out.getvalue().decode()


def qr_data_url(text: str) -> str:
    """The QR code as a data: address, for an <img>."""
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(text).encode()).decode()
