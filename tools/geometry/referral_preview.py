"""Render the referral zones and trigger points over the figure, to check them by eye.

Usage: python tools/geometry/referral_preview.py OUT_DIR [--side right|left|both]

Writes one PNG per muscle (front and back side by side, essential zone solid red, spillover
stippled, trigger points as X marks) and a contact sheet of all muscles, contact_sheet.png.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import cairosvg

DATA = Path(__file__).resolve().parents[2] / "data" / "geometry"
CROP = (95.0, 330.0, 210.0, 650.0)  # x, y, width, height of the part of each view shown
# muscles whose pattern reaches above the waist: the head, trunk and both arms
UPPER_CROP = (0.0, 20.0, 400.0, 620.0)
INK = "#c0392b"
DEFS = (
    '<defs><pattern id="stipple" width="2.6" height="2.6" patternUnits="userSpaceOnUse">'
    f'<circle cx="1.3" cy="1.3" r="0.62" fill="{INK}"/></pattern></defs>'
)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="") as fh:
        return list(csv.DictReader(fh))


def _view_group(
    view: dict[str, str],
    regions: list[dict[str, str]],
    zones: list[dict[str, str]],
    points: list[dict[str, str]],
    crop: tuple[float, float, float, float] = CROP,
) -> str:
    """SVG elements of one view in viewBox units: figure, regions, zones, trigger points."""
    parts = [f'<path d="{view["outline"]}" fill="#f3f5f7" stroke="none"/>']
    parts += [
        f'<path d="{r["path"]}" fill="none" stroke="#c3ccd5" stroke-width="0.4"/>' for r in regions
    ]
    for z in sorted(zones, key=lambda z: z["kind"] == "essential"):
        if z["kind"] == "essential":
            style = f'fill="{INK}" fill-opacity="0.85" stroke="{INK}" stroke-width="0.5"'
        else:
            parts.append(f'<path d="{z["path"]}" fill="{INK}" fill-opacity="0.14" stroke="none"/>')
            style = (
                f'fill="url(#stipple)" stroke="{INK}" stroke-width="0.4" stroke-dasharray="1.5 1"'
            )
        parts.append(f'<path d="{z["path"]}" fill-rule="evenodd" {style}/>')
    parts.append(
        f'<path d="{view["outline"]}" fill="none" stroke="#2b3a48" stroke-width="1.1" '
        'stroke-linejoin="round"/>'
    )
    for p in points:
        x, y, s = float(p["x"]), float(p["y"]), 3.2
        for dx in (s, -s):
            parts.append(
                f'<line x1="{x - s}" y1="{y - dx}" x2="{x + s}" y2="{y + dx}" stroke="white" '
                'stroke-width="2.6" stroke-linecap="round"/>'
                f'<line x1="{x - s}" y1="{y - dx}" x2="{x + s}" y2="{y + dx}" stroke="#111" '
                'stroke-width="1.2" stroke-linecap="round"/>'
            )
    for side in ("right", "left"):
        x = crop[0] + 4 if float(view[f"{side}_x"]) < 200 else crop[0] + crop[2] - 16
        parts.append(
            f'<text x="{x}" y="{crop[1] + 20}" font-size="16" '
            f'font-family="sans-serif" fill="#2b3a48">{side[0].upper()}</text>'
        )
    return "\n".join(parts)


def crop_for(muscle: str, zones: list[dict[str, str]]) -> tuple[float, float, float, float]:
    """The part of each view to show: the upper body when any of the muscle's trigger points
    refers above the waist, else the low back and leg."""
    nums = (re.findall(r"-?[0-9.]+", z["path"]) for z in zones if z["muscle"] == muscle)
    tops = [float(y) for found in nums for y in found[1::2]]
    return UPPER_CROP if tops and min(tops) < CROP[1] else CROP


def muscle_tile(
    muscle: str, sides: tuple[str, ...], data: dict[str, list]
) -> tuple[str, float, float]:
    """SVG group for one muscle (both views side by side, title on top), its width and height."""
    crop = crop_for(muscle, data["zones"])
    x0, y0, w, h = crop
    title_h = 22.0
    parts = [
        f'<text x="4" y="15" font-size="12" font-family="sans-serif" fill="#111">{muscle} '
        f"({'/'.join(sides)})</text>"
    ]
    for i, view in enumerate(data["views"]):
        name = view["view"]

        def mine(rows: list[dict[str, str]], name: str = name) -> list[dict[str, str]]:
            return [
                r
                for r in rows
                if r["view"] == name and r.get("muscle", muscle) == muscle and r["side"] in sides
            ]

        regions = [r for r in data["regions"] if r["view"] == name]
        body = _view_group(view, regions, mine(data["zones"]), mine(data["points"]), crop)
        parts.append(
            f'<g transform="translate({i * w - x0} {title_h - y0})">'
            f'<svg x="{x0}" y="{y0}" width="{w}" height="{h}" viewBox="{x0} {y0} {w} {h}">'
            f"{body}</svg>"
            f'<text x="{x0 + 4}" y="{y0 + h - 6}" font-size="10" font-family="sans-serif">'
            f"{name}</text></g>"
        )
    return "\n".join(parts), 2 * w, h + title_h


def render(out: Path, sides: tuple[str, ...] = ("right",)) -> list[Path]:
    """Write one PNG per muscle and a contact sheet; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    data = {
        "views": _rows("views.csv"),
        "regions": _rows("surface_regions.csv"),
        "zones": _rows("referral_zones.csv"),
        "points": _rows("trigger_points.csv"),
    }
    muscles = list(dict.fromkeys(z["muscle"] for z in data["zones"]))
    written, tiles = [], []
    tile_w = tile_h = 0.0
    for muscle in muscles:
        body, width, height = muscle_tile(muscle, sides, data)
        tiles.append(body)
        tile_w, tile_h = max(tile_w, width), max(tile_h, height)
        png = write_png(body, width, height, out / f"zones_{muscle}.png", DEFS, output_height=1100)
        written.append(png)
    cols = 6
    rows = -(-len(tiles) // cols)
    sheet_w, sheet_h = cols * tile_w, rows * tile_h
    body = "".join(
        f'<g transform="translate({(i % cols) * tile_w} {(i // cols) * tile_h})">{t}</g>'
        for i, t in enumerate(tiles)
    )
    sheet = out / "contact_sheet.png"
    written.append(write_png(body, sheet_w, sheet_h, sheet, DEFS, output_width=3600))
    return written


def write_png(body: str, width: float, height: float, path: Path, defs: str = "", **size) -> Path:
    """Put drawn SVG content on a white page of the given size and write it as a PNG."""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">{defs}'
        f'<rect width="{width}" height="{height}" fill="white"/>{body}</svg>'
    )
    cairosvg.svg2png(bytestring=svg.encode(), write_to=str(path), **size)
    return path


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--side", choices=("right", "left", "both"), default="right")
    args = parser.parse_args()
    sides = ("right", "left") if args.side == "both" else (args.side,)
    for png in render(args.out, sides):
        print(png)


if __name__ == "__main__":
    main()
