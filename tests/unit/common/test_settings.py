import json

import pytest

from postdesk.common import settings as s
from postdesk.common.settings import SettingsStore


def test_defaults_and_persistence(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path, environ={})
    assert store.get(s.LANGUAGE) == "ru"
    store.set(s.WORKSTATION_NAME, "Окно 3")
    again = SettingsStore(path, environ={})
    assert again.get(s.WORKSTATION_NAME) == "Окно 3"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == s.SETTINGS_FORMAT_VERSION


def test_environment_wins(tmp_path):
    store = SettingsStore(tmp_path / "x.json", environ={"POSTDESK_DATABASE_URL": "postgresql://h/db"})
    assert store.get(s.DATABASE_URL) == "postgresql://h/db"
    assert store.overridden_by_environment(s.DATABASE_URL)


def test_old_flat_file_is_upgraded(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"workstation.name": "old"}), encoding="utf-8")
    assert SettingsStore(path, environ={}).get(s.WORKSTATION_NAME) == "old"


def test_bad_values_fall_back_to_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "values": {"ui.language": "klingon"}}), encoding="utf-8")
    assert SettingsStore(path, environ={}).get(s.LANGUAGE) == "ru"
    path.write_text("{broken", encoding="utf-8")
    assert SettingsStore(path, environ={}).get(s.LANGUAGE) == "ru"


def test_declaring_twice_is_refused():
    with pytest.raises(ValueError, match="twice"):
        s.declare(s.Setting("ui.language", str, "ru", "again"))


def test_every_setting_has_a_label_and_a_default_of_its_type():
    for setting in s.declared():
        assert setting.label
        assert isinstance(setting.default, setting.type)
