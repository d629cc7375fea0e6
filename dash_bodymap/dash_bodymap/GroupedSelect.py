# AUTO GENERATED FILE - DO NOT EDIT

import typing  # noqa: F401
from typing_extensions import TypedDict, NotRequired, Literal # noqa: F401
from dash.development.base_component import Component, _explicitize_args
try:
    from dash.types import NumberType  # noqa: F401
except ImportError:
    # Backwards compatibility for dash<=4.1.0
    if typing.TYPE_CHECKING:
        raise
    NumberType = typing.Union[  # noqa: F401
        typing.SupportsFloat, typing.SupportsInt, typing.SupportsComplex
    ]

ComponentSingleType = typing.Union[str, int, float, Component, None]
ComponentType = typing.Union[
    ComponentSingleType,
    typing.Sequence[ComponentSingleType],
]


class GroupedSelect(Component):
    """A GroupedSelect component.
GroupedSelect: a native select with option groups. Browsers give it type-ahead (type the
first letters of a name to jump to it), arrow keys and screen-reader support for free.

Keyword arguments:

- id (string | dict; optional):
    The ID used to identify this component in Dash callbacks (and by
    its <label>).

- className (string; default ''):
    CSS class of the select.

- groups (list of dicts; optional):
    The option groups, each with a `label` and its `options` ({label,
    value}).

    `groups` is a list of dicts with keys:

    - label (string; required)

    - options (list of dicts; required)

        `options` is a list of dicts with keys:

        - label (string; required)

        - value (string; required)

- label (string; optional):
    Accessible name, when no <label> names the select.

- value (string; optional):
    The chosen value."""
    _children_props: typing.List[str] = []
    _base_nodes = ['children']
    _namespace = 'dash_bodymap'
    _type = 'GroupedSelect'
    GroupsOptions = TypedDict(
        "GroupsOptions",
            {
            "label": str,
            "value": str
        }
    )

    Groups = TypedDict(
        "Groups",
            {
            "label": str,
            "options": typing.Sequence["GroupsOptions"]
        }
    )


    def __init__(
        self,
        id: typing.Optional[typing.Union[str, dict]] = None,
        label: typing.Optional[str] = None,
        groups: typing.Optional[typing.Sequence["Groups"]] = None,
        value: typing.Optional[str] = None,
        className: typing.Optional[str] = None,
        **kwargs
    ):
        self._prop_names = ['id', 'className', 'groups', 'label', 'value']
        self._valid_wildcard_attributes =            []
        self.available_properties = ['id', 'className', 'groups', 'label', 'value']
        self.available_wildcard_properties =            []
        _explicit_args = kwargs.pop('_explicit_args')
        _locals = locals()
        _locals.update(kwargs)  # For wildcard attrs and excess named props
        args = {k: _locals[k] for k in _explicit_args}

        super(GroupedSelect, self).__init__(**args)

setattr(GroupedSelect, "__init__", _explicitize_args(GroupedSelect.__init__))
