"""The writer process: the one process holding the embedded store read-write while `geokg serve` runs.

gunicorn workers send it writes (SPARQL Update, Graph Store writes, article graphs) over a Unix
socket. After every write it takes a snapshot of the store (a RocksDB checkpoint: hard links, about
10 ms) and points `RUNDIR/current` at it; query processes open snapshots read-only, so no reader
ever opens files a writer is changing, and a reader sees each write (one transaction) whole or not
at all. A snapshot is deleted once it is superseded and no reader holds its lock.
"""

from __future__ import annotations

import dataclasses
import fcntl
import importlib
import importlib.util
import json
import os
import shutil
import signal
import sys
import threading
import time
from multiprocessing import AuthenticationError
from multiprocessing.connection import Connection, Listener
from pathlib import Path

from geokg.errors import GeokgError
from geokg.settings import Settings
from geokg.store.oxigraph import VERSION_FILE, OxigraphStore

from .reader import die_with_parent

WRITE_OPS = frozenset({"update", "put_graph", "post_graph", "delete_graph", "replace_graphs"})
SOCKET = "writer.sock"
POINTER = "current"


def settings_to_json(settings: Settings) -> str:
    """Settings as JSON for the processes `geokg serve` starts (extra is left out)."""
    values = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings) if f.name != "extra"}
    return json.dumps(values)


def settings_from_json(text: str) -> Settings:
    """The inverse of settings_to_json."""
    values = json.loads(text)
    return Settings(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


def read_pointer(rundir: str | Path) -> dict:
    """The current snapshot: {"version", "snapshot", "modified"} as the writer last wrote it."""
    return json.loads((Path(rundir) / POINTER).read_text())


class Writer:
    """Owns the read-write store, applies writes one at a time and publishes snapshots."""

    def __init__(self, settings: Settings, rundir: Path, snapdir: Path):
        from .engine import InProcessEngine

        self.rundir, self.snapdir = rundir, snapdir
        self.store = OxigraphStore(settings.store, union_default_graph=settings.union_default_graph)
        self.engine = InProcessEngine(self.store, settings=settings)
        self.lock = threading.Lock()
        self.snapdir.mkdir(parents=True, exist_ok=True)
        # a restarted writer goes on numbering after the snapshots its predecessor left
        self.seq = max((int(p.name[1:]) for p in self.snapdir.glob("s*[0-9]")), default=0)

    def ensure_reference(self) -> None:
        """Load geokg's reference graph when the links stage provides one and the store lacks it."""
        if importlib.util.find_spec("geokg.ingest.reference") is None:
            return      # the links stage is not installed: serve the store as it is
        ensure_reference = getattr(importlib.import_module("geokg.ingest.reference"), "ensure_reference", None)
        if ensure_reference is not None:
            ensure_reference(self.store)

    def publish(self) -> None:
        """Snapshot the store and point readers at it; delete unused older snapshots."""
        self.seq += 1
        path = self.snapdir / f"s{self.seq:08d}"
        self.store.oxigraph.backup(str(path))
        # the store's own version token (changed by every write) keeps ETags valid across restarts
        try:
            modified = os.stat(Path(self.store.location) / VERSION_FILE).st_mtime
        except OSError:
            modified = time.time()
        pointer = {"version": self.store.version(), "snapshot": str(path), "modified": modified}
        tmp = self.rundir / (POINTER + ".tmp")
        tmp.write_text(json.dumps(pointer))
        os.replace(tmp, self.rundir / POINTER)
        # the one before stays too: a worker may have read the pointer just before it changed
        self.prune(keep={path.name, f"s{self.seq - 1:08d}"})

    def prune(self, keep: set[str]) -> None:
        """Delete every snapshot not in `keep` that no reader has locked."""
        for entry in sorted(self.snapdir.iterdir()):
            name = entry.name.removesuffix(".lock")
            if name in keep or not entry.is_dir():
                if entry.suffix == ".lock" and not (self.snapdir / name).exists():
                    entry.unlink(missing_ok=True)   # a reader's lock of a snapshot already gone
                continue
            lock = os.open(str(entry) + ".lock", os.O_RDONLY | os.O_CREAT, 0o600)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                # deleted while locked: a reader waiting for the lock then finds no snapshot, never half of one
                shutil.rmtree(entry, ignore_errors=True)
                Path(str(entry) + ".lock").unlink(missing_ok=True)
            except BlockingIOError:
                pass        # a query process is reading it; try again after the next write
            finally:
                os.close(lock)

    def apply(self, op: str, args: tuple, kwargs: dict):
        """Run one write operation of the Engine interface, then publish the new data."""
        if op not in WRITE_OPS:
            raise ValueError(f"unknown write operation {op!r}")
        with self.lock:
            result = getattr(self.engine, op)(*args, **kwargs)
            self.publish()      # only after a write that succeeded: a failed one changed nothing
            return result

    def handle(self, conn: Connection) -> None:
        """Answer one worker's requests until it disconnects."""
        with conn:
            while True:
                try:
                    op, args, kwargs = conn.recv()
                except (EOFError, OSError):
                    return
                try:
                    reply = ("ok", self.apply(op, args, kwargs))
                except GeokgError as e:
                    reply = ("error", type(e).__name__, e.message, e.hint)
                except (OSError, ValueError, TypeError, RuntimeError) as e:
                    reply = ("error", "StoreError", f"write failed: {e}", "")
                conn.send(reply)

    def close(self) -> None:
        """Flush and release the store; remove the snapshots."""
        with self.lock:
            self.store.close()
        shutil.rmtree(self.snapdir, ignore_errors=True)


def main(argv: list[str]) -> None:
    """Entry point: `python -m geokg.endpoint.writer RUNDIR SNAPDIR` (settings and key in RUNDIR)."""
    rundir, snapdir = Path(argv[0]), Path(argv[1])
    settings = settings_from_json((rundir / "settings.json").read_text())
    authkey = (rundir / "authkey").read_bytes()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    die_with_parent(signal.SIGTERM)     # a killed `geokg serve` must not leave the store locked
    try:
        writer = Writer(settings, rundir, snapdir)
        writer.ensure_reference()
    except GeokgError as e:
        failure = {"class": type(e).__name__, "message": e.message, "hint": e.hint}
        (rundir / "failed").write_text(json.dumps(failure))
        sys.exit(1)
    try:
        writer.publish()
        (rundir / SOCKET).unlink(missing_ok=True)
        with Listener(str(rundir / SOCKET), family="AF_UNIX", authkey=authkey) as listener:
            (rundir / "ready").write_text(str(os.getpid()))
            while True:
                try:
                    conn = listener.accept()
                except (OSError, EOFError, AuthenticationError):
                    continue    # a client that failed the handshake
                threading.Thread(target=writer.handle, args=(conn,), daemon=True).start()
    finally:
        writer.close()


if __name__ == "__main__":
    main(sys.argv[1:])
