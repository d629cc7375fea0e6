"""The built components (BodyMap, ChoiceGroup, GroupedSelect): wrappers and bundled JS.

The sources live in component/; `make component` rebuilds this folder.
"""

from dashapp.bodymap.BodyMap import BodyMap
from dashapp.bodymap.ChoiceGroup import ChoiceGroup
from dashapp.bodymap.GroupedSelect import GroupedSelect

# Dash collects component scripts from the top-level package of a component class,
# so dashapp/__init__.py re-exports this list.
_js_dist = [
    {
        "relative_package_path": "bodymap/bodymap.min.js",
        "namespace": "dashapp",
    }
]

__all__ = ["BodyMap", "ChoiceGroup", "GroupedSelect", "_js_dist"]
