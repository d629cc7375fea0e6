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


class ChoiceGroup(Component):
    """A ChoiceGroup component.
ChoiceGroup: a row of choices built from native radio buttons (one answer) or
checkboxes (several answers) with real labels, so screen readers, keyboards and
touch all work the way people expect. Styled as buttons or chips through CSS.

Keyword arguments:

- id (string | dict; optional):
    The ID used to identify this component in Dash callbacks.

- className (string; default ''):
    CSS class of the group.

- multiple (boolean; default False):
    Several answers (checkboxes) instead of one (radio buttons).

- name (string; optional):
    The name shared by the inputs; defaults to the id.

- optionClassName (string; default ''):
    CSS class of each choice.

- options (list of dicts; optional):
    The choices: `label` shown, `value` reported, optional `colour`
    (CSS variable --choice-colour on the choice, e.g. for an intensity
    scale).

    `options` is a list of dicts with keys:

    - label (string; required)

    - value (string | number; required)

    - colour (string; optional)

- value (string | number | list of string | numbers; optional):
    The chosen value (one answer), or the list of chosen values
    (several answers)."""
    _children_props: typing.List[str] = []
    _base_nodes = ['children']
    _namespace = 'dash_bodymap'
    _type = 'ChoiceGroup'
    Options = TypedDict(
        "Options",
            {
            "label": str,
            "value": typing.Union[str, NumberType],
            "colour": NotRequired[str]
        }
    )


    def __init__(
        self,
        id: typing.Optional[typing.Union[str, dict]] = None,
        options: typing.Optional[typing.Sequence["Options"]] = None,
        value: typing.Optional[typing.Union[str, NumberType, typing.Sequence[typing.Union[str, NumberType]]]] = None,
        multiple: typing.Optional[bool] = None,
        name: typing.Optional[str] = None,
        className: typing.Optional[str] = None,
        optionClassName: typing.Optional[str] = None,
        **kwargs
    ):
        self._prop_names = ['id', 'className', 'multiple', 'name', 'optionClassName', 'options', 'value']
        self._valid_wildcard_attributes =            []
        self.available_properties = ['id', 'className', 'multiple', 'name', 'optionClassName', 'options', 'value']
        self.available_wildcard_properties =            []
        _explicit_args = kwargs.pop('_explicit_args')
        _locals = locals()
        _locals.update(kwargs)  # For wildcard attrs and excess named props
        args = {k: _locals[k] for k in _explicit_args}

        super(ChoiceGroup, self).__init__(**args)

setattr(ChoiceGroup, "__init__", _explicitize_args(ChoiceGroup.__init__))
