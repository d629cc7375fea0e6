"""Render the generated geometry to PNG so the drawing can be checked by eye."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import cairosvg
import shapely

DATA = Path(__file__).resolve().parents[2] / "data" / "geometry"
PALETTE = ("#dbe9f6", "#f6e3d5", "#e2f1dc", "#efe0f3", "#f7f1d0", "#d9f0ee")


def _centroid(d: str) -> tuple[float, float]:
    nums = d.replace("M", " ").replace("L", " ").replace("Z", " ").split()
    pts = list(zip(map(float, nums[0::2]), map(float, nums[1::2]), strict=True))
    p = shapely.Polygon(pts).point_on_surface()
    return p.x, p.y


def view_svg(view: dict[str, str], regions: list[dict[str, str]], labels: bool) -> str:
    """An SVG document showing one view's outline, optional regions and their ids."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view["view_box"]}">',
        '<rect width="400" height="1000" fill="white"/>',
        f'<path d="{view["outline"]}" fill="#eef2f5" stroke="none"/>',
    ]
    for i, reg in enumerate(regions):
        fill = PALETTE[i % len(PALETTE)] if labels else "none"
        parts.append(
            f'<path d="{reg["path"]}" fill="{fill}" stroke="#7a8a99" stroke-width="0.6" '
            'stroke-linejoin="round"/>'
        )
    parts.append(
        f'<path d="{view["outline"]}" fill="none" stroke="#2b3a48" stroke-width="1.6" '
        'stroke-linejoin="round"/>'
    )
    if labels:
        for reg in regions:
            x, y = _centroid(reg["path"])
            name = reg["id"].replace("right_", "R ").replace("left_", "L ")
            parts.append(
                f'<text x="{x:.1f}" y="{y:.1f}" font-size="4.2" text-anchor="middle" '
                f'font-family="sans-serif" fill="#203040">{name}</text>'
            )
    for side in ("right", "left"):
        x, y = view[f"{side}_x"], view[f"{side}_y"]
        parts.append(
            f'<text x="{x}" y="{y}" font-size="22" font-family="sans-serif" '
            f'text-anchor="middle" fill="#2b3a48">{side[0].upper()}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def render(out: Path, heights: tuple[int, ...] = (300, 700, 1400)) -> list[Path]:
    """Write PNGs of each view (outline only, and with regions) at several heights."""
    out.mkdir(parents=True, exist_ok=True)
    with (DATA / "views.csv").open(newline="") as fh:
        views = list(csv.DictReader(fh))
    regions: list[dict[str, str]] = []
    if (DATA / "surface_regions.csv").exists():
        with (DATA / "surface_regions.csv").open(newline="") as fh:
            regions = list(csv.DictReader(fh))
    written = []
    for view in views:
        mine = sorted(
            (r for r in regions if r["view"] == view["view"]), key=lambda r: int(r["order"])
        )
        for style, regs, labels in (
            ("outline", [], False),
            ("regions", mine, False),
            ("labels", mine, True),
        ):
            svg = view_svg(view, regs, labels)
            for h in heights if style != "labels" else (2000,):
                png = out / f"{view['view']}_{style}_{h}.png"
                cairosvg.svg2png(bytestring=svg.encode(), write_to=str(png), output_height=h)
                written.append(png)
    return written


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    args = parser.parse_args()
    for png in render(args.out):
        print(png)


if __name__ == "__main__":
    main()
