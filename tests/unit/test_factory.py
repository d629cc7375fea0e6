"""create_app: a fresh, fully wired app each call, configured by what it is given."""

from __future__ import annotations

import re

import pytest

from dashapp import create_app
from dashapp.config import load_config
from dashapp.ui import ids


def test_each_app_gets_its_own_callbacks(test_config):
    first = create_app(test_config)
    second = create_app(test_config)
    assert first is not second
    assert first.callback_map, "the first app has callbacks"
    assert set(first.callback_map) == set(second.callback_map)
    assert any(ids.PATIENT_STORE in key for key in second.callback_map)


def test_second_app_serves_its_callbacks(test_config):
    create_app(test_config)
    client = create_app(test_config).server.test_client()
    client.get("/")
    response = client.post(
        "/_dash-update-component",
        json={
            "output": f"{ids.PATIENT_CLEAR_DIALOG}.hidden",
            "outputs": {"id": ids.PATIENT_CLEAR_DIALOG, "property": "hidden"},
            "inputs": [
                {"id": ids.PATIENT_CLEAR, "property": "n_clicks", "value": 1},
                {"id": ids.PATIENT_CLEAR_CANCEL, "property": "n_clicks", "value": None},
            ],
            "changedPropIds": [f"{ids.PATIENT_CLEAR}.n_clicks"],
            "state": [],
        },
    )
    assert response.status_code == 200
    assert response.get_json()["response"][ids.PATIENT_CLEAR_DIALOG]["hidden"] is False


def test_config_overrides_defaults_and_rejects_unknown_settings(monkeypatch):
    monkeypatch.setenv("PORT", "9000")
    assert load_config()["PORT"] == 9000
    assert load_config({"PORT": 8123})["PORT"] == 8123
    with pytest.raises(ValueError, match="GEOMETRY_FOLDER"):
        load_config({"GEOMETRY_FOLDER": "x"})


def test_app_works_offline(app):
    assert app.config.serve_locally
    assert app._dev_tools.disable_version_check  # noqa: SLF001  no network look-ups
    html = app.server.test_client().get("/").get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', html), "no script or style from elsewhere"


def test_responses_are_compressed(app):
    client = app.server.test_client()
    html = client.get("/").get_data(as_text=True)
    script = re.search(r'src="([^"]*bodymap[^"]*\.js)"', html)
    assert script, "the page loads the BodyMap bundle"
    response = client.get(script.group(1), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers.get("Content-Encoding") == "gzip"


def test_patient_page_and_unknown_page(app):
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    layout = client.get("/_dash-layout").get_json()
    assert "BodyMap" not in str(layout), "pages render their layout per request"
    assert client.get("/no-such-page").status_code == 200  # Dash renders its 404 page


def test_one_data_folder_setting_feeds_every_loader(tmp_path, test_config):
    """DATA_DIR names the folder the atlas, roots and instruments are read from."""
    import shutil

    from dashapp.domain import SHIPPED_DATA
    from dashapp.services import Services

    data = tmp_path / "data"
    shutil.copytree(SHIPPED_DATA, data)
    muscles = data / "atlas" / "muscles.csv"
    muscles.write_text(muscles.read_text().replace("Quadratus lumborum,", "QL (renamed),", 1))
    app = create_app(test_config | {"DATA_DIR": data})
    services = app.server.extensions["painmap"]
    assert isinstance(services, Services)
    assert services.atlas.muscle("quadratus_lumborum").name == "QL (renamed)"
    assert load_config({"DATA_DIR": data})["GEOMETRY_DIR"] == data / "geometry"


def test_the_sciatica_rules_read_the_configured_data_folder(tmp_path, test_config):
    """A red-flag text edited in DATA_DIR is what the pages' screening shows."""
    import shutil

    from dashapp.domain import SHIPPED_DATA
    from dashapp.domain.chart import PainChart
    from dashapp.domain.sciatica.consult import screen
    from dashapp.ui.components.consultation import red_flag_panel

    data = tmp_path / "data"
    shutil.copytree(SHIPPED_DATA, data)
    flags = data / "sciatica" / "red_flags.csv"
    shipped_text = "A numb or changed feeling between the legs"
    assert shipped_text in flags.read_text()
    flags.write_text(flags.read_text().replace(shipped_text, "Edited: a numb feeling", 1))
    services = create_app(test_config | {"DATA_DIR": data}).server.extensions["painmap"]
    (flag,) = screen(
        {"saddle_numbness": "yes"},
        PainChart(),
        services.regions,
        data=services.reference.sciatica,
    )
    assert flag.id == "saddle_numbness"
    assert flag.patient_message.startswith("Edited: a numb feeling")
    assert "Edited: a numb feeling" in str(red_flag_panel((flag,)))
    assert shipped_text not in str(red_flag_panel((flag,)))


def test_no_pooled_connection_is_left_to_cross_a_fork(test_config):
    """gunicorn --preload forks after create_app: a connection left in the pool would be
    shared by two workers, and each would corrupt the other's transactions."""
    services = create_app(test_config).server.extensions["painmap"]
    assert services.db.kw["bind"].pool.checkedin() == 0


def test_an_app_on_a_new_database_migrates_it_to_the_newest_schema(tmp_path, test_config):
    """The other tests' databases start as copies of a migrated one: here the app makes its own."""
    from dashapp.store.db import current_revision, head_revision, make_engine

    url = f"sqlite:///{tmp_path / 'new' / 'painmap.db'}"
    create_app(test_config | {"DATABASE_URL": url})
    engine = make_engine(url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
