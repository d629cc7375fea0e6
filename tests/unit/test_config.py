"""Settings: MODE follows HOST unless set; a clinic PainMap is refused until it has an account."""

from __future__ import annotations

import pytest

from dashapp import create_app
from dashapp.config import ADD_USER, ModeUnavailable, check_mode, is_loopback, load_config
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory


@pytest.fixture(autouse=True)
def no_mode_in_environment(monkeypatch):
    monkeypatch.delenv("MODE", raising=False)
    monkeypatch.delenv("HOST", raising=False)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_hosts_mean_local_mode(host):
    assert is_loopback(host)
    assert load_config({"HOST": host})["MODE"] == "local"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "painmap.example"])
def test_other_hosts_mean_clinic_mode(host):
    assert not is_loopback(host)
    assert load_config({"HOST": host})["MODE"] == "clinic"


def test_mode_can_be_forced_by_setting_or_environment(monkeypatch):
    assert load_config({"HOST": "0.0.0.0", "MODE": "local"})["MODE"] == "local"
    monkeypatch.setenv("MODE", "Clinic")
    assert load_config()["MODE"] == "clinic"
    with pytest.raises(ValueError, match="MODE must be one of local, clinic"):
        load_config({"MODE": "public"})


def test_clinic_mode_without_an_account_is_refused_naming_the_command(tmp_path, test_config):
    config = test_config | {"HOST": "0.0.0.0"}
    with pytest.raises(ModeUnavailable, match="no account yet") as refusal:
        create_app(config)
    assert ADD_USER in str(refusal.value) and "--host 127.0.0.1" in str(refusal.value)
    with pytest.raises(ModeUnavailable, match="MODE=clinic"):
        check_mode(load_config({"MODE": "clinic"}), accounts=0)
    check_mode(load_config(), accounts=0)  # local: no complaint


def test_clinic_mode_with_an_account_starts(test_config):
    engine = init_db(test_config["DATABASE_URL"])
    with session_factory(engine).begin() as db:
        add_user(db, "alice", "admin", "correct horse battery")
    engine.dispose()
    app = create_app(test_config | {"HOST": "0.0.0.0"})
    assert app.server.test_client().get("/signin").status_code == 200


@pytest.mark.parametrize(
    "settings, problem",
    [
        ({"PUBLIC_PAGES": ("atlas", "patients")}, "PUBLIC_PAGES may name"),
        ({"IDLE_MINUTES": 0}, "IDLE_MINUTES"),
    ],
)
def test_clinic_settings_are_checked(settings, problem):
    with pytest.raises(ValueError, match=problem):
        load_config(settings)


def test_clinic_settings_from_the_environment(monkeypatch):
    monkeypatch.setenv("PUBLIC_PAGES", "atlas, Roots")
    monkeypatch.setenv("IDLE_MINUTES", "10")
    monkeypatch.setenv("BEHIND_PROXY", "yes")
    settings = load_config()
    assert settings["PUBLIC_PAGES"] == ("atlas", "roots")
    assert (settings["IDLE_MINUTES"], settings["BEHIND_PROXY"]) == (10, True)
