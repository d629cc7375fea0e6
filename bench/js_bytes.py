"""JavaScript bytes transferred for the patient page, compressed: target <= 400 KB, no plotly.js."""

from __future__ import annotations

from _harness import patient_page, record

TARGET_KB = 400.0


def main() -> dict:
    scripts: dict[str, int] = {}
    with patient_page() as (page, url):
        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url + "/", wait_until="networkidle")
        page.locator("#patient-map [role=checkbox]").first.wait_for()
        for response in responses:
            kind = response.request.resource_type
            if kind == "script" or response.url.split("?")[0].endswith(".js"):
                sizes = response.request.sizes()
                scripts[response.url] = sizes["responseBodySize"] + sizes["responseHeadersSize"]
    total_kb = sum(scripts.values()) / 1024
    plotly = [u for u in scripts if "plotly" in u.lower()]
    return record(
        "js_bytes",
        {
            "scripts": len(scripts),
            "total_kb": round(total_kb, 1),
            "largest": sorted(
                ({"url": u.split("/")[-1], "kb": round(b / 1024, 1)} for u, b in scripts.items()),
                key=lambda s: -s["kb"],
            )[:5],
            "plotly_loaded": bool(plotly),
            "target": f"<= {TARGET_KB:.0f} KB and no plotly.js",
            "passed": total_kb <= TARGET_KB and not plotly,
            "summary": f"{total_kb:.0f} KB of JavaScript in {len(scripts)} files",
        },
    )


if __name__ == "__main__":
    main()
