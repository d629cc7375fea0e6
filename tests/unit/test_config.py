"""Settings: MODE follows HOST unless set, and a clinic PainMap is refused until sign-in exists."""

from __future__ import annotations

import pytest

from dashapp import create_app
from dashapp.config import ModeUnavailable, check_mode, is_loopback, load_config


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


def test_clinic_mode_is_refused_before_anything_is_written(tmp_path, test_config):
    database = tmp_path / "clinic.db"
    config = test_config | {"HOST": "0.0.0.0", "DATABASE_URL": f"sqlite:///{database}"}
    with pytest.raises(ModeUnavailable, match="accounts and sign-in"):
        create_app(config)
    assert not database.exists()
    with pytest.raises(ModeUnavailable, match="MODE=clinic"):
        check_mode(load_config({"MODE": "clinic"}))
    check_mode(load_config())  # local: no complaint
