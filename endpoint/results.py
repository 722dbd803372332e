"""The query page's answers: a query run through the engine and read into a table of Terms."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from geokg import ontology

from .engine import get_engine
from .view import SPARQL_JSON, Term

SHOWN_ROWS = 1000   # rows the page shows; the page says how many more there are and offers downloads
NTRIPLES = "application/n-triples"
# download links: (label, format name the /sparql endpoint takes) per kind of answer
DOWNLOADS = {
    "solutions": (("JSON", "json"), ("XML", "xml"), ("CSV", "csv"), ("TSV", "tsv")),
    "boolean": (("JSON", "json"), ("XML", "xml"), ("CSV", "csv"), ("TSV", "tsv")),
    "graph": (("Turtle", "turtle"), ("N-Triples", "ntriples"), ("JSON-LD", "jsonld"), ("RDF/XML", "rdfxml")),
}
EXTENSIONS = {"json": "srj", "xml": "srx", "csv": "csv", "tsv": "tsv", "turtle": "ttl", "ntriples": "nt",
              "jsonld": "jsonld", "rdfxml": "rdf"}


@dataclass
class Table:
    kind: str                       # solutions, boolean or graph
    columns: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    total: int = 0
    boolean: bool | None = None


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    text: str
    federated: bool


def run(sparql: str) -> Table:
    """Run a query and read at most SHOWN_ROWS of its answer; total counts them all.

    The answer is read lazily by pyoxigraph: a query answering a million rows costs the page
    the count, not a million rows in memory.
    """
    result = get_engine().query(sparql, media_type=[SPARQL_JSON, NTRIPLES])
    if result.kind == "graph":
        triples = iter(ox.parse(result.body, format=ox.RdfFormat.N_TRIPLES))
        table = Table("graph", ["subject", "predicate", "object"])
        table.rows = [[_term(t.subject), _term(t.predicate), _term(t.object)]
                      for t in itertools.islice(triples, SHOWN_ROWS)]
        table.total = len(table.rows) + sum(1 for _ in triples)
        return table
    parsed = ox.parse_query_results(result.body, format=ox.QueryResultsFormat.JSON)
    if isinstance(parsed, ox.QueryBoolean):
        return Table("boolean", ["result"], total=1, boolean=bool(parsed))
    columns = _head_vars(result.body) or [v.value for v in parsed.variables]
    table = Table("solutions", columns)
    table.rows = [[_term(row[c]) if row[c] is not None else None for c in columns]
                  for row in itertools.islice(parsed, SHOWN_ROWS)]
    table.total = len(table.rows) + sum(1 for _ in parsed)
    return table


def _head_vars(body: bytes) -> list[str]:
    """The variables in the order of the JSON head (pyoxigraph's parser does not keep it), if the head comes first."""
    end = body.find(b'"results"')
    try:
        head = json.loads(body[:end].rstrip().rstrip(b",") + b"}") if end > 0 else {}
        return [str(v) for v in head.get("head", {}).get("vars", [])]
    except (ValueError, AttributeError):
        return []


def _term(node) -> Term:
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        return Term("literal", node.value, node.language, node.datatype.value if node.datatype else None)
    return Term("literal", str(node))  # an RDF-star triple term, shown as text


def examples() -> list[Example]:
    """The example queries of the ontology package (queries/*.rq); the first comment line is the title."""
    try:
        found = ontology.example_queries()
    except (OSError, AttributeError):
        return []
    out = []
    for name, text in found.items():
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        title = first.lstrip("#").strip() if first.startswith("#") else name.replace("_", " ")
        out.append(Example(name, title, text, bool(re.search(r"\bSERVICE\b", text, re.I))))
    return out


def download_name(fmt: str) -> str:
    """The file name a download is saved as."""
    return "geokg-results." + EXTENSIONS.get(fmt, fmt)

