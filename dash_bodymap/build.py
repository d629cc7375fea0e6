"""Rebuild the components: bundle the JSX with esbuild, generate the Dash wrappers, record a digest.

Run `npm ci` once, then `python build.py` (with Dash installed). The outputs in dash_bodymap/
are committed, so installing the package needs no Node; a test compares the recorded digest
with the sources to catch a stale bundle.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMESPACE = "dash_bodymap"
TARGET = HERE / NAMESPACE
SOURCES = ("src", "build.mjs", "build.py", "package.json", "package-lock.json")


def source_files(root: Path = HERE) -> list[Path]:
    """Every file whose content shapes the built bundle or wrapper, in a stable order."""
    files: list[Path] = []
    for name in SOURCES:
        path = root / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return files


def source_digest(root: Path = HERE) -> str:
    """SHA-256 over the relative paths and contents of the component's sources."""
    digest = hashlib.sha256()
    for path in source_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def bundle() -> None:
    subprocess.run(["node", "build.mjs"], cwd=HERE, check=True)


def generate_wrapper() -> None:
    """Run dash-generate-components in a scratch folder and keep the wrapper and metadata."""
    generator = Path(sys.executable).with_name("dash-generate-components")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        shutil.copy(HERE / "package.json", work / "package.json")
        (work / "node_modules").symlink_to(HERE / "node_modules")
        (work / NAMESPACE).mkdir()
        subprocess.run(
            [str(generator), str(HERE / "src" / "components"), NAMESPACE, "-p", "package.json"],
            cwd=work,
            check=True,
        )
        for wrapper in sorted((work / NAMESPACE).glob("[A-Z]*.py")):
            shutil.copy(wrapper, TARGET / wrapper.name)
        # Key the metadata by project-relative paths so a rebuild anywhere is byte-identical.
        metadata = json.loads((work / NAMESPACE / "metadata.json").read_text())
        relative = {
            Path(key).resolve().relative_to(HERE).as_posix(): value
            for key, value in metadata.items()
        }
        (TARGET / "metadata.json").write_text(json.dumps(relative, indent=1) + "\n")


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    bundle()
    generate_wrapper()
    info = {"source_sha256": source_digest(), "namespace": NAMESPACE}
    (TARGET / "build-info.json").write_text(json.dumps(info, indent=2) + "\n")
    print(f"dash_bodymap rebuilt, source digest {info['source_sha256'][:12]}")


if __name__ == "__main__":
    main()
