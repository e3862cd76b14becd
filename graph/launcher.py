"""A local Neo4j Community server without Docker.

Maven resolves ``org.neo4j:neo4j`` (the Community server with its runtime dependencies)
into ``<neo4j_home>/lib/<version>`` using a repository cache inside the project; the
server runs as ``java -cp ... org.neo4j.server.CommunityEntryPoint`` with a generated
``neo4j.conf``: Bolt on 127.0.0.1, HTTP off, small heap and page cache, authentication on,
data and logs under ``<neo4j_home>/instances/<name>``.

Several instances can share the downloaded jars (the tests use their own instance on their
own port, so a developer's data is never touched by a test run).
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import LauncherError
from graph.settings import Settings

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"

#: JVM options of Neo4j's own distribution (its neo4j.conf), which this launcher must pass
#: itself since it runs the server class directly. Without the ``--add-opens`` the page
#: cache falls back to a slower path ("Reflection access to java.nio.DirectByteBuffer is
#: not available, using fallback mode" in debug.log).
JVM_OPTIONS: tuple[str, ...] = (
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions", "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

POM_TEMPLATE = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>geokg</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""


#: How often ``start`` asks a starting server whether it answers. A refused connection
#: fails at once, so a short pause costs nothing; 0.5 s made a start wait 0.25 s longer
#: on average than the server took (``geokg load --bulk`` starts it once more after the
#: import).
START_POLL_S = 0.1


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    uri: str
    version: str | None = None
    edition: str | None = None

    def line(self) -> str:
        if not self.running:
            return f"stopped ({self.uri})"
        ver = f"Neo4j {self.version} {self.edition}" if self.version else "Neo4j"
        return f"running: {ver} at {self.uri} (pid {self.pid})"


class LocalNeo4j:
    """One local Neo4j instance: its files, its process, its Bolt port."""

    def __init__(
        self,
        settings: Settings,
        instance: str | None = None,
        port: int | None = None,
    ) -> None:
        self.settings = settings
        self.version = settings.neo4j_version
        self.home = Path(settings.neo4j_home).resolve()
        self.instance = instance or settings.neo4j_instance
        self.port = port or settings.neo4j_bolt_port
        self.lib_dir = self.home / "lib" / self.version
        self.dir = self.home / "instances" / self.instance
        self.conf_dir = self.dir / "conf"
        self.pid_file = self.dir / "neo4j.pid"
        self.out_log = self.dir / "logs" / "console.log"
        self.password_file = self.dir / "password"
        # Class data sharing: the classes a server loads, archived once per Neo4j version
        # (made by the first server that stops cleanly), mapped by the next starts
        self.class_archive = self.lib_dir / "classes.jsa"
        self._class_dump = self.dir / "run" / "classes.jsa.part"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    # --- prerequisites ----------------------------------------------------------------
    @staticmethod
    def java() -> str:
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
        if not java or not Path(java).exists():
            raise LauncherError("Java 17 or newer is required but `java` was not found on PATH")
        major, first_line = _java_version(java)
        if major < 17:
            raise LauncherError(f"Java 17 or newer is required, found: {first_line}")
        return java

    @staticmethod
    def maven() -> str:
        mvn = shutil.which("mvn")
        if not mvn:
            raise LauncherError(
                "Maven is required to fetch Neo4j from Maven Central but `mvn` was not found"
            )
        return mvn

    # --- installation -----------------------------------------------------------------
    def install(self) -> Path:
        """Resolve Neo4j and its runtime dependencies with Maven (once per version)."""
        stamp = self.lib_dir / ".complete"
        if stamp.exists():
            return self.lib_dir
        mvn = self.maven()
        build = self.home / "maven"
        build.mkdir(parents=True, exist_ok=True)
        (build / "pom.xml").write_text(POM_TEMPLATE.format(version=self.version))
        tmp = self.lib_dir.with_name(self.lib_dir.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        cmd = [
            mvn, "-q", "-B", "-f", str(build / "pom.xml"),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={tmp}",
            "-DincludeScope=runtime",
            f"-Dmaven.repo.local={self.home / 'm2'}",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not any(tmp.glob("neo4j-server-*.jar")):
            tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-15:])
            raise LauncherError(f"Maven could not fetch org.neo4j:neo4j:{self.version}:\n{tail}")
        shutil.rmtree(self.lib_dir, ignore_errors=True)
        tmp.rename(self.lib_dir)
        stamp.write_text(self.version)
        return self.lib_dir

    def _classpath(self) -> str:
        return str(self.lib_dir / "*")

    def write_config(self) -> Path:
        """Write neo4j.conf for this instance (regenerated on every start)."""
        s = self.settings
        for sub in ("conf", "data", "logs", "import", "plugins", "run"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        conf = f"""# Generated by geokg's launcher; edit the settings, not this file.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:{self.port}
