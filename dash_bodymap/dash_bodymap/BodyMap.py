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


class BodyMap(Component):
    """A BodyMap component.
BodyMap draws clickable body regions as SVG, one picture per view (front, back...).
It knows no anatomy: regions, outlines, highlights and markers all come in as data.
Selection, hover, focus and highlighting happen in the browser, so what a person
sees changes in the same frame as their click, tap or key press.

Keyword arguments:

- id (string; optional):
    The ID used to identify this component in Dash callbacks.

- ariaLabel (string; default 'Body map'):
    Accessible name of the whole map.

- brush (dict; optional):
    What the next stroke is drawn with: `size` (\"small\", \"medium\",
    \"large\": 6, 12, 24 units across), `tool` (\"brush\" or
    \"eraser\"), and the `intensity` (0-10, or None) and `qualities` a
    brush stroke carries.

    `brush` is a dict with keys:

    - size (a value equal to: 'small', 'medium', 'large'; optional)

    - tool (a value equal to: 'brush', 'eraser'; optional)

    - intensity (number; optional)

    - qualities (list of strings; optional)

- className (string; default ''):
    Extra CSS class of the outer element.

- clicked (string; optional):
    Id of the region last clicked, tapped or toggled with the
    keyboard.

- cmax (number; default 10):
    The value that maps to the last colour stop.

- cmin (number; default 0):
    The value that maps to the first colour stop.

- colorscale (list of list of number | stringss; default [    [0, '#fde7c8'],    [0.5, '#e8793a'],    [1, '#7a1f1f'],]):
    Colour stops as [fraction, colour] pairs, fraction from 0 to 1.

- drawing (list of dicts; optional):
    The freehand drawing, strokes in the order drawn: `view`, `tool`
    (\"brush\" or \"eraser\"), `width` and `points` ([x, y] pairs) in
    the view's drawing units, one decimal, and for a brush its
    `intensity` and `qualities`. Reported when a stroke ends and after
    undo, redo or clear (Ctrl+Z, Ctrl+Shift+Z). An eraser takes away
    what was drawn before it on its view.

    `drawing` is a list of dicts with keys:

    - view (string; required)

    - tool (a value equal to: 'brush', 'eraser'; optional)

    - width (number; optional)

    - points (list of list of numberss; required)

    - intensity (number; optional)

    - qualities (list of strings; optional)

- figures (dict; optional):
    The static drawing of each view, keyed by view id: `label`
    (\"Front\"), `viewBox`, the body `outline` path and `annotations`
    (text at x, y, such as R / L).

    `figures` is a dict with strings as keys and values of type dict
    with keys:

    - label (string; optional)

    - viewBox (string; optional)

    - outline (string; optional)

    - annotations (list of dicts; optional)

        `annotations` is a list of dicts with keys:

        - x (number; optional)

        - y (number; optional)

        - text (string; optional)

- findLabel (string; default ''):
    Label of a \"find an area\" box shown with the map (none when
    empty): typing lists the matching regions, and choosing one moves
    the map's focus there without marking it.

- focusView (string; default 'whole'):
    Id of the focus view shown (\"whole\" for the whole body); set
    when a person picks one.

- focusViews (list of dicts; optional):
    Focus views offered above the map: `id`, `label` and the `box` [x,
    y, width, height] drawn in each view's coordinates, filling the
    available width but, on a touch screen, never below `minScale`
    screen px per unit (the view then pans, and views that do not fit
    side by side at that scale are shown one above the other). A view
    without a box is the whole body. `opens` says where a view too
    wide for the window opens when nothing or both sides inside it are
    marked (it opens on the marked side when only one is): 'middle',
    'right' (the patient's right side; the default), or 'one_side':
    the box frames the patient's right side in the first view and is
    mirrored for the left side and for a view that draws that side in
    its other half; the view shows one side at a time, opening on the
    marked side or the right, with a switch named by `sideLabels`
    ({right, left}).

    `focusViews` is a list of dicts with keys:

    - id (string; required)

    - label (string; required)

    - box (list of numbers; optional)

    - minScale (number; optional)

    - opens (a value equal to: 'middle', 'right', 'one_side'; optional)

    - sideLabels (dict; optional)

        `sideLabels` is a dict with keys:

        - right (string; optional)

        - left (string; optional)

- highlights (list of dicts; optional):
    Shapes drawn over the regions: either a `region` id or a free SVG
    `path` with its `view`, and a `kind` that sets the style
    (\"essential\" hatched rising to the right, \"spillover\" dotted
    with a dashed outline, \"dermatome\" hatched falling to the right,
    each in one ink edged in white and never a plain fill, so they
    cannot be taken for values; \"second-essential\" and
    \"second-spillover\" for a second pattern over the first, in a
    second ink (--bm-second-ink), hatched falling to the right and
    dotted with rings; \"outline\" for a muscle's outline, \"focus\").

    `highlights` is a list of dicts with keys:

    - region (string; optional)

    - path (string; optional)

    - view (string; optional)

    - kind (string; optional)

    - label (string; optional)

- hovered (string; optional):
    Id of the region under the pointer or keyboard focus (None when
    none).

- layers (list of strings; default ['surface']):
    The region layers shown, bottom to top.

- markers (list of dicts; optional):
    Labelled points on a view, e.g. trigger points: `symbol` is \"x\",
    \"dot\" or \"triangle\" (a second pattern's point, solid, in the
    second ink).

    `markers` is a list of dicts with keys:

    - view (string; required)

    - x (number; required)

    - y (number; required)

    - label (string; optional)

    - symbol (a value equal to: 'x', 'dot', 'triangle'; optional)

- mode (a value equal to: 'mark', 'draw'; optional):
    \"mark\" (a tap marks a region) or \"draw\" (the finger, pen or
    mouse draws); set by the map's own switch. Left out, the map
    offers no drawing (a `drawing` given is shown as it is, to look
    at).

- n_clicks (number; default 0):
    How many times a region was clicked, tapped or toggled with the
    keyboard.

- passiveLayers (list of strings; optional):
    Visible layers drawn for reference only: their regions take no
    clicks or focus (e.g. muscles shown over the surface regions a
    patient marks).

- persisted_props (list of a value equal to: 'focusView's; optional):
    Props kept by `persistence`.

- persistence (boolean | string | number; optional):
    Keep the chosen `focusView` across reloads (Dash persistence).

- persistence_type (a value equal to: 'local', 'session', 'memory'; optional):
    Where `persistence` keeps them: \"local\", \"session\" or
    \"memory\".

- regions (list of dicts; optional):
    Clickable regions: `id`, `view` (e.g. \"front\"), SVG `path` in
    that view's coordinates, accessible `label` (\"Right outer
    thigh\"), `side`, `layer` (e.g. \"surface\", \"muscle\") and
    optionally `deep` (drawn as lying underneath). The map is one tab
    stop: arrow keys move to the nearest region that way, Home and End
    to the first and last region of a view, and typing a name moves to
    a matching region.

    `regions` is a list of dicts with keys:

    - id (string; required)

    - view (string; required)

    - path (string; required)

    - label (string; required)

    - side (string; optional)

    - layer (string; optional)

    - deep (boolean; optional)

- requestedView (string; optional):
    The view an area found by name is on, when the page hides that
    view: the page may show it (the map then moves its focus there).

- selectable (boolean; default True):
    Whether a click, tap, Enter or Space toggles a region's selection.
    When False, clicks are only reported through `clicked`.

- selected (list of strings; optional):
    Ids of the selected (marked) regions, in the order they were
    marked.

- values (dict with strings as keys and values of type number; optional):
    A value per region id (e.g. pain intensity); it sets the fill
    through `colorscale`.

- views (list of strings; default ['front', 'back']):
    The views shown, left to right."""
    _children_props: typing.List[str] = []
    _base_nodes = ['children']
    _namespace = 'dash_bodymap'
    _type = 'BodyMap'
    Regions = TypedDict(
        "Regions",
            {
            "id": str,
            "view": str,
            "path": str,
            "label": str,
            "side": NotRequired[str],
            "layer": NotRequired[str],
            "deep": NotRequired[bool]
        }
    )

    FiguresAnnotations = TypedDict(
        "FiguresAnnotations",
            {
            "x": NotRequired[NumberType],
            "y": NotRequired[NumberType],
            "text": NotRequired[str]
        }
    )

    Figures = TypedDict(
        "Figures",
            {
            "label": NotRequired[str],
            "viewBox": NotRequired[str],
            "outline": NotRequired[str],
            "annotations": NotRequired[typing.Sequence["FiguresAnnotations"]]
        }
    )

    Highlights = TypedDict(
        "Highlights",
            {
            "region": NotRequired[str],
            "path": NotRequired[str],
            "view": NotRequired[str],
            "kind": NotRequired[str],
            "label": NotRequired[str]
        }
    )

    Markers = TypedDict(
        "Markers",
            {
            "view": str,
            "x": NumberType,
            "y": NumberType,
            "label": NotRequired[str],
            "symbol": NotRequired[Literal["x", "dot", "triangle"]]
        }
    )

    FocusViewsSideLabels = TypedDict(
        "FocusViewsSideLabels",
            {
            "right": NotRequired[str],
            "left": NotRequired[str]
        }
    )

    FocusViews = TypedDict(
        "FocusViews",
            {
            "id": str,
            "label": str,
            "box": NotRequired[typing.Sequence[NumberType]],
            "minScale": NotRequired[NumberType],
            "opens": NotRequired[Literal["middle", "right", "one_side"]],
            "sideLabels": NotRequired["FocusViewsSideLabels"]
        }
    )

    Brush = TypedDict(
        "Brush",
            {
            "size": NotRequired[Literal["small", "medium", "large"]],
            "tool": NotRequired[Literal["brush", "eraser"]],
            "intensity": NotRequired[NumberType],
            "qualities": NotRequired[typing.Sequence[str]]
        }
    )

    Drawing = TypedDict(
        "Drawing",
            {
            "view": str,
            "tool": NotRequired[Literal["brush", "eraser"]],
            "width": NotRequired[NumberType],
            "points": typing.Sequence[typing.Sequence[NumberType]],
            "intensity": NotRequired[NumberType],
            "qualities": NotRequired[typing.Sequence[str]]
        }
    )


    def __init__(
        self,
        id: typing.Optional[typing.Union[str, dict]] = None,
        regions: typing.Optional[typing.Sequence["Regions"]] = None,
        figures: typing.Optional[typing.Dict[typing.Union[str, float, int], "Figures"]] = None,
        views: typing.Optional[typing.Sequence[str]] = None,
        layers: typing.Optional[typing.Sequence[str]] = None,
        passiveLayers: typing.Optional[typing.Sequence[str]] = None,
        selected: typing.Optional[typing.Sequence[str]] = None,
        values: typing.Optional[typing.Dict[typing.Union[str, float, int], NumberType]] = None,
        colorscale: typing.Optional[typing.Sequence[typing.Sequence[typing.Union[NumberType, str]]]] = None,
        cmin: typing.Optional[NumberType] = None,
        cmax: typing.Optional[NumberType] = None,
        highlights: typing.Optional[typing.Sequence["Highlights"]] = None,
        markers: typing.Optional[typing.Sequence["Markers"]] = None,
        selectable: typing.Optional[bool] = None,
        ariaLabel: typing.Optional[str] = None,
        focusViews: typing.Optional[typing.Sequence["FocusViews"]] = None,
        focusView: typing.Optional[str] = None,
        findLabel: typing.Optional[str] = None,
        persistence: typing.Optional[typing.Union[bool, str, NumberType]] = None,
        persisted_props: typing.Optional[typing.Sequence[Literal["focusView"]]] = None,
        persistence_type: typing.Optional[Literal["local", "session", "memory"]] = None,
        mode: typing.Optional[Literal["mark", "draw"]] = None,
        brush: typing.Optional["Brush"] = None,
        drawing: typing.Optional[typing.Sequence["Drawing"]] = None,
        requestedView: typing.Optional[str] = None,
        hovered: typing.Optional[str] = None,
        clicked: typing.Optional[str] = None,
        n_clicks: typing.Optional[NumberType] = None,
        className: typing.Optional[str] = None,
        style: typing.Optional[typing.Any] = None,
        **kwargs
    ):
        self._prop_names = ['id', 'ariaLabel', 'brush', 'className', 'clicked', 'cmax', 'cmin', 'colorscale', 'drawing', 'figures', 'findLabel', 'focusView', 'focusViews', 'highlights', 'hovered', 'layers', 'markers', 'mode', 'n_clicks', 'passiveLayers', 'persisted_props', 'persistence', 'persistence_type', 'regions', 'requestedView', 'selectable', 'selected', 'style', 'values', 'views']
        self._valid_wildcard_attributes =            []
        self.available_properties = ['id', 'ariaLabel', 'brush', 'className', 'clicked', 'cmax', 'cmin', 'colorscale', 'drawing', 'figures', 'findLabel', 'focusView', 'focusViews', 'highlights', 'hovered', 'layers', 'markers', 'mode', 'n_clicks', 'passiveLayers', 'persisted_props', 'persistence', 'persistence_type', 'regions', 'requestedView', 'selectable', 'selected', 'style', 'values', 'views']
        self.available_wildcard_properties =            []
        _explicit_args = kwargs.pop('_explicit_args')
        _locals = locals()
        _locals.update(kwargs)  # For wildcard attrs and excess named props
        args = {k: _locals[k] for k in _explicit_args}

        super(BodyMap, self).__init__(**args)

setattr(BodyMap, "__init__", _explicitize_args(BodyMap.__init__))
