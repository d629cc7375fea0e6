"""The checked readers of callback inputs: what the page sends is read, the rest is refused
with PreventUpdate (Dash answers 204 and nothing changes)."""

from __future__ import annotations

import pytest
from dash.exceptions import PreventUpdate

from dashapp.callbacks import inputs


def pattern(region) -> dict:
    return {"id": {"region": region, "type": "patient-intensity"}, "property": "value"}


def test_what_the_page_sends_is_read():
    assert inputs.text(None) == "" and inputs.text("Sam") == "Sam"
    assert inputs.words(None) == [] and inputs.words(["sacrum"]) == ["sacrum"]
    assert inputs.entries(None) == [] and inputs.entries([{}]) == [{}]
    assert inputs.mapping(None) == {} and inputs.mapping({"a": 1}) == {"a": 1}
    assert inputs.record_id(7) == 7
    assert inputs.loaded_version({"visit": 3, "version": 0}) == (3, 0)
    assert inputs.keyed([pattern("sacrum"), pattern("neck")], [4, None]) == {
        "sacrum": 4,
        "neck": None,
    }
    assert inputs.choice("L5", ("L4", "L5"), "L4") == "L5"


@pytest.mark.parametrize("value", [["L5"], {"L5": 1}, 5, None, "L9"])
def test_an_unknown_choice_reads_as_the_default(value):
    assert inputs.choice(value, ("L4", "L5"), "L4") == "L4"


@pytest.mark.parametrize(
    "read",
    [
        lambda: inputs.text(["Sam"]),
        lambda: inputs.text(3),
        lambda: inputs.words("sacrum"),
        lambda: inputs.words([1]),
        lambda: inputs.entries({"a": 1}),
        lambda: inputs.mapping([1]),
        lambda: inputs.record_id(None),
        lambda: inputs.record_id(True),
        lambda: inputs.record_id("1"),
        lambda: inputs.record_id(0),
        lambda: inputs.record_id(2**63),
        lambda: inputs.loaded_version(None),
        lambda: inputs.loaded_version({"visit": 1}),
        lambda: inputs.loaded_version({"visit": "1", "version": 1}),
        lambda: inputs.loaded_version({"visit": 1, "version": True}),
        lambda: inputs.keyed([pattern("sacrum")], []),
        lambda: inputs.keyed([pattern("sacrum")], "4"),
        lambda: inputs.keyed([pattern(["x"])], [4]),
        lambda: inputs.keyed([pattern("sacrum"), pattern("sacrum")], [1, 2]),
        lambda: inputs.keyed([{"id": "sacrum"}], [4]),
        lambda: inputs.keyed(None, [4]),
    ],
)
def test_what_the_page_cannot_send_changes_nothing(read):
    with pytest.raises(PreventUpdate):
        read()
