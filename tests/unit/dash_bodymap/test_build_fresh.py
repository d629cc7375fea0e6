"""The committed bundle, stylesheet and wrappers must come from the committed sources."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import dashapp

ROOT = Path(dashapp.__file__).resolve().parent.parent
PROJECT = ROOT / "dash_bodymap"
BUILT = PROJECT / "dash_bodymap"


def load_build_module():
    spec = importlib.util.spec_from_file_location("dash_bodymap_build", PROJECT / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundle_matches_its_source():
    build = load_build_module()
    recorded = json.loads((BUILT / "build-info.json").read_text())["source_sha256"]
    assert recorded == build.source_digest(), (
        "dash_bodymap/ sources changed since the bundle was built: run `make component` and commit"
    )


def test_stylesheet_is_the_source_copy():
    assert (BUILT / "bodymap.css").read_bytes() == (PROJECT / "src" / "bodymap.css").read_bytes()


def test_digest_notices_a_changed_source(tmp_path):
    build = load_build_module()
    for name in build.SOURCES:
        source = PROJECT / name
        target = tmp_path / name
        if source.is_dir():
            for path in build.source_files(PROJECT):
                if path.is_relative_to(source):
                    copy = tmp_path / path.relative_to(PROJECT)
                    copy.parent.mkdir(parents=True, exist_ok=True)
                    copy.write_bytes(path.read_bytes())
        else:
            target.write_bytes(source.read_bytes())
    assert build.source_digest(tmp_path) == build.source_digest()
    jsx = tmp_path / "src" / "components" / "BodyMap.react.js"
    jsx.write_text(jsx.read_text() + "\n// changed\n")
    assert build.source_digest(tmp_path) != build.source_digest()


def test_metadata_matches_wrappers():
    import dash_bodymap as built

    metadata = json.loads((BUILT / "metadata.json").read_text())
    assert sorted(metadata) == [
        "src/components/BodyMap.react.js",
        "src/components/ChoiceGroup.react.js",
        "src/components/GroupedSelect.react.js",
    ]
    for entry in metadata.values():
        wrapper = getattr(built, entry["displayName"])
        assert set(wrapper().available_properties) == set(entry["props"]) - {"setProps"}
