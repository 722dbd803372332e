"""The query process: runs queries on a read-only snapshot of the store, where they can be killed.

A gunicorn worker starts one of these per request thread (`python -m geokg.endpoint.reader FD`)
and talks to it over a socket pair: it sends (op, snapshot, args), gets back a header and the
answer's bytes. pyoxigraph cannot interrupt a query, so a query that overruns the timeout is
stopped by killing this process; nothing is lost, because the snapshot is read-only.

`python -m geokg.endpoint.reader --dump SNAPSHOT FORMAT UNION` streams a dump to stdout instead.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import pickle
import signal
import sys
from multiprocessing.connection import Connection

from geokg.errors import GeokgError, StoreError
from geokg.store.oxigraph import OxigraphStore

from .engine import InProcessEngine

PR_SET_PDEATHSIG = 1


class SnapshotView:
    """A read-only store on one snapshot directory, holding a shared lock so it is not deleted."""

    def __init__(self, union_default_graph: bool):
        self.union_default_graph = union_default_graph
        self.path: str | None = None
        self.store: OxigraphStore | None = None
        self._lock_fd: int | None = None

    def use(self, path: str) -> OxigraphStore:
        """The store on snapshot `path`, reopened if it is not the one open now."""
        if path != self.path or self.store is None:
            self.close()
            # the lock is taken before opening: the writer deletes only snapshots nobody locks
            self._lock_fd = os.open(path + ".lock", os.O_RDONLY | os.O_CREAT, 0o600)
            fcntl.flock(self._lock_fd, fcntl.LOCK_SH)
            if not os.path.isdir(path):     # deleted between the worker reading the pointer and this lock
                raise StoreError(f"the snapshot {path} was replaced", "Run the query again.")
            self.store = OxigraphStore(path, read_only=True, union_default_graph=self.union_default_graph)
            self.path = path
        return self.store

    def close(self) -> None:
        """Release the store and its lock."""
        self.store = None
        self.path = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask Linux to send `sig` to this process when the one that started it dies (no orphans)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, sig)
    except (OSError, AttributeError):
        pass    # not Linux: an orphan stops at its next send instead
    if os.getppid() == 1:
        sys.exit(0)     # the parent died before the request above


def serve(conn: Connection, union_default_graph: bool) -> None:
    """Answer requests on `conn` until it closes."""
    view = SnapshotView(union_default_graph)
    while True:
        try:
            op, snapshot, args = pickle.loads(conn.recv_bytes())
        except EOFError:
            return
        try:
            store = view.use(snapshot)
            if op == "query":
                result = store.query(args.pop("sparql"), **args)
                header, body = ("ok", result.kind, result.media_type), result.body
            elif op == "get_graph":
                data = InProcessEngine(store).get_graph(args["graph"], args["format"])
                header, body = ("ok", data is not None), data or b""
            elif op == "count":
                header, body = ("ok", store.count()), b""
            else:
                raise ValueError(f"unknown operation {op!r}")
        except GeokgError as e:
            header, body = ("error", type(e).__name__, e.message, e.hint), b""
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            view.close()    # reopen next time: the snapshot may have been replaced
            header, body = ("error", "StoreError", f"query failed: {e}", ""), b""
        try:
            # one message, so the worker wakes once: header length, header, then the answer's bytes
            head = pickle.dumps(header)
            conn.send_bytes(len(head).to_bytes(4, "big") + head + body)
        except OSError:
            return      # the worker is gone


def dump(snapshot: str, fmt: str, union_default_graph: bool) -> None:
    """Stream the snapshot as `fmt` to stdout."""
    view = SnapshotView(union_default_graph)
    view.use(snapshot).dump(sys.stdout.buffer, format=fmt)
    sys.stdout.buffer.flush()


def main(argv: list[str]) -> None:
    """Entry point of the query and dump processes."""
    die_with_parent()
    if argv[0] == "--dump":
        dump(argv[1], argv[2], argv[3] == "1")
        return
    conn = Connection(int(argv[0]))
    serve(conn, argv[1] == "1")


if __name__ == "__main__":
    main(sys.argv[1:])
