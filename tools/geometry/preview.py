"""Render the generated geometry to PNG so the drawing can be checked by eye."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import cairosvg
import shapely

DATA = Path(__file__).resolve().parents[2] / "data" / "geometry"
PALETTE = ("#dbe9f6", "#f6e3d5", "#e2f1dc", "#efe0f3", "#f7f1d0", "#d9f0ee")
MUSCLE_INK = {"superficial": "#b03a2e", "deep": "#2e5fa8"}


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


def muscle_svg(svg: str, muscles: list[dict[str, str]], labels: bool) -> str:
    """Lay muscle outlines over a view: superficial solid, deep dashed, both half see-through."""
    parts = []
    for m in sorted(muscles, key=lambda m: m["depth"] != "deep"):  # deep first, underneath
        ink = MUSCLE_INK[m["depth"]]
        dash = ' stroke-dasharray="3 2"' if m["depth"] == "deep" else ""
        parts.append(
            f'<path d="{m["path"]}" fill="{ink}" fill-opacity="0.16" stroke="{ink}" '
            f'stroke-width="0.9" stroke-linejoin="round"{dash}/>'
        )
    if labels:
        for m in muscles:
            x, y = _centroid(m["path"])
            parts.append(
                f'<text x="{x:.1f}" y="{y:.1f}" font-size="3.6" text-anchor="middle" '
                f'font-family="sans-serif" fill="{MUSCLE_INK[m["depth"]]}">{m["muscle"]}</text>'
            )
    return svg.replace("</svg>", "\n".join(parts) + "\n</svg>")


def _rows(name: str) -> list[dict[str, str]]:
    if not (DATA / name).exists():
        return []
    with (DATA / name).open(newline="") as fh:
        return list(csv.DictReader(fh))


def render(out: Path, heights: tuple[int, ...] = (300, 700, 1400)) -> list[Path]:
    """Write PNGs of each view (outline only, with regions, with muscles) at several heights."""
    out.mkdir(parents=True, exist_ok=True)
    with (DATA / "views.csv").open(newline="") as fh:
        views = list(csv.DictReader(fh))
    regions = _rows("surface_regions.csv")
    muscles = _rows("muscles.csv")
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
        layer = [m for m in muscles if m["view"] == view["view"]]
        if layer:
            for h, labels in ((700, False), (1400, False), (2000, True)):
                svg = muscle_svg(view_svg(view, [], False), layer, labels)
                png = out / f"{view['view']}_muscles_{h}.png"
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
