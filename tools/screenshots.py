"""Take the README's screenshots of the patient page with headless Chromium.

Run from the repository root after `make test` has set up .venv:
    .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from dashapp import create_app  # noqa: E402
from dashapp.ui import ids  # noqa: E402
from tests.e2e.browser import launch_chromium, serve  # noqa: E402

OUT = ROOT / "docs" / "screenshots"

# A pseudo-sciatica picture: outer buttock, outer thigh and outer leg on the right.
EXAMPLE = (
    ("right_buttock_upper_outer", 5, ("aching",)),
    ("right_hip_outer_back", 4, ("aching",)),
    ("right_thigh_outer_upper", 7, ("shooting",)),
    ("right_thigh_outer_lower", 6, ("shooting",)),
    ("right_shin_outer", 5, ("burning",)),
    ("right_ankle_outer", 3, ()),
)


def mark_example(page: Page) -> None:
    page.locator(f"#{ids.PATIENT_MAP} [role=checkbox]:visible").first.wait_for()
    page.locator(f"#{ids.PATIENT_COUNT}").wait_for()
    for region, intensity, qualities in EXAMPLE:
        target = page.locator(f'#{ids.PATIENT_MAP} [role=checkbox][data-region="{region}"]')
        if not target.is_visible():
            continue
        target.click()
        card = page.locator(f'#{ids.PATIENT_EDITOR} fieldset[data-region="{region}"]')
        card.get_by_role("radio", name=str(intensity), exact=True).check()
        for quality in qualities:
            card.get_by_role("checkbox", name=quality).check()
    page.wait_for_timeout(400)
    page.evaluate("window.scrollTo(0, 0)")
    page.mouse.move(1, 1)


NO_WARNING_SIGNS = (
    "saddle_numbness",
    "bladder_bowel_sexual",
    "both_legs",
    "weakness_worsening",
    "fever_unwell",
    "cancer_history",
    "weight_loss",
    "major_trauma",
    "long_term_steroids",
)
ABOUT_THE_PAIN = {
    "onset": "Gradually",
    "trigger": "Nothing I know of",
    "started": "6 to 12 weeks ago",
    "worse": "My leg",
    "numbness": "No",
    "pins_and_needles": "No",
    "cough_sneeze": "No",
    "night_pain": "No",
}


def comparison(page: Page, url: str) -> None:
    """The example chart, the patient's answers and a few findings, then the comparison."""
    page.goto(url + "/")
    mark_example(page)
    page.locator(f"#{ids.PATIENT_ACTIVITIES}").get_by_role("checkbox", name="Driving").check()
    page.wait_for_timeout(400)
    page.goto(url + "/questions")
    answers = {**dict.fromkeys(NO_WARNING_SIGNS, "No"), **ABOUT_THE_PAIN}
    for field, words in answers.items():
        group = page.locator(f'fieldset[data-field="{field}"]')
        group.get_by_role("radio", name=words, exact=True).check()
    page.locator(f"#{ids.INTAKE_PROGRESS}").get_by_text(f"{len(answers)} of").wait_for()
    page.goto(url + "/findings")
    page.locator('fieldset[data-field="right.slr_angle"] input').fill("80")
    page.locator('fieldset[data-field="trigger_point"] select').select_option(
        "gluteus_minimus_anterior"
    )
    page.locator(f"#{ids.FINDINGS_STATUS}").get_by_text("Saved in this browser.").wait_for()
    page.goto(url + "/compare")
    page.locator(".compare__leaning h2").wait_for()
    page.wait_for_timeout(500)
    page.screenshot(path=OUT / "compare.png", full_page=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with serve(create_app()) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        desktop = browser.new_page(viewport={"width": 1360, "height": 1240})
        desktop.goto(url + "/")
        mark_example(desktop)
        desktop.screenshot(path=OUT / "patient-desktop.png")
        comparison(browser.new_page(viewport={"width": 1360, "height": 1000}), url)
        for view in ("Front", "Back"):
            phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
            phone.goto(url + "/")
            switch = phone.locator(f"#{ids.PATIENT_VIEW_SWITCH}")
            switch.get_by_role("radio", name=view).check()
            mark_example(phone)
            phone.locator(f"#{ids.PATIENT_MAP}").screenshot(path=OUT / f"{view.lower()}.png")
        browser.close()
    print(f"screenshots written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
