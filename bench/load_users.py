"""The simulated users of bench/load.py: Locust users doing the consultation mix.

Run by bench/load.py in a process of its own (Locust patches the standard library for gevent,
which the database seeding must not share):

    python bench/load_users.py PLAN.json OUT.json

PLAN.json (written by load.py) names the server's URL, one patient and session per user, the
callback keys read from `app.callback_map`, the body map's area ids, the number of users, the
spawn rate and the run time. OUT.json receives every request's name, response time and error.

Each user is one browser tab. Between two actions it thinks for about 2 s. An action is, by
weight: a tap on the patient map (20), an autosave of its own session (12), a page load (6)
or a session's PDF report (1). The callback bodies copy what Chromium sends (recorded with
Playwright for the patient page, the session page and the patients list); every response's
status is checked, and callback and autosave responses must be JSON.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from itertools import count
from pathlib import Path

import gevent
from locust import FastHttpUser, between, events, task
from locust.env import Environment
from locust.exception import StopUser

THINK = (1.5, 2.5)  # seconds between two actions: 2 s on average, never in lockstep
MAX_MARKED = 10
# Pages a person opens, by weight; "<patient>" and "<session>" are the user's own.
PAGES = (
    ("/", 3),
    ("/atlas", 2),
    ("/patients", 2),
    ("/patients/<patient>", 2),
    ("/sessions/<session>", 2),
)
END_ID = re.compile(r'"end_id"\s*:\s*"([^"]+)"')

PLAN: dict = {}
_numbers = count()


def _ids(key: str) -> list[tuple[str, str]]:
    """The (id, property) of each output in a callback key, as the renderer lists them."""
    outputs = []
    for part in key.strip(".").split("..."):
        name, _, prop = part.rpartition(".")
        outputs.append((name, prop))
    return outputs


def callback_body(key: str, inputs: list, changed: list[str], state: list | None = None) -> dict:
    """A /_dash-update-component body as Dash's renderer builds it."""
    body = {
        "output": key,
        "outputs": [{"id": i, "property": p} for i, p in _ids(key)],
        "inputs": inputs,
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
    }
    if state is not None:
        body["state"] = state
    return body


def prop(component: str, name: str, *value) -> dict:
    """One input or state; without a value, a property the page never set (n_clicks)."""
    item = {"id": component, "property": name}
    if value:
        item["value"] = value[0]
    return item


def pattern_id(kind: str, region: str) -> str:
    """A pattern-matching id as changedPropIds names it (keys sorted, no spaces)."""
    return json.dumps({"region": region, "type": kind}, sort_keys=True, separators=(",", ":"))


def find_setup(tree, visit: int):
    """The session page's autosave setup (its url and base) inside a page-content answer."""
    if isinstance(tree, dict):
        if tree.get("url") == f"/sessions/{visit}/autosave" and "base" in tree:
            return tree
        tree = list(tree.values())
    if isinstance(tree, list):
        for item in tree:
            found = find_setup(item, visit)
            if found is not None:
                return found
    return None


