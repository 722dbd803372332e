"""RDF and SPARQL result formats: names, media types, file extensions and Oxigraph's enums."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from .errors import UsageError


@dataclass(frozen=True)
class RdfFormat:
    name: str
    media_type: str
    extension: str
    oxigraph: ox.RdfFormat
    quads: bool  # can carry named graphs


@dataclass(frozen=True)
class ResultsFormat:
    name: str
    media_type: str
    extension: str
    oxigraph: ox.QueryResultsFormat


RDF_FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", "text/turtle", "ttl", ox.RdfFormat.TURTLE, False),
    RdfFormat("ntriples", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES, False),
    RdfFormat("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS, True),
    RdfFormat("trig", "application/trig", "trig", ox.RdfFormat.TRIG, True),
    RdfFormat("jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD, True),
    RdfFormat("rdfxml", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, False),
)}

RESULTS_FORMATS: dict[str, ResultsFormat] = {f.name: f for f in (
    ResultsFormat("json", "application/sparql-results+json", "srj", ox.QueryResultsFormat.JSON),
    ResultsFormat("xml", "application/sparql-results+xml", "srx", ox.QueryResultsFormat.XML),
    ResultsFormat("csv", "text/csv", "csv", ox.QueryResultsFormat.CSV),
    ResultsFormat("tsv", "text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV),
)}

# file extensions `geokg load` understands (each also with .gz)
EXTENSIONS = {
    "ttl": "turtle", "turtle": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig",
    "jsonld": "jsonld", "json": "jsonld", "rdf": "rdfxml", "owl": "rdfxml", "xml": "rdfxml",
}

RDF_BY_MEDIA_TYPE = {f.media_type: f for f in RDF_FORMATS.values()} | {
    "application/x-turtle": RDF_FORMATS["turtle"],
    "text/plain": RDF_FORMATS["ntriples"],
    "application/json": RDF_FORMATS["jsonld"],
    "application/xml": RDF_FORMATS["rdfxml"],
    "text/xml": RDF_FORMATS["rdfxml"],
    "text/x-nquads": RDF_FORMATS["nquads"],
}
RESULTS_BY_MEDIA_TYPE = {f.media_type: f for f in RESULTS_FORMATS.values()} | {
    "application/json": RESULTS_FORMATS["json"],
    "application/xml": RESULTS_FORMATS["xml"],
    "text/xml": RESULTS_FORMATS["xml"],
}


def rdf_format(name: str) -> RdfFormat:
    """The RDF format called `name` (turtle, ntriples, nquads, trig, jsonld, rdfxml)."""
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise UsageError(f"unknown RDF format {name!r}",
                         f"Use one of: {', '.join(RDF_FORMATS)}.") from None


def format_of_path(path: str) -> tuple[RdfFormat, bool]:
    """The RDF format of a file by its extension, and whether it is gzipped."""
    name = path.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    if ext not in EXTENSIONS:
        raise UsageError(f"{path}: cannot tell the RDF format from the extension {('.' + ext) if ext else '(none)'}",
                         "Use .ttl .nt .nq .trig .jsonld .rdf or .owl, each optionally with .gz.")
    return RDF_FORMATS[EXTENSIONS[ext]], gz
