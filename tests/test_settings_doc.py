"""Every setting is documented in README's settings table (a new one cannot slip in)."""

from __future__ import annotations

from pathlib import Path

from graph.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_setting_is_in_the_readme() -> None:
    missing = [name for name in Settings.model_fields
               if f"GEOKG_{name.upper()}" not in README]
    assert missing == [], f"settings missing from README's table: {missing}"


def test_no_secret_has_a_default() -> None:
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    for name in ("neo4j_password", "read_api_key", "write_api_key"):
        field = Settings.model_fields[name]
        assert field.default is None, name
        if not any(k.endswith(name.upper()) for k in __import__("os").environ):
            assert getattr(s, name) is None
