"""`geokg serve`: the app under gunicorn, with a writer process and killable query processes.

On a store directory the gunicorn master first starts the writer process (endpoint/writer.py),
the only process that opens the store read-write, and restarts it if it dies; each gunicorn worker
then uses a ProcessEngine (endpoint/process.py). In-memory and remote stores are served by an
InProcessEngine in one worker (memory) or several (remote).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from gunicorn.app.base import BaseApplication

from geokg import errors
from geokg.errors import StoreError
from geokg.settings import Settings

from .writer import settings_to_json

# request threads per worker (each runs its queries in its own process); GEOKG_SERVE_THREADS to tune
THREADS = int(os.environ.get("GEOKG_SERVE_THREADS", "2"))
WRITER_START_TIMEOUT = 120  # seconds; loading the reference graph into a new store takes a while
MAX_REQUEST_LINE = 8190     # gunicorn's largest; longer queries must be POSTed


class WriterSupervisor:
    """Starts the writer process, waits until it serves, restarts it if it dies."""

    def __init__(self, settings: Settings, rundir: Path):
        self.settings, self.rundir = settings, rundir
        store = Path(settings.store).resolve()
        self.snapdir = store.parent / f".{store.name}.snapshots-{os.getpid()}"
        self.proc: subprocess.Popen | None = None
        self.stopping = threading.Event()

    def start(self) -> None:
        """Start the writer and wait until it listens; raise its error if it cannot open the store."""
        (self.rundir / "ready").unlink(missing_ok=True)
        (self.rundir / "failed").unlink(missing_ok=True)
        stderr = open(self.rundir / "writer.log", "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "geokg.endpoint.writer", str(self.rundir), str(self.snapdir)],
                                     stdin=subprocess.DEVNULL, stderr=stderr)
        stderr.close()
        deadline = time.monotonic() + WRITER_START_TIMEOUT
        while not (self.rundir / "ready").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.proc.kill()
                raise self._failure()
            time.sleep(0.02)

    def _failure(self) -> errors.GeokgError:
        try:
            failed = json.loads((self.rundir / "failed").read_text())
            return getattr(errors, failed["class"], StoreError)(failed["message"], failed["hint"] or None)
        except (OSError, ValueError, KeyError):
            log = (self.rundir / "writer.log").read_text(errors="replace").strip().splitlines()
            return StoreError(f"the writer process could not start: {log[-1] if log else 'no message'}")

    def watch(self) -> None:
        """Restart the writer whenever it dies (a thread of the gunicorn master)."""
        while not self.stopping.wait(1.0):
            if self.proc is not None and self.proc.poll() is not None and not self.stopping.is_set():
                log = (self.rundir / "writer.log").read_text(errors="replace").strip().splitlines()[-5:]
                print("geokg: the writer process stopped; restarting it", *log, sep="\n  ", file=sys.stderr)
                try:
                    self.start()
                except errors.GeokgError as e:
                    print(f"geokg: error: {e}", file=sys.stderr)
                    self.stopping.wait(5.0)     # do not spin on a store that cannot be opened

    def stop(self) -> None:
        """Stop the writer (it flushes and closes the store) and remove its snapshots."""
        self.stopping.set()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.snapdir, ignore_errors=True)


class GeokgServer(BaseApplication):
    """gunicorn run from Python: gthread workers, each building the app after the fork."""

    def __init__(self, settings: Settings, rundir: Path | None):
        self.settings, self.rundir = settings, rundir
        super().__init__()

    def load_config(self) -> None:
        s = self.settings
        memory = s.store in ("memory:", ":memory:")
        for key, value in {
            "bind": [f"[{s.host}]:{s.port}" if ":" in s.host else f"{s.host}:{s.port}"],
            "workers": 1 if memory else max(1, s.workers),    # one in-memory store: one worker
            "worker_class": "gthread", "threads": THREADS,     # keep-alive; measured much faster than sync
            "timeout": 60, "graceful_timeout": 10, "keepalive": 30,
            "limit_request_line": MAX_REQUEST_LINE,
            "accesslog": None, "errorlog": "-", "loglevel": "warning",
            "proc_name": "geokg-serve",
        }.items():
            self.cfg.set(key, value)

    def load(self):
        from .app import create_app

        if self.rundir is None:
            return create_app(self.settings)
        from .process import ProcessEngine
        return create_app(self.settings, engine=ProcessEngine(self.settings, self.rundir))


def main(settings: Settings) -> None:
    """Serve until interrupted; every process started here is stopped on the way out."""
    where = settings.store
    if where.startswith(("http://", "https://")) or where in ("memory:", ":memory:"):
        GeokgServer(settings, None).run()
        return
    rundir = Path(tempfile.mkdtemp(prefix="geokg-serve-"))
    supervisor = WriterSupervisor(settings, rundir)
    try:
        (rundir / "settings.json").write_text(settings_to_json(settings))
        (rundir / "authkey").write_bytes(secrets.token_bytes(32))
        supervisor.start()
        threading.Thread(target=supervisor.watch, daemon=True, name="writer-watch").start()
        print(f"geokg: serving {where} on http://{settings.host}:{settings.port}/ "
              f"({settings.workers} workers, query timeout {settings.query_timeout:g} s)", file=sys.stderr)
        GeokgServer(settings, rundir).run()
    finally:
        supervisor.stop()
        shutil.rmtree(rundir, ignore_errors=True)
