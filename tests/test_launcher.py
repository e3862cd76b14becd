"""The local launcher runs the real Neo4j 5.26 Community server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from graph.db import Database
from graph.errors import LauncherError
from graph.launcher import LocalNeo4j
from graph.schema import CONSTRAINTS, INDEXES, apply_schema, schema_name, schema_names
from graph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
GEOKG = [sys.executable, "-m", "cli.main"]


def test_components_report_5_26_community(db: Database) -> None:
    info = db.ping()
    assert info["name"] == "Neo4j Kernel"
    assert info["version"].startswith("5.26.")
    assert info["edition"] == "community"


def test_schema_is_idempotent(db: Database) -> None:
    first = apply_schema(db)
    second = apply_schema(db)
    assert first == second
    for name in ("actor_id", "event_id", "claim_id", "actor_search", "event_date"):
        assert name in second
    assert len(second) >= len(CONSTRAINTS) + len(INDEXES)


def test_schema_recreates_only_what_is_missing(db: Database) -> None:
    """apply_schema skips the statements whose name exists; a dropped index comes back."""
    names = [schema_name(s) for s in CONSTRAINTS + INDEXES]
    assert len(names) == len(set(names))  # the name is what apply_schema goes by
    apply_schema(db)
    db.write(lambda tx: tx.run("DROP INDEX event_type").consume())
    assert "event_type" not in schema_names(db)
    assert "event_type" in apply_schema(db)
    with pytest.raises(ValueError, match="without a name"):
        schema_name("CREATE INDEX FOR (n:Event) ON (n.type)")


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(GEOKG + list(args), capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300, check=False)


@pytest.mark.slow
def test_cli_start_twice_status_stop(tmp_path: Path) -> None:
    """start, start again (already running), status, stop: no process left behind."""
    port = _free_port()
    env = dict(os.environ)
    env.pop("NEO4J_URI", None)
    env.update({"GEOKG_NEO4J_INSTANCE": "launcher-test", "GEOKG_NEO4J_BOLT_PORT": str(port),
                # a leading "-" must not be taken for an option of neo4j-admin
                "GEOKG_NEO4J_PASSWORD": "-launcher-test-pw"})
    server = LocalNeo4j(Settings(neo4j_instance="launcher-test", neo4j_bolt_port=port))
    import shutil
    shutil.rmtree(server.dir, ignore_errors=True)
    try:
        first = _cli("neo4j", "start", env=env)
        assert first.returncode == 0, first.stderr
        assert first.stdout.startswith("started: running: Neo4j 5.26.")
        second = _cli("neo4j", "start", env=env)
        assert second.returncode == 0, second.stderr
        assert second.stdout.startswith("already running")
        status = _cli("neo4j", "status", env=env)
        assert status.returncode == 0
        assert f"bolt://127.0.0.1:{port}" in status.stdout and "5.26." in status.stdout
        pid = server.pid()
        assert pid is not None
        from neo4j import GraphDatabase
        with GraphDatabase.driver(f"bolt://127.0.0.1:{port}",
                                  auth=("neo4j", "-launcher-test-pw")) as driver:
            driver.verify_connectivity()
    finally:
        stop = _cli("neo4j", "stop", env=env)
    assert stop.stdout.strip() == "stopped"
    assert not Path(f"/proc/{pid}").exists() or _zombie(pid)
    status = _cli("neo4j", "status", env=env)
    assert status.returncode == 3 and status.stdout.startswith("stopped")
    again = _cli("neo4j", "stop", env=env)
    assert again.stdout.strip() == "not running"


def test_port_taken_is_one_clear_line() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        server = LocalNeo4j(Settings(neo4j_instance="port-taken", neo4j_bolt_port=port))
        with pytest.raises(LauncherError, match=f"port {port} .* already in use"):
            server.start()


def test_missing_java_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(LauncherError, match="Java 17 or newer is required"):
        LocalNeo4j.java()
    with pytest.raises(LauncherError, match="Maven is required"):
        LocalNeo4j.maven()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.slow
def test_class_archive_written_at_stop_then_mapped_and_a_broken_one_refused(
        tmp_path: Path) -> None:
    """The first clean stop leaves a class-data archive and the next start maps it; an
    archive a JVM cannot map (truncated) is never installed."""
    real = LocalNeo4j(Settings())
    real.install()
    home = tmp_path / "home"
    lib = home / "lib" / real.version
    lib.mkdir(parents=True)
    for jar in real.lib_dir.glob("*.jar"):  # the installed jars, without their archive
        (lib / jar.name).symlink_to(jar)
    (lib / ".complete").write_text(real.version)
    server = LocalNeo4j(Settings(neo4j_home=home, neo4j_instance="cds-test",
                                 neo4j_bolt_port=_free_port(), neo4j_heap="256m",
                                 neo4j_pagecache="64m"))
    try:
        server.start()
        assert not server.class_archive.exists()
        server.stop()
        assert server.class_archive.stat().st_size > 1_000_000
        server.start()
        pid = server.pid()
        assert pid is not None
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode()
        assert f"-XX:SharedArchiveFile={server.class_archive}" in cmdline
        assert server.status().version is not None  # it answers a query
        server.stop()
        good = server.class_archive.read_bytes()
        server.class_archive.unlink()
        server._class_dump.write_bytes(good[:100_000])  # as a JVM killed while writing
        server._install_class_archive()
        assert not server.class_archive.exists() and not server._class_dump.exists()
        assert not list(Path.cwd().glob("hs_err_pid*.log"))  # no crash report left behind
        server._class_dump.write_bytes(good)
        server._install_class_archive()
        assert server.class_archive.read_bytes() == good
    finally:
        server.stop()
