"""RDF terms as the pages show them: SELECT answers read into Terms, labels, prefixed names and links."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from flask import url_for
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from geokg.namespaces import PREFIXES, RESOURCE

from .engine import get_engine

GK_NS = PREFIXES["gk"]
SPARQL_JSON = "application/sparql-results+json"
# namespaces the pages shorten to prefix:name, beyond the ones geokg writes with
DISPLAY_PREFIXES = PREFIXES | {
    "geo": "http://www.opengis.net/ont/geosparql#",
    "wgs84": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "void": "http://rdfs.org/ns/void#",
    "dbr": "http://dbpedia.org/resource/",
    "gn": "https://sws.geonames.org/",
}
LINKED_SCHEMES = {"http", "https", "ftp", "mailto"}
# characters that may not appear inside a SPARQL IRIREF: an IRI holding one is never in the store
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@dataclass(frozen=True)
class Term:
    """One RDF term: kind is "uri", "literal" or "bnode"."""

    kind: str
    value: str
    lang: str | None = None
    datatype: str | None = None

    @property
    def is_iri(self) -> bool:
        return self.kind == "uri"

    def __str__(self) -> str:
        return self.value


def term_of(binding: dict) -> Term:
    """A Term from one SPARQL JSON results binding."""
    kind = binding["type"]
    if kind == "typed-literal":  # SPARQL JSON as some older servers write it
        kind = "literal"
    return Term(kind, binding["value"], binding.get("xml:lang"), binding.get("datatype"))


def select(sparql: str) -> list[dict[str, Term]]:
    """Run a SELECT through the engine (allow-list guard, cache) and read its rows."""
    result = get_engine().query(sparql, media_type=[SPARQL_JSON])
    data = json.loads(result.body)
    return [{k: term_of(v) for k, v in row.items()} for row in data.get("results", {}).get("bindings", [])]


def ask(sparql: str) -> bool:
    """Run an ASK through the engine."""
    result = get_engine().query(sparql, media_type=[SPARQL_JSON])
    return bool(json.loads(result.body).get("boolean"))


def iri_ok(iri: str) -> bool:
    """Whether an IRI can be written between <> in a query (others cannot be in the store)."""
    return bool(iri) and not _BAD_IRI.search(iri)


def prefixed(iri: str) -> str:
    """prefix:name for IRIs in a known namespace, else the IRI itself."""
    for prefix, ns in DISPLAY_PREFIXES.items():
        rest = iri[len(ns):]
        # geokg's own IRIs read well as gkr:state/IR, though a query would need the full IRI
        if iri.startswith(ns) and rest and (prefix == "gkr" or "/" not in rest.rstrip("/")):
            return f"{prefix}:{rest}"
    return iri


def href(iri: str) -> str | None:
    """Where a link to an IRI goes: local pages for geokg's own IRIs, the IRI itself for web
    addresses, and nowhere for other schemes (data may hold a javascript: URL: it must not become a link)."""
    if iri.startswith(str(RESOURCE)):
        return url_for("pages.resource", rest=iri[len(str(RESOURCE)):])
    if iri.startswith(GK_NS):
        return url_for("pages.ontology") + "#" + iri[len(GK_NS):]
    return iri if urlsplit(iri).scheme.lower() in LINKED_SCHEMES else None


@cache
def ontology_labels() -> dict[str, str]:
    """English labels of the ontology's terms (roles and classes are not always in the store)."""
    from geokg.ontology import load_ontology

    graph: Graph = load_ontology()
    labels: dict[str, str] = {}
    for s, o in graph.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and (getattr(o, "language", None) in (None, "en") or str(s) not in labels):
            labels[str(s)] = str(o)
    return labels


def best_label(literals: list[Term]) -> str | None:
    """The label to show from several: English first, then no language tag, then any."""
    def rank(t: Term) -> tuple:
        return (0 if t.lang == "en" else 1 if not t.lang else 2, t.value)
    return min(literals, key=rank).value if literals else None


def labels_of(iris: set[str]) -> dict[str, str]:
    """A display label for each IRI: rdfs:label, skos:prefLabel or (articles) dcterms:title in the store, else the ontology's."""
    labels = {i: l for i, l in ontology_labels().items() if i in iris}
    wanted = sorted(i for i in iris if iri_ok(i))
    found: dict[str, list[Term]] = {}
    for start in range(0, len(wanted), 200):  # VALUES blocks of a sane size
        values = " ".join(f"<{i}>" for i in wanted[start:start + 200])
        for row in select(f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?s {{ {values} }} "
                          f"?s <{RDFS.label}>|<{SKOS.prefLabel}>|<{DCTERMS.title}> ?l }}"):
            found.setdefault(row["s"].value, []).append(row["l"])
    labels.update({i: best_label(ls) for i, ls in found.items() if ls})
    return labels


def local_name(iri: str) -> str:
    """The last segment of an IRI, for things without a label."""
    return re.split(r"[/#]", iri.rstrip("/"))[-1] or iri
