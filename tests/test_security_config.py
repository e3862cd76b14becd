"""Neo4j's own guards are configured, the same way for the launcher and docker-compose,
and the running test server really applies them."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest
import yaml

from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

#: setting -> value both configurations must carry
HARDENING = {
    "dbms.security.allow_csv_import_from_file_urls": "false",
    "dbms.cypher.forbid_exhaustive_shortestpath": "true",
    "db.transaction.timeout": "120s",
    "db.memory.transaction.max": "256m",
    "dbms.memory.transaction.total.max": "350m",
    "db.transaction.monitor.check.interval": "500ms",
}


def compose_env_name(setting: str) -> str:
    """Neo4j's Docker image convention: '.' -> '_', '_' -> '__', prefix NEO4J_."""
    return "NEO4J_" + setting.replace("_", "__").replace(".", "_")


def launcher_conf(tmp_path: Path) -> dict[str, str]:
    settings = Settings(neo4j_password=None, neo4j_home=tmp_path, neo4j_uri=None)
    text = LocalNeo4j(settings, instance="conf-check", port=7999).write_config().read_text()
    pairs = (line.split("=", 1) for line in text.splitlines()
             if "=" in line and not line.startswith("#"))
    return {k.strip(): v.strip() for k, v in pairs}


def test_launcher_config_is_hardened(tmp_path: Path) -> None:
    conf = launcher_conf(tmp_path)
    for key, value in HARDENING.items():
        assert conf.get(key) == value, key
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.http.enabled"] == "false"
    assert conf["dbms.security.auth_enabled"] == "true"


def test_compose_config_matches_the_launcher() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    env = compose["services"]["neo4j"]["environment"]
    for key, value in HARDENING.items():
        assert str(env.get(compose_env_name(key))) == value, compose_env_name(key)
    assert str(env["NEO4J_server_http_enabled"]) == "false"
    for service in ("neo4j", "api"):
        for port in compose["services"][service].get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{service} published beyond localhost"
    api_env = compose["services"]["api"]["environment"]
    for name in ("GEOKG_READ_API_KEY", "GEOKG_WRITE_API_KEY", "GEOKG_CORS_ORIGINS"):
        assert api_env[name].endswith(":-}"), f"{name} must default to empty, never a secret"


def test_memory_limits_sit_under_the_heap() -> None:
    def mib(text: str) -> float:
        units = {"k": 1 / 1024, "m": 1, "g": 1024}
        return float(text[:-1]) * units[text[-1].lower()]

    s = Settings(neo4j_password=None)
    assert mib(s.neo4j_tx_memory_max) < mib(s.neo4j_tx_memory_total_max) < mib(s.neo4j_heap)


@pytest.mark.parametrize(("setting", "shown"), [
    ("dbms.security.allow_csv_import_from_file_urls", "false"),
    ("dbms.cypher.forbid_exhaustive_shortestpath", "true"),
    ("db.memory.transaction.max", "256.00MiB"),
    ("dbms.memory.transaction.total.max", "350.00MiB"),
    ("db.transaction.monitor.check.interval", "500ms"),
    ("db.transaction.timeout", "2m"),
])
def test_running_server_applies_the_hardening(db: Database, setting: str, shown: str) -> None:
    rows = db.read("SHOW SETTINGS YIELD name, value WHERE name = $n RETURN value", {"n": setting})
    assert rows and rows[0]["value"] == shown


def test_file_urls_are_refused_by_neo4j_itself(db: Database) -> None:
    """Even a query that reached the server could not read local files."""
    with db.driver.session(database=db.name, default_access_mode=neo4j.READ_ACCESS) as s:
        with pytest.raises(neo4j.exceptions.ClientError) as exc:
            s.run("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r").consume()
    assert "allow_csv_import_from_file_urls" in (exc.value.message or "")
