"""The built BodyMap component: generated wrapper plus bundled JavaScript (see component/)."""

from dashapp.bodymap.BodyMap import BodyMap

# Dash collects component scripts from the top-level package of a component class,
# so dashapp/__init__.py re-exports this list.
_js_dist = [
    {
        "relative_package_path": "bodymap/bodymap.min.js",
        "namespace": "dashapp",
    }
]

__all__ = ["BodyMap", "_js_dist"]
