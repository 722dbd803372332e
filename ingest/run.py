"""`geokg ingest`: read -> nlp -> extract -> link -> rdf -> write, with a progress bar and a summary.

Bad items never stop the run: each is listed at the end as `where: reason`, and the exit status
is 1 when there was any. Only errors that stop everything (the store locked or unwritable, the
server refusing the token, the model missing) leave as a GeokgError for the CLI to print.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import nullcontext
from functools import partial
from importlib.util import find_spec

import click

from ..settings import Settings
from .model import BadItem


def main(paths: Sequence[str], settings: Settings, workers: int = 1, server: str | None = None) -> int:
    """Ingest the articles at `paths` into the store (or a running server); the exit status."""
    from ..store import open_store
    from .pipeline import process
    from .read import count_articles, iter_articles
    from .write import Batcher, ServerWriter, StoreWriter

    # open the store first: a locked or unwritable store is reported before the model is loaded
    writer = ServerWriter(server, settings.token) if server else StoreWriter(open_store(settings))
    failures: list[BadItem] = []
    stored = 0
    finished = False
    # the reference graph is loaded while the workers start (with none, before the model loads)
    reference = partial(_ensure_reference, writer.store) if isinstance(writer, StoreWriter) else None
    try:
        batcher = Batcher(writer)
        total = count_articles(paths) if sys.stderr.isatty() else None
        bar = (click.progressbar(length=total, label="ingesting", file=sys.stderr, show_pos=True)
               if total else nullcontext())
        with bar:
            for result in process(iter_articles(paths), model=settings.model, workers=workers, meanwhile=reference):
                if isinstance(result, BadItem):
                    failures.append(result)
                else:
                    stored += len(batcher.add(result.article_id, result.graph, result.ntriples))
                if total:
                    bar.update(1)
            stored += len(batcher.flush())
        finished = True
    finally:
        writer.close()
        _summary(stored, failures, finished)
    return 1 if failures else 0


def _ensure_reference(store) -> None:
    """Load the reference graph (states, organisations, cities) when it is missing or outdated."""
    if find_spec(f"{__package__}.reference") is None:
        return
    from . import reference

    ensure = getattr(reference, "ensure_reference", None)   # the links work lands in steps
    if ensure is not None:
        ensure(store)


def _summary(stored: int, failures: list[BadItem], finished: bool) -> None:
    line = f"stored {stored} articles, {len(failures)} failed"
    if not finished:
        line += " before stopping"
    click.echo(line + (":" if failures else ""), err=True)
    for f in failures:
        click.echo(f"  {f.where}: {f.reason}", err=True)
