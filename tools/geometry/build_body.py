"""Generate the body chart geometry in data/geometry/ from the sources in tools/geometry/.

Usage: python tools/geometry/build_body.py [--preview DIR]

Reads figure.toml (the outline), regions.toml (cut lines and region names), muscles.toml
(the muscle layer), referral.toml (referral zones and trigger points) and dermatomes.toml
(the two dermatome maps and the key sensory points), writes data/geometry/views.csv,
surface_regions.csv, muscles.csv, referral_zones.csv, trigger_points.csv, dermatomes.csv and
sensory_points.csv, and prints the checks. Paths are written with absolute M/L/Z commands
only, one decimal per coordinate.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from curves import Frames
from dermatome_layer import dermatome_row, dermatomes, key_point_row, key_points
from dermatome_layer import describe as describe_dermatomes
from muscle_layer import describe as describe_muscles
from muscle_layer import muscle_row, muscles
from outline import VIEWS, load_toml, path_d, silhouette
from partition import Region, check, describe, partition
from referral import describe as describe_referral
from referral import off_muscle, trigger_point_row, trigger_points, zone_row, zones
from shapely.geometry import Point, Polygon

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "data" / "geometry"
MIN_COVERAGE = 0.97
MAX_OVERLAP = 0.01


def view_row(view: str, outline: Polygon, near: tuple[float, float]) -> dict[str, object]:
    """One views.csv row; the R/L markers sit beside the shoulders, outside the figure."""
    nx, ny = near
    far = (400 - nx, ny)
    # Front view: the patient's right is on the viewer's left; the back view reverses it.
    right, left = (near, far) if view == "front" else (far, near)
    for x, y in (right, left):
        if outline.distance(Point(x, y)) < 10:
            raise ValueError(f"{view}: marker at ({x}, {y}) is too close to the figure")
    return {
        "view": view,
        "label": view.title(),
        "view_box": "0 0 400 1000",
        "outline": path_d(outline),
        "right_x": right[0],
        "right_y": right[1],
        "left_x": left[0],
        "left_y": left[1],
    }


def region_row(region: Region) -> dict[str, object]:
    """One surface_regions.csv row."""
    return {
        "id": region.id,
        "view": region.view,
        "side": region.side,
        "label": region.label,
        "area_group": region.area_group,
        "order": region.order,
        "path": path_d(region.polygon),
        "area": f"{region.polygon.area:.1f}",
    }


def write_csv(path: Path, rows: list[dict[str, object]]) -> None:
    """Write rows with a header taken from the first row's keys."""
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build() -> bool:
    """Build both views, write the CSV files, print the checks; False if a check fails."""
    figure = load_toml(HERE / "figure.toml")
    spec = load_toml(HERE / "regions.toml")
    muscle_spec = load_toml(HERE / "muscles.toml")
    frames = Frames(figure.get("frames", {}))
    referral_spec = load_toml(HERE / "referral.toml")
    view_rows, region_rows, muscle_rows, ok = [], [], [], True
    outlines: dict[str, Polygon] = {}
    muscle_shapes: dict[tuple[str, str, str], Polygon] = {}
    ids: set[str] = set()
    for view in VIEWS:
        outline = outlines[view] = silhouette(figure, view)
        regions = partition(spec[view], view, frames, outline)
        coverage, overlap = check(outline, regions)
        clash = ids & {r.id for r in regions}
        ids |= {r.id for r in regions}
        good = coverage >= MIN_COVERAGE and overlap < MAX_OVERLAP and not clash
        ok = ok and good
        print(
            f"{view}: {len(regions)} regions ({describe(regions)}); silhouette area "
            f"{outline.area:.0f}; coverage {coverage:.4%}; overlap {overlap:.4%}"
            + ("" if good else f"  FAILED{' duplicate ids ' + str(sorted(clash)) if clash else ''}")
        )
        view_rows.append(view_row(view, outline, tuple(figure["markers"]["near"])))
        region_rows.extend(region_row(r) for r in regions)
        layer = muscles(muscle_spec, view, outline)
        print(f"{view} muscles: {describe_muscles(layer)}")
        muscle_rows.extend(muscle_row(m) for m in layer)
        muscle_shapes |= {(m.view, m.muscle, m.side): m.polygon for m in layer}
    referral_zones = zones(referral_spec, outlines)
    markers = trigger_points(referral_spec, outlines)
    print(f"referral: {describe_referral(referral_zones, markers)}")
    dermatome_spec = load_toml(HERE / "dermatomes.toml")
    skin = dermatomes(dermatome_spec, outlines)
    sensory = key_points(dermatome_spec, outlines)
    print(f"dermatomes: {describe_dermatomes(skin, sensory)}")
    far = off_muscle(markers, muscle_shapes)
    if far:
        print(f"  trigger points off their muscle outline: {', '.join(far)}")
    DATA.mkdir(parents=True, exist_ok=True)
    write_csv(DATA / "views.csv", view_rows)
    write_csv(DATA / "surface_regions.csv", region_rows)
    write_csv(DATA / "muscles.csv", muscle_rows)
    write_csv(DATA / "referral_zones.csv", [zone_row(z) for z in referral_zones])
    write_csv(DATA / "trigger_points.csv", [trigger_point_row(t) for t in markers])
    write_csv(DATA / "dermatomes.csv", [dermatome_row(d) for d in skin])
    write_csv(DATA / "sensory_points.csv", [key_point_row(p) for p in sensory])
    return ok


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also render PNG previews into this folder")
    args = parser.parse_args()
    ok = build()
    if args.preview:
        from dermatome_preview import render as render_dermatomes
        from preview import render
        from referral_preview import render as render_zones

        print(f"previews: {len(render(args.preview))} PNG files in {args.preview}")
        zone_pngs = render_zones(args.preview / "zones")
        print(f"referral previews: {len(zone_pngs)} PNG files in {args.preview / 'zones'}")
        derm_pngs = render_dermatomes(args.preview / "dermatomes")
        print(f"dermatome previews: {len(derm_pngs)} PNG files in {args.preview / 'dermatomes'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
