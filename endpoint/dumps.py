"""/dump.ttl, .nt, .nq, .trig, .jsonld (each also .gz): the whole dataset, streamed in constant memory.

A thread runs Engine.dump into a small bounded queue and the response yields from it, so at most
QUEUE_CHUNKS * CHUNK bytes are held whatever the size of the store. ETag and Last-Modified come
from the data version, so mirrors can ask If-None-Match / If-Modified-Since and get 304.
"""

from __future__ import annotations

import gzip
import io
import queue
import threading
from collections.abc import Iterator

from flask import Blueprint, Response, abort, request

from geokg.formats import RDF_FORMATS

from .engine import Engine, get_engine

bp = Blueprint("dumps", __name__)
DUMPS = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "jsonld": "jsonld"}
CHUNK = 64 * 1024
QUEUE_CHUNKS = 16
_END = object()


class _Cancelled(Exception):
    """The client went away; the dumping thread stops."""


class _QueueWriter(io.RawIOBase):
    """A binary stream whose writes go into a bounded queue (blocking while the client is slow)."""

    def __init__(self, chunks: queue.Queue, cancelled: threading.Event):
        self.chunks, self.cancelled = chunks, cancelled

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        while not self.cancelled.is_set():
            try:
                self.chunks.put(data, timeout=0.5)
                return len(data)
            except queue.Full:
                continue
        raise _Cancelled()


def stream_dump(engine: Engine, format: str, *, compress: bool) -> Iterator[bytes]:
    """Yield the dump of the whole dataset in chunks; the dump starts on the first chunk asked for."""
    chunks: queue.Queue = queue.Queue(maxsize=QUEUE_CHUNKS)
    cancelled = threading.Event()
    errors: list[BaseException] = []

    def produce() -> None:
        buffered = io.BufferedWriter(_QueueWriter(chunks, cancelled), buffer_size=CHUNK)
        try:
            if compress:
                with gzip.GzipFile(fileobj=buffered, mode="wb", compresslevel=6, mtime=0) as zipped:
                    engine.dump(zipped, format)
            else:
                engine.dump(buffered, format)
            buffered.flush()
        except _Cancelled:
            return
        except BaseException as e:  # noqa: BLE001 - handed to the response thread, which re-raises it
            errors.append(e)
        while not cancelled.is_set():
            try:
                chunks.put(_END, timeout=0.5)
                return
            except queue.Full:
                continue

    thread = threading.Thread(target=produce, name="geokg-dump", daemon=True)
    thread.start()
    try:
        while (chunk := chunks.get()) is not _END:
            yield chunk
        if errors:
            raise errors[0]
    finally:
        cancelled.set()


@bp.route("/dump.<ext>")
@bp.route("/dump.<ext>.gz", defaults={"gz": True})
def dump(ext: str, gz: bool = False) -> Response:
    """The whole dataset in one RDF format, optionally gzipped."""
    if ext not in DUMPS:
        abort(404, f"no dump in .{ext}: try one of {', '.join('/dump.' + e for e in DUMPS)}")
    engine = get_engine()
    fmt = RDF_FORMATS[DUMPS[ext]]
    filename = f"geokg.{ext}" + (".gz" if gz else "")
    # the stream starts on its first chunk, so a 304 or a HEAD never starts a dump
    response = Response(stream_dump(engine, fmt.name, compress=gz),
                        content_type="application/gzip" if gz else f"{fmt.media_type}; charset=utf-8",
                        headers={"Content-Disposition": f'inline; filename="{filename}"'})
    response.set_etag(f"{engine.version()}-{ext}{'-gz' if gz else ''}")
    response.last_modified = int(engine.last_modified())
    response.cache_control.no_cache = True  # revalidate with the ETag every time: the data can change
    response.implicit_sequence_conversion = False  # else make_conditional reads the whole dump to count it
    return response.make_conditional(request)