server.bolt.advertised_address=127.0.0.1:{self.port}
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
server.memory.heap.initial_size={s.neo4j_heap}
server.memory.heap.max_size={s.neo4j_heap}
server.memory.pagecache.size={s.neo4j_pagecache}
server.directories.data={self.dir / 'data'}
server.directories.logs={self.dir / 'logs'}
server.directories.import={self.dir / 'import'}
server.directories.plugins={self.dir / 'plugins'}
server.directories.run={self.dir / 'run'}
server.jvm.additional=-XX:+ExitOnOutOfMemoryError
# Hardening for analysts' Cypher (see SECURITY.md)
dbms.security.allow_csv_import_from_file_urls=false
dbms.cypher.forbid_exhaustive_shortestpath=true
db.transaction.timeout={s.neo4j_tx_timeout}
db.memory.transaction.max={s.neo4j_tx_memory_max}
dbms.memory.transaction.total.max={s.neo4j_tx_memory_total_max}
# check timeouts every 500 ms (default 2 s) so a timed-out query stops close to its limit
db.transaction.monitor.check.interval=500ms
dbms.usage_report.enabled=false
# Bolt's network threads wait a quiet period of 5 s, twice, after the databases have
# stopped and checkpointed: a stop took 10.5 s, of which 10 s were these waits
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
"""
        path = self.conf_dir / "neo4j.conf"
        path.write_text(conf)
        return path

    def _admin_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(self.dir)
        env["NEO4J_CONF"] = str(self.conf_dir)
        return env

    def password(self) -> str:
        """The password of this instance: from settings, else the one generated for it."""
        if self.settings.neo4j_password is not None:
            return self.settings.neo4j_password.get_secret_value()
        if self.password_file.exists():
            return self.password_file.read_text().strip()
        pw = secrets.token_urlsafe(18)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.password_file.write_text(pw)
        self.password_file.chmod(0o600)
        return pw

    def _set_initial_password(self, java: str) -> None:
        if (self.dir / "data" / "dbms" / "auth.ini").exists():
            return
        proc = subprocess.run(
            # "--" ends the options: a random password may well start with "-"
            [java, "-cp", self._classpath(), ADMIN_TOOL, "dbms", "set-initial-password",
             "--", self.password()],
            capture_output=True, text=True, env=self._admin_env(), check=False,
        )
        if proc.returncode != 0:
            raise LauncherError(f"could not set the initial password: {proc.stderr.strip()}")

    # --- process ------------------------------------------------------------------------
    def pid(self) -> int | None:
        """The pid of the server this launcher started, if it is still alive."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            return None
        if ENTRY_POINT in cmdline and str(self.dir) in cmdline:
            return pid
        return None

    def _port_free(self) -> bool:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("127.0.0.1", self.port))
            except OSError:
                return False
        return True

    def start(self) -> tuple[bool, Status]:
        """Start the server unless it runs; return (started_now, status).

        Returns only once Bolt answers a query; raises LauncherError with the tail of the
        log when the server does not come up within ``neo4j_start_timeout_s``.
        """
        if self.pid() is not None:
            return False, self.status()
        java = self.java()
        if not self._port_free():
            raise LauncherError(
                f"port {self.port} on 127.0.0.1 is already in use by another process; "
                "set GEOKG_NEO4J_BOLT_PORT to a free port"
            )
        self.install()
        self.write_config()
        self._set_initial_password(java)
        s = self.settings
        shared = self.class_archive.exists()
        proc = self._spawn(java, shared)
        deadline = time.monotonic() + s.neo4j_start_timeout_s
        last_error = ""
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                if shared:  # an archive this JVM cannot map: drop it, start without
                    self.class_archive.unlink(missing_ok=True)
                    shared = False
                    proc = self._spawn(java, shared)
                    continue
                break
            try:
                status = self._query_status(proc.pid)
                return True, status
            except Exception as exc:  # noqa: BLE001 - any failure means "not up yet"
                last_error = str(exc)
                time.sleep(START_POLL_S)
        self._kill(proc.pid)
        raise LauncherError(
            f"Neo4j did not answer on {self.uri} within {s.neo4j_start_timeout_s:.0f}s "
            f"({last_error or 'process exited'}). Last lines of its log:\n{self.log_tail()}"
        )

    def _spawn(self, java: str, shared: bool) -> subprocess.Popen[bytes]:
        """Run the server JVM, mapping the class archive when there is one, else asking
        the JVM to write one when it exits (``stop`` installs it)."""
        s = self.settings
        self._class_dump.parent.mkdir(parents=True, exist_ok=True)
        self._class_dump.unlink(missing_ok=True)
        archive = (f"-XX:SharedArchiveFile={self.class_archive}" if shared
                   else f"-XX:ArchiveClassesAtExit={self._class_dump}")
        cmd = [
            java,
            f"-Xms{s.neo4j_heap}", f"-Xmx{s.neo4j_heap}",
            "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", *JVM_OPTIONS, archive,
            "-Dfile.encoding=UTF-8",
            "-cp", self._classpath(),
            ENTRY_POINT,
            f"--home-dir={self.dir}",
            f"--config-dir={self.conf_dir}",
        ]
        self.out_log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.out_log, "ab") as log:
            proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                cwd=self.dir, start_new_session=True,
            )
        self.pid_file.write_text(str(proc.pid))
        return proc

    def _install_class_archive(self) -> None:
        """After a clean stop: keep the archive the JVM wrote if a JVM can map it (a
        truncated archive makes the JVM crash, so it is tried before it is used)."""
        part = self._class_dump
        if not part.exists() or self.class_archive.exists():
            part.unlink(missing_ok=True)
            return
        java = self.java()
        crash_log = part.parent / "classes-check.log"  # a JVM that crashes writes one
        check = subprocess.run(  # noqa: S603 - fixed argv
            [java, "-Xshare:on", f"-XX:SharedArchiveFile={part}",
             f"-XX:ErrorFile={crash_log}", "-cp", self._classpath(), "-version"],
            capture_output=True, check=False, timeout=120, cwd=part.parent)
        crash_log.unlink(missing_ok=True)
        if check.returncode == 0:
            os.replace(part, self.class_archive)
        else:
            part.unlink(missing_ok=True)

    def _query_status(self, pid: int) -> Status:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(
            self.uri, auth=("neo4j", self.password()), connection_timeout=2
        ) as driver:
            # a plain session run: no driver-side retries while polling a starting server
            with driver.session(database="system") as session:
                rec = session.run(
                    "CALL dbms.components() YIELD versions, edition "
                    "RETURN versions[0] AS version, edition"
                ).single(strict=True)
        return Status(True, pid, self.uri, rec["version"], rec["edition"])

    def status(self) -> Status:
        pid = self.pid()
        if pid is None:
            return Status(False, None, self.uri)
        try:
            return self._query_status(pid)
        except Exception:  # noqa: BLE001 - process alive but Bolt not answering
            return Status(True, pid, self.uri)

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server this launcher started; return False when none was running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        clean = self._kill(pid, timeout)
        self.pid_file.unlink(missing_ok=True)
        if clean:
            self._install_class_archive()
        else:
            self._class_dump.unlink(missing_ok=True)
        return True

    @staticmethod
    def _kill(pid: int, timeout: float = 60.0) -> bool:
        """SIGTERM, then SIGKILL after ``timeout``; True when the process ended by itself."""
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return True
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                # reap if it is our child; otherwise just probe
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
                return True
            time.sleep(0.2)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return False

    def log_tail(self, lines: int = 30) -> str:
        chunks = []
        for path in (self.dir / "logs" / "neo4j.log", self.out_log):
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                chunks.append(f"--- {path}\n" + "\n".join(text))
        return "\n".join(chunks) or "(no log written)"


@functools.lru_cache(maxsize=8)
def _java_version(java: str) -> tuple[int, str]:
    """The major version of ``java`` and the first line of its ``-version``, asked once per
    process (a JVM start, 0.1-0.5 s: a bulk load asked it for the import and again for
    the server's start)."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True,
                         check=False).stderr
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):
        major = int(m.group(2))
    return major, (out.splitlines() or [""])[0]


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"
