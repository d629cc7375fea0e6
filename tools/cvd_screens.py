"""Screenshots of patterns drawn over a patient's marks, and how they look in greyscale and
to people with protanopia, deuteranopia and tritanopia (tools/colour_vision.py).

    .venv/bin/python tools/cvd_screens.py /tmp/cvd/after

writes <folder>/<page>.png and <folder>/<page>.<simulation>.png for the patient page (a
muscle's pattern over marks of every intensity), the comparison (the drawing beside a
root's and a muscle's pattern), the atlas and the nerve-root page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from dashapp import create_app  # noqa: E402
from dashapp.ui import ids  # noqa: E402
from tests.e2e.browser import launch_chromium, serve  # noqa: E402
from tests.e2e.test_consult import NO_RED_FLAGS, PSEUDO_SCIATICA, answer  # noqa: E402
from tools.colour_vision import main as simulate_files  # noqa: E402

# Every intensity 0-10 and one area not rated yet, where gluteus minimus sends its pain.
MARKS = (
    ("right_buttock_upper_outer", 0),
    ("right_hip_outer_back", 1),
    ("right_buttock_lower_outer", 2),
    ("right_thigh_back_outer_upper", 3),
    ("right_thigh_back_outer_lower", 4),
    ("right_calf_outer", 5),
    ("right_calf_back", 6),
    ("right_hip_outer", 7),
    ("right_thigh_outer_upper", 8),
    ("right_thigh_outer_lower", 9),
    ("right_shin_outer", 10),
    ("right_ankle_outer", None),
)
MUSCLE = "Small buttock muscle, front part (gluteus minimus, anterior part), right side"


def patient(page: Page, url: str) -> None:
    page.goto(url + "/")
    page.locator(f"#{ids.PATIENT_COUNT}").wait_for()
    marks = [{"region": r, "intensity": i, "qualities": []} for r, i in MARKS]
    stored = json.dumps({"version": 1, "marks": marks})
    page.evaluate(f"localStorage.setItem({json.dumps(ids.PATIENT_STORE)}, {json.dumps(stored)})")
    page.reload()
    page.locator(f"#{ids.PATIENT_COUNT}").wait_for()
    page.locator(f"#{ids.PATIENT_CANDIDATE}").get_by_role("radio", name=MUSCLE).check()
    page.locator(f'#{ids.PATIENT_MAP} path[data-highlight="essential"]').first.wait_for(
        state="attached"
    )


def shoot(page: Page, selector: str, out: Path) -> Path:
    page.wait_for_timeout(500)
    page.mouse.move(1, 1)
    page.locator(selector).first.screenshot(path=str(out))
    return out


def compare(page: Page, url: str, out: Path) -> Path:
    """The comparison's three pictures and their key, after the patient page's marks."""
    answer(page, url, {**NO_RED_FLAGS, **PSEUDO_SCIATICA})
    page.goto(url + "/compare")
    page.locator(".compare__picture").nth(2).wait_for()
    page.wait_for_timeout(800)
    top = page.locator(".compare__maps").bounding_box()
    key = page.locator(f"#{ids.COMPARE_BODY} > .zone-legend").bounding_box()
    clip = {
        "x": top["x"],
        "y": top["y"],
        "width": top["width"],
        "height": key["y"] + key["height"] - top["y"],
    }
    page.set_viewport_size({"width": 1280, "height": int(clip["y"] + clip["height"]) + 20})
    page.screenshot(path=str(out), clip=clip)
    return out


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"DATABASE_URL": f"sqlite:///{tmp}/painmap.db", "DEMO": False})
        with serve(app) as url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            patient(page, url)
            shots.append(shoot(page, f"#{ids.PATIENT_MAP}", out / "patient.png"))
            legend = f"#{ids.PATIENT_PATTERN_NOTE}"
            shots.append(shoot(page, legend, out / "patient-note.png"))
            shots.append(compare(page, url, out / "compare.png"))
            page.set_viewport_size({"width": 1280, "height": 1000})
            page.goto(url + "/atlas")
            page.locator(f"#{ids.ATLAS_MAP} path[data-highlight]").first.wait_for(state="attached")
            shots.append(shoot(page, ".atlas__grid", out / "atlas.png"))
            page.goto(url + "/roots?roots=L5,S1")
            first = f"#{ids.roots_map('classic')} path[data-highlight]"
            page.locator(first).first.wait_for(state="attached")
            shots.append(shoot(page, f"#{ids.ROOTS_MAPS}", out / "roots.png"))
            browser.close()
    simulate_files([str(s) for s in shots])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/cvd/shots")
