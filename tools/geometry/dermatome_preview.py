"""Render the dermatome maps and key sensory points over the figure, to check them by eye.

Usage: python tools/geometry/dermatome_preview.py OUT_DIR

Writes dermatomes_classic.png and dermatomes_evidence.png (front and back side by side, each
root in its own colour and labelled, blank skin hatched grey, key sensory points as dots) and
dermatomes_both.png with the two maps next to each other, from the low back to the feet; the
same three with `_upper` (dermatomes_classic_upper.png ...) show the head, neck and arm.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import shapely
from referral_preview import DATA, write_png

CROP = (95.0, 370.0, 210.0, 610.0)  # x, y, width, height of the part of each view shown
UPPER_CROP = (0.0, 20.0, 210.0, 620.0)  # the head, neck, the near arm and hand
COLOURS = {
    "C2": "#8d6e63",
    "C3": "#f48fb1",
    "C4": "#ffb74d",
    "C5": "#e6d23d",
    "C6": "#d0473c",
    "C7": "#3a78c2",
    "C8": "#4c9a5b",
    "T1": "#9b59b6",
    "T2": "#26a69a",
    "L1": "#8e6c8a",
    "L2": "#e6a532",
    "L3": "#f2d43d",
    "L4": "#4c9a5b",
    "L5": "#3a78c2",
    "S1": "#d0473c",
    "S2": "#9b59b6",
    "S3-S5": "#6d4c41",
}
DEFS = (
    '<defs><pattern id="blank" width="3" height="3" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="3" stroke="#b9c1c9" '
    'stroke-width="0.8"/></pattern></defs>'
)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="") as fh:
        return list(csv.DictReader(fh))


def _label_at(d: str) -> tuple[float, float]:
    """A point inside the largest ring of a path, for its label."""
    rings = [r for r in d.split("M") if r.strip()]
    best = None
    for ring in rings:
        nums = ring.replace("L", " ").replace("Z", " ").split()
        poly = shapely.Polygon(zip(map(float, nums[0::2]), map(float, nums[1::2]), strict=True))
        if best is None or poly.area > best.area:
            best = poly
    p = best.point_on_surface()
    return p.x, p.y


def view_group(
    view: dict[str, str], derms: list[dict[str, str]], points: list[dict], crop=CROP
) -> str:
    """SVG elements of one view in viewBox units: figure, dermatomes, labels, key points."""
    parts = [
        f'<path d="{view["outline"]}" fill="#f3f5f7" stroke="none"/>',
        f'<path d="{view["outline"]}" fill="url(#blank)" stroke="none"/>',
    ]
    for d in derms:
        ink = COLOURS[d["root"]]
        dash = ' stroke-dasharray="2 1.2"' if d["confidence"] == "low" else ""
        parts.append(
            f'<path d="{d["path"]}" fill="{ink}" fill-opacity="0.72" fill-rule="evenodd" '
            f'stroke="{ink}" stroke-width="0.6"{dash}/>'
        )
    parts.append(
        f'<path d="{view["outline"]}" fill="none" stroke="#2b3a48" stroke-width="1.1" '
        'stroke-linejoin="round"/>'
    )
    for d in derms:
        x, y = _label_at(d["path"])
        text = (
            f'<text x="{x:.1f}" y="{y + 2:.1f}" font-size="6" font-weight="bold" '
            f'text-anchor="middle" font-family="sans-serif" {{}}>{d["root"]}</text>'
        )
        # a white halo first, then the letters on top, so labels read on any colour
        parts.append(text.format('fill="white" stroke="white" stroke-width="1.8"'))
        parts.append(text.format('fill="#111"'))
    for p in points:
        parts.append(
            f'<circle cx="{p["x"]}" cy="{p["y"]}" r="2.6" fill="white" stroke="#111" '
            'stroke-width="1"/><circle cx="{0}" cy="{1}" r="1.1" fill="#111"/>'.format(
                p["x"], p["y"]
            )
        )
    for side in ("right", "left"):
        x = crop[0] + 4 if float(view[f"{side}_x"]) < 200 else crop[0] + crop[2] - 16
        parts.append(
            f'<text x="{x}" y="{crop[1] + 20}" font-size="16" '
            f'font-family="sans-serif" fill="#2b3a48">{side[0].upper()}</text>'
        )
    return "\n".join(parts)


def map_tile(key: str, data: dict[str, list], crop=CROP) -> str:
    """SVG group for one map: front and back side by side, with a title."""
    x0, y0, w, h = crop
    parts = [f'<text x="4" y="15" font-size="12" font-family="sans-serif">{key} map</text>']
    for i, view in enumerate(data["views"]):
        name = view["view"]
        derms = [d for d in data["derms"] if d["map"] == key and d["view"] == name]
        points = [p for p in data["points"] if p["view"] == name]
        body = view_group(view, derms, points, crop)
        parts.append(
            f'<g transform="translate({i * w - x0} {22 - y0})">'
            f'<svg x="{x0}" y="{y0}" width="{w}" height="{h}" viewBox="{x0} {y0} {w} {h}">'
            f"{body}</svg>"
            f'<text x="{x0 + 4}" y="{y0 + h - 6}" font-size="10" font-family="sans-serif">'
            f"{name}</text></g>"
        )
    return "\n".join(parts)


def render(out: Path) -> list[Path]:
    """Write one PNG per map and one with both maps; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    data = {
        "views": _rows("views.csv"),
        "derms": _rows("dermatomes.csv"),
        "points": _rows("sensory_points.csv"),
    }
    maps = list(dict.fromkeys(d["map"] for d in data["derms"]))
    written = []
    for crop, tail in ((CROP, ""), (UPPER_CROP, "_upper")):
        w, h = 2 * crop[2], crop[3] + 22
        tiles = []
        for key in maps:
            tile = map_tile(key, data, crop)
            tiles.append(tile)
            png = out / f"dermatomes_{key}{tail}.png"
            written.append(write_png(tile, w, h, png, DEFS, output_height=1600))
        both = "".join(f'<g transform="translate({i * w} 0)">{t}</g>' for i, t in enumerate(tiles))
        both_png = out / f"dermatomes_both{tail}.png"
        written.append(write_png(both, len(tiles) * w, h, both_png, DEFS, output_height=1600))
    return written


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    args = parser.parse_args()
    for png in render(args.out):
        print(png)


if __name__ == "__main__":
    main()
