"""docker-compose.yml is checked by compose-go, the library Docker Compose v2 itself uses
(schema validation against the Compose Specification, interpolation, normalisation)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CHECKER_SRC = Path(__file__).parent / "compose_check"


@pytest.fixture(scope="module")
def compose_check(tmp_path_factory: pytest.TempPathFactory) -> Path:
    go = shutil.which("go")
    assert go, "Go is needed to build the Compose checker (compose-go)"
    out = tmp_path_factory.mktemp("bin") / "compose_check"
    res = subprocess.run([go, "build", "-o", str(out), "."], cwd=CHECKER_SRC,
                         capture_output=True, text=True, timeout=600, check=False)
    assert res.returncode == 0, res.stderr
    return out


def _check(binary: Path, path: Path, password: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOKG_")}
    if password is not None:
        env["GEOKG_NEO4J_PASSWORD"] = password
    return subprocess.run([str(binary), str(path)], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_compose_file_is_valid_and_complete(compose_check: Path) -> None:
    res = _check(compose_check, ROOT / "docker-compose.yml", "s3cret-from-env")
    assert res.returncode == 0, res.stderr
    model = yaml.safe_load(res.stdout)
    neo4j = model["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert neo4j["environment"]["NEO4J_AUTH"] == "neo4j/s3cret-from-env"
    assert "healthcheck" in neo4j and neo4j["volumes"][0]["target"] == "/data"
    api = model["services"]["api"]
    assert api["build"]["dockerfile"] == "Dockerfile"
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["environment"]["GEOKG_NEO4J_PASSWORD"] == "s3cret-from-env"


def test_no_default_password(compose_check: Path) -> None:
    res = _check(compose_check, ROOT / "docker-compose.yml", None)
    assert res.returncode != 0
    assert "GEOKG_NEO4J_PASSWORD" in res.stderr


def test_checker_rejects_schema_violations(compose_check: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("services:\n  x:\n    image: busybox\n    healthcheck:\n      retries: many\n")
    res = _check(compose_check, bad, "pw")
    assert res.returncode != 0
    assert "retries" in res.stderr
