"""The VoID description of the dataset: statistics computed from the store, endpoint, dumps, linksets."""

from __future__ import annotations

import weakref

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, XSD

from geokg.errors import QueryTimeoutError
from geokg.namespaces import ONTOLOGY_IRI, PREFIXES, RESOURCE, VOID

from .engine import get_engine
from .view import select

# the linked-data targets of owl:sameAs, each a void:Linkset with its own triple count
TARGETS = (
    ("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
    ("dbpedia", "DBpedia", "http://dbpedia.org/resource/", "https://dbpedia.org/"),
    ("geonames", "GeoNames", "https://sws.geonames.org/", "https://www.geonames.org/"),
)
DUMPS = ("dump.nq.gz", "dump.ttl.gz", "dump.nt.gz", "dump.trig.gz", "dump.jsonld.gz")


def _count(sparql: str) -> int | None:
    """A count, or None when the query overran the timeout (a huge store): VoID then omits that figure."""
    try:
        rows = select(sparql)
    except QueryTimeoutError:
        return None
    return int(rows[0]["n"].value) if rows and "n" in rows[0] else 0


# engine -> (data version, statistics): counting takes seconds on big stores, so once per change of data
_counted: "weakref.WeakKeyDictionary[object, tuple[str, dict]]" = weakref.WeakKeyDictionary()


def statistics() -> dict:
    """The numbers VoID reports, counted in the store (distinct triples across all graphs), kept until the data changes."""
    engine = get_engine()
    version = engine.version()
    if engine in _counted and _counted[engine][0] == version:
        return _counted[engine][1]
    stats = {
        # the union of all graphs repeats a triple stated in several articles: count each once
        "triples": _count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"),
        "subjects": _count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        "objects": _count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        "properties": _count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"),
        "entities": _count(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c "
                           f"FILTER(STRSTARTS(STR(?s), \"{RESOURCE}\")) }}"),
        "graphs": _count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g WHERE { GRAPH ?g { } } }"),
    }
    try:
        stats["classes"] = {r["c"].value: int(r["n"].value) for r in select(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c")}
    except QueryTimeoutError:
        stats["classes"] = None
    stats["linksets"] = {}
    for key, _, ns, _ in TARGETS:
        stats["linksets"][key] = _count(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{OWL.sameAs}> ?o "
            f"FILTER(STRSTARTS(STR(?o), \"{ns}\")) }} }}")
    complete = None not in (*stats.values(), *stats["linksets"].values())
    if complete:  # a figure that timed out is tried again next time
        _counted[engine] = (version, stats)
    return stats


def build(base_url: str, stats: dict) -> Graph:
    """The VoID graph for a service at base_url (ending in /)."""
    g = Graph()
    g.bind("void", VOID)
    g.bind("dcterms", DCTERMS)
    g.bind("foaf", FOAF)
    g.bind("gk", PREFIXES["gk"])
    here = URIRef(base_url + ".well-known/void")
    ds = URIRef(base_url + ".well-known/void#geokg")
    g.add((here, RDF.type, VOID.DatasetDescription))
    g.add((here, FOAF.primaryTopic, ds))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("geokg", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "An open geopolitical knowledge graph: states, officials and their posts, alliances, support, "
        "opposition and meetings extracted from news articles, each fact traced to its sentence.", lang="en")))
    g.add((ds, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((ds, FOAF.homepage, URIRef(base_url)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(base_url + "sparql")))
    for dump in DUMPS:
        g.add((ds, VOID.dataDump, URIRef(base_url + dump)))
    g.add((ds, VOID.uriSpace, Literal(str(RESOURCE))))
    g.add((ds, VOID.uriLookupEndpoint, URIRef(base_url + "resource/")))
    g.add((ds, VOID.vocabulary, URIRef(PREFIXES["gk"])))
    g.add((ds, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    g.add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/Turtle")))
    g.add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/N-Quads")))
    g.add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/JSON-LD")))
    for key, name in (("triples", VOID.triples), ("entities", VOID.entities), ("subjects", VOID.distinctSubjects),
                      ("objects", VOID.distinctObjects), ("properties", VOID.properties)):
        if stats[key] is not None:
            g.add((ds, name, Literal(stats[key], datatype=XSD.integer)))
    classes = stats["classes"] or {}
    if stats["classes"] is not None:
        # void:documents: the articles the facts were read from
        g.add((ds, VOID.documents, Literal(classes.get(PREFIXES["gk"] + "Article", 0), datatype=XSD.integer)))
    for cls, n in classes.items():
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for key, title, ns, homepage in TARGETS:
        target = URIRef(base_url + ".well-known/void#" + key)
        g.add((target, RDF.type, VOID.Dataset))
        g.add((target, DCTERMS.title, Literal(title)))
        g.add((target, FOAF.homepage, URIRef(homepage)))
        g.add((target, VOID.uriSpace, Literal(ns)))
        linkset = URIRef(base_url + ".well-known/void#links-" + key)
        g.add((linkset, RDF.type, VOID.Linkset))
        g.add((linkset, VOID.linkPredicate, OWL.sameAs))
        g.add((linkset, VOID.subjectsTarget, ds))
        g.add((linkset, VOID.objectsTarget, target))
        if stats["linksets"][key] is not None:
            g.add((linkset, VOID.triples, Literal(stats["linksets"][key], datatype=XSD.integer)))
        g.add((ds, VOID.subset, linkset))
    return g
