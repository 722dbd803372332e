"""The process engine: what a gunicorn worker of `geokg serve` uses on an embedded store.

Queries run in query processes (endpoint/reader.py) on read-only snapshots, one process per
request thread, killed and replaced when a query overruns --query-timeout. Writes go to the single
writer process (endpoint/writer.py) over a Unix socket. Answers are cached per worker
(endpoint/cache.py) under the data version the writer publishes.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import queue
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Client, Connection
from pathlib import Path
from typing import BinaryIO

from geokg import errors
from geokg.errors import QueryTimeoutError, StoreError
from geokg.settings import Settings
from geokg.store import QueryResult

from . import guard
from .cache import ResultCache, cache_key
from .engine import Engine
from .writer import POINTER, SOCKET, read_pointer

DUMP_CHUNK = 1 << 16
WRITER_WAIT = 10.0     # seconds a write waits for a restarted writer


def _error(name: str, message: str, hint: str) -> errors.GeokgError:
    cls = getattr(errors, name, StoreError)
    return cls(message, hint or None)


class QueryProcess:
    """One query process and the socket to it."""

    def __init__(self, union_default_graph: bool):
        ours, theirs = socket.socketpair()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "geokg.endpoint.reader", str(theirs.fileno()), "1" if union_default_graph else "0"],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())

    def call(self, op: str, snapshot: str, args: dict, timeout: float) -> tuple[tuple, bytes]:
        """Send one request and wait at most `timeout` seconds for its header and body."""
        self.conn.send_bytes(pickle.dumps((op, snapshot, args)))
        if not self.conn.poll(timeout):
            raise TimeoutError
        message = self.conn.recv_bytes()
        size = int.from_bytes(message[:4], "big")
        return pickle.loads(message[4:4 + size]), message[4 + size:]

    def kill(self) -> None:
        """Stop the process for real (a running query cannot be interrupted otherwise)."""
        self.proc.kill()
        self.proc.wait()
        self.conn.close()


class ProcessEngine(Engine):
    """Engine over a store directory served by a writer process and killable query processes."""

    def __init__(self, settings: Settings, rundir: str | Path):
        self.settings = settings
        self.rundir = Path(rundir)
        self.timeout = settings.query_timeout
        self.cache = ResultCache(settings.cache_size // max(1, settings.workers))
        self._idle: queue.LifoQueue[QueryProcess] = queue.LifoQueue()
        self._writer: Connection | None = None
        self._writer_lock = threading.Lock()
        self._authkey = (self.rundir / "authkey").read_bytes()
        self._pointer_path = str(self.rundir / POINTER)
        self._stamp: tuple = ()
        self._current: dict = {}
        self._count: tuple[str, int] = ("", 0)
        # started now, so the first query does not wait for Python and pyoxigraph to load
        self._idle.put(QueryProcess(settings.union_default_graph))

    # -- data version ------------------------------------------------------------------------

    def _pointer(self) -> dict:
        """The writer's current snapshot; re-read only when the pointer file was replaced."""
        try:
            st = os.stat(self._pointer_path)
            stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
            if stamp != self._stamp:
                self._current, self._stamp = read_pointer(self.rundir), stamp
            return self._current
        except (OSError, ValueError) as e:
            raise StoreError(f"the store is not being served ({e})", "Restart `geokg serve`.") from e

    def version(self) -> str:
        return self._pointer()["version"]

    def last_modified(self) -> float:
        return self._pointer()["modified"]

    # -- reading -------------------------------------------------------------------------------

    def _run(self, op: str, args: dict, pointer: dict | None = None) -> tuple[tuple, bytes]:
        """Run `op` in an idle query process; kill it on timeout; retry once if it died."""
        for attempt in (1, 2):
            snapshot = (pointer if pointer and attempt == 1 else self._pointer())["snapshot"]
            try:
                proc = self._idle.get_nowait()
            except queue.Empty:
                proc = QueryProcess(self.settings.union_default_graph)
            try:
                header, body = proc.call(op, snapshot, dict(args), self.timeout)
            except TimeoutError:
                proc.kill()
                self._idle.put(QueryProcess(self.settings.union_default_graph))  # warm for the next query
                raise QueryTimeoutError(f"the query ran longer than {self.timeout:g} s and was stopped") from None
            except (EOFError, OSError) as e:
                proc.kill()     # the process died (killed, out of memory): its query is retried once
                if attempt == 2:
                    raise StoreError(f"the query process died: {e}", "Try again; report it if it keeps happening.") from e
                continue
            self._idle.put(proc)
            if header[0] == "error":
                if header[1] == "StoreError" and attempt == 1:
                    continue    # the snapshot was replaced under us: once more on the new one
                raise _error(*header[1:])
            return header, body
        raise AssertionError("unreachable")

    def query(self, sparql: str, *, media_type: list[str], default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None) -> QueryResult:
        sparql = guard.check(sparql, self.settings)
        pointer = self._pointer()
        version = pointer["version"]
        key = cache_key(sparql, media_type, default_graphs, named_graphs, base_iri)
        hit = self.cache.get(key, version)
        if hit is not None:
            return hit
        header, body = self._run("query", {"sparql": sparql, "media_type": list(media_type),
                                           "default_graphs": default_graphs, "named_graphs": named_graphs,
                                           "base_iri": base_iri}, pointer)
        result = QueryResult(header[1], header[2], body)
        self.cache.put(key, version, result)
        return result

    def get_graph(self, graph: str | None, format: str) -> bytes | None:
        header, body = self._run("get_graph", {"graph": graph, "format": format})
        return body if header[1] else None

    def count(self) -> int:
        pointer = self._pointer()
        if self._count[0] != pointer["version"]:    # counting 850k quads takes a while: once per version
            self._count = (pointer["version"], self._run("count", {}, pointer)[0][1])
        return self._count[1]

    def _lock_snapshot(self) -> tuple[str, int]:
        """The current snapshot, locked so the writer cannot delete it (it may between read and lock)."""
        for _ in range(10):
            snapshot = self._pointer()["snapshot"]
            fd = os.open(snapshot + ".lock", os.O_RDONLY | os.O_CREAT, 0o600)
            fcntl.flock(fd, fcntl.LOCK_SH)
            if os.path.isdir(snapshot):
                return snapshot, fd
            os.close(fd)    # superseded and deleted meanwhile: take the newer one
        raise StoreError("the data changed too often to start a dump", "Try again.")

    def dump(self, output: BinaryIO, format: str) -> None:
        """Stream the whole store from a dump process reading the current snapshot."""
        snapshot, lock = self._lock_snapshot()
        union = "1" if self.settings.union_default_graph else "0"
        try:
            with subprocess.Popen([sys.executable, "-m", "geokg.endpoint.reader", "--dump", snapshot, format, union],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL) as proc:
                assert proc.stdout is not None and proc.stderr is not None
                try:
                    while chunk := proc.stdout.read(DUMP_CHUNK):
                        output.write(chunk)
                finally:
                    if proc.poll() is None:
                        proc.kill()     # the client went away: stop dumping
                    if proc.wait() not in (0, -9):
                        raise StoreError(f"dump failed: {proc.stderr.read().decode(errors='replace')[-500:]}")
        finally:
            os.close(lock)

    # -- writing -------------------------------------------------------------------------------

    def _connect(self) -> Connection:
        """The connection to the writer, waiting a few seconds if it is being restarted."""
        deadline = time.monotonic() + WRITER_WAIT
        while True:
            try:
                return Client(str(self.rundir / SOCKET), family="AF_UNIX", authkey=self._authkey)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def _write(self, op: str, *args, **kwargs):
        with self._writer_lock:
            for attempt in (1, 2):
                try:
                    if self._writer is None:
                        self._writer = self._connect()
                    self._writer.send((op, args, kwargs))
                    reply = self._writer.recv()
                    break
                except (EOFError, OSError) as e:
                    self._writer = None     # the writer restarted: reconnect once
                    if attempt == 2:
                        raise StoreError(f"the writer process is not answering: {e}",
                                         "Restart `geokg serve`; no committed write is lost.") from e
        if reply[0] == "error":
            raise _error(*reply[1:])
        return reply[1]

    def update(self, sparql: str, *, base_iri: str | None = None, using_graphs=None, using_named_graphs=None) -> None:
        # the writer's engine runs the guard again, on the text it is given
        self._write("update", sparql, base_iri=base_iri, using_graphs=using_graphs,
                    using_named_graphs=using_named_graphs)

    def put_graph(self, graph: str | None, data: bytes, format: str) -> bool:
        return self._write("put_graph", graph, data, format)

    def post_graph(self, graph: str | None, data: bytes, format: str) -> bool:
        return self._write("post_graph", graph, data, format)

    def delete_graph(self, graph: str | None) -> bool:
        return self._write("delete_graph", graph)

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        self._write("replace_graphs", graphs)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break
        if self._writer is not None:
            self._writer.close()
            self._writer = None