class Consultation(FastHttpUser):
    """One tab of a person at the clinic: the patient map, its own session, pages, a PDF."""

    wait_time = between(*THINK)

    def on_start(self) -> None:
        mine = PLAN["users"][next(_numbers) % len(PLAN["users"])]
        self.patient, self.visit = mine["patient"], mine["visit"]
        self.rng = random.Random(self.visit)
        self.origin = PLAN["url"]
        self.end_id = ""
        # The patient page's browser storage: the chart (localStorage) and the undo stack.
        self.stored = None
        self.history: list = []
        # The session page: what it shows and the fingerprint of what was last saved.
        self.base = None
        self.draft = mine["draft"]
        self.load_page(f"/sessions/{self.visit}")
        if self.base is None:
            raise StopUser()

    # Requests -----------------------------------------------------------------------------

    def get(self, path: str, name: str, kind: str | None = None):
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
            elif kind and not response.headers.get("Content-Type", "").startswith(kind):
                response.failure(f"not {kind}: {response.headers.get('Content-Type')}")
            return response

    def post_json(self, path: str, body: dict, name: str, empty_ok: bool = False):
        """POST JSON from the page's own origin; the answer must be JSON (or 204 if allowed)."""
        headers = {"Origin": self.origin, "Content-Type": "application/json"}
        with self.client.post(
            path, data=json.dumps(body), headers=headers, name=name, catch_response=True
        ) as response:
            response.answer = None
            if empty_ok and response.status_code == 204:
                return response
            if response.status_code != 200:
                response.failure(f"status {response.status_code}: {(response.text or '')[:200]}")
                return response
            try:
                response.answer = json.loads(response.text)
            except (TypeError, ValueError):
                response.failure(f"not JSON: {(response.text or '')[:200]}")
            return response

    def callback(self, body: dict, name: str, empty_ok: bool = False):
        path = "/_dash-update-component" + (f"?endId={self.end_id}" if self.end_id else "")
        return self.post_json(path, body, name, empty_ok)

    # Page loads ---------------------------------------------------------------------------

    def load_page(self, path: str) -> None:
        """What a page load fetches: the HTML, layout, dependencies, then the page content."""
        template = re.sub(r"/\d+$", "/<id>", path)
        html = self.get(path, f"page {template}", "text/html")
        found = END_ID.search(html.text or "")
        self.end_id = found.group(1) if found else ""
        self.get("/_dash-layout", "/_dash-layout", "application/json")
        self.get("/_dash-dependencies", "/_dash-dependencies", "application/json")
        content = self.callback(
            callback_body(
                PLAN["callbacks"]["pages"],
                [prop("_pages_location", "pathname", path), prop("_pages_location", "search", "")],
                ["_pages_location.pathname", "_pages_location.search"],
            ),
            f"callback page content {template}",
        )
        if path == "/":
            self.chart_callback(None, None, initial=True)
        elif path == "/patients":
            self.patients_list()
        elif path.startswith("/patients/"):
            self.get(f"/patients/{self.patient}/maps.svg", "/patients/<id>/maps.svg", "image/svg")
        elif path.startswith("/sessions/") and content.answer is not None:
            setup = find_setup(content.answer, self.visit)
            if setup is None:
                content.failure("no autosave setup on the session page")
            else:
                self.base = setup["base"]

    def patients_list(self) -> None:
        inputs = [
            prop("patients-search", "value"),
            prop("patients-archived", "value", []),
            prop("patients-create", "n_clicks"),
            [],
        ]
        state = [prop("patients-name", "value")]
        body = callback_body(PLAN["callbacks"]["patients"], inputs, [], state)
        self.callback(body, "callback patients list")

    # The patient map ----------------------------------------------------------------------

    def stored_regions(self) -> list[str]:
        return [m["region"] for m in (self.stored or {}).get("marks", [])]

    def chart_callback(self, changed: str | None, selected, initial=False, rating=None) -> None:
        """The patient chart callback, then the pattern overlay the new candidates reset."""
        # The cards (intensity, qualities) of the areas the page shows; none on opening it.
        marks = [] if initial else (self.stored or {}).get("marks", [])
        shown = [m["region"] for m in marks]
        intensities = {m["region"]: m["intensity"] for m in marks}
        if rating:
            intensities[rating[0]] = rating[1]
        inputs = [
            prop("patient-marks", "data", self.stored),
            prop("patient-map", "selected") if selected is None else prop(
                "patient-map", "selected", selected
            ),
            [
                {"id": {"region": r, "type": "patient-intensity"}, "property": "value",
                 "value": intensities[r]}
                for r in shown
            ],
            [
                {"id": {"region": r, "type": "patient-qualities"}, "property": "value",
                 "value": m["qualities"]}
                for r, m in zip(shown, marks, strict=True)
            ],
            prop("patient-activities", "value", (self.stored or {}).get("activities", [])),
            prop("patient-undo", "n_clicks"),
            prop("patient-clear-confirm", "n_clicks"),
            prop("patient-answers", "data", None),
            prop("device-confirm", "n_clicks"),  # "Finished: clear this device"
        ]  # fmt: skip
        state = [
            prop("patient-history", "data", self.history),
            prop("patient-candidate", "value", None),
        ]
        trigger = ["patient-marks.data", "patient-answers.data"] if initial else [changed]
        body = callback_body(PLAN["callbacks"]["chart"], inputs, trigger, state)
        # Opening the page with nothing marked yet changes nothing: Dash answers 204.
        name = "callback patient chart (page open)" if initial else "callback patient chart"
        response = self.callback(body, name, empty_ok=initial and self.stored is None)
        answer = (response.answer or {}).get("response", {})
        if "patient-marks" in answer:
            self.stored = answer["patient-marks"]["data"]
        if "patient-history" in answer:
            self.history = answer["patient-history"]["data"]
        pattern = callback_body(
            PLAN["callbacks"]["pattern"],
            [prop("patient-candidate", "value", None)],
            ["patient-candidate.value"],
        )
        self.callback(pattern, "callback pattern overlay")

    @task(20)
    def tap_map(self) -> None:
        """Mark or unmark an area (two times in three), or rate a marked one."""
        regions = self.stored_regions()
        if regions and self.rng.random() < 1 / 3:
            region = self.rng.choice(regions)
            key = pattern_id("patient-intensity", region)
            self.chart_callback(f"{key}.value", regions, rating=(region, self.rng.randint(0, 10)))
            return
        if len(regions) >= MAX_MARKED:
            dropped = self.rng.choice(regions)
            selected = [r for r in regions if r != dropped]
        else:
            free = [r for r in PLAN["regions"] if r not in regions]
            selected = [*regions, self.rng.choice(free)]
        self.chart_callback("patient-map.selected", selected)

    # The user's own session ---------------------------------------------------------------

    @task(12)
    def autosave(self) -> None:
        """A change on the session page: a note typed, an area marked or rated."""
        draft = self.draft
        selected, notes = list(draft["selected"]), draft["notes"]
        intensities, qualities = dict(draft["intensities"]), dict(draft["qualities"])
        roll = self.rng.random()
        if roll < 0.5 or not selected:
            notes = (notes + f" Note {self.rng.randint(1, 999)}.")[-1500:]
        elif roll < 0.75 and len(selected) < MAX_MARKED:
            selected.append(self.rng.choice([r for r in PLAN["regions"] if r not in selected]))
        else:
            region = self.rng.choice(selected)
            intensities[region] = self.rng.randint(0, 10)
            qualities[region] = self.rng.sample(PLAN["qualities"], self.rng.randint(0, 2))
        mine = {
            "selected": selected,
            "intensities": intensities,
            "qualities": qualities,
            "notes": notes,
        }
        body = {"base": self.base, "draft": mine, "unconfirmed": []}
        response = self.post_json(f"/sessions/{self.visit}/autosave", body, "autosave")
        answer = response.answer or {}
        if "conflict" in answer:
            response.failure("conflict on the user's own session")
        elif answer.get("base"):
            self.base, self.draft = answer["base"], mine

    # Page loads and the PDF ---------------------------------------------------------------

    @task(6)
    def open_page(self) -> None:
        path = self.rng.choices([p for p, _ in PAGES], [w for _, w in PAGES])[0]
        path = path.replace("<patient>", str(self.patient)).replace("<session>", str(self.visit))
        self.load_page(path)

    @task(1)
    def report(self) -> None:
        self.get(
            f"/sessions/{self.visit}/report.pdf", "/sessions/<id>/report.pdf", "application/pdf"
        )


def run(plan: dict) -> dict:
    """Run the users for the plan's time; every request's name, time (ms) and error."""
    PLAN.update(plan)
    samples: list[list] = []
    started = time.perf_counter()

    def on_request(name, response_time, exception, **_):
        error = None if exception is None else str(exception)[:300]
        # when the answer came, in seconds from the start (the first users are still arriving)
        samples.append([name, response_time, error, round(time.perf_counter() - started, 3)])

    env = Environment(user_classes=[Consultation], host=plan["url"], events=events)
    env.events.request.add_listener(on_request)
    runner = env.create_local_runner()
    runner.start(plan["user_count"], spawn_rate=plan["spawn_rate"])
    gevent.spawn_later(plan["seconds"], runner.quit)
    runner.greenlet.join(timeout=plan["seconds"] + 60)
    elapsed = time.perf_counter() - started
    if runner.state != "stopped":
        runner.quit()
    return {"seconds": elapsed, "samples": samples}


if __name__ == "__main__":
    plan_file, out_file = Path(sys.argv[1]), Path(sys.argv[2])
    out_file.write_text(json.dumps(run(json.loads(plan_file.read_text()))))
