"""The ontology as people read it (classes, properties, roles) and as machines fetch it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from geokg import ontology
from geokg.namespaces import ONTOLOGY_IRI, PREFIXES

GK = PREFIXES["gk"]
ROLE = URIRef(GK + "Role")
# how each kind of term is introduced on the page, in the order the page shows them
SECTIONS = (
    ("classes", "Classes", (OWL.Class,)),
    ("object-properties", "Object properties", (OWL.ObjectProperty,)),
    ("datatype-properties", "Datatype properties", (OWL.DatatypeProperty,)),
    ("annotation-properties", "Annotation properties", (OWL.AnnotationProperty,)),
    ("roles", "Roles (individuals of gk:Role)", (ROLE,)),
)
CHARACTERISTICS = {OWL.FunctionalProperty: "functional", OWL.SymmetricProperty: "symmetric",
                   OWL.TransitiveProperty: "transitive", OWL.InverseFunctionalProperty: "inverse functional"}
RELATED = (("subclass of", RDFS.subClassOf), ("subproperty of", RDFS.subPropertyOf), ("domain", RDFS.domain),
           ("range", RDFS.range), ("equivalent to", OWL.equivalentClass), ("equivalent to", OWL.equivalentProperty),
           ("inverse of", OWL.inverseOf), ("disjoint with", OWL.disjointWith), ("type", RDF.type),
           ("close match", SKOS.closeMatch), ("exact match", SKOS.exactMatch))


@dataclass
class TermDoc:
    name: str                # the local name
    iri: str
    label: str
    comment: str
    related: list[tuple[str, list[str]]] = field(default_factory=list)   # (relation, IRIs)
    characteristics: list[str] = field(default_factory=list)
    anchor: str = ""         # the fragment, /ontology#name; a punned term's second entry gets name-section


def _english(graph: Graph, s: URIRef, p: URIRef) -> str:
    values = list(graph.objects(s, p))
    values.sort(key=lambda o: (getattr(o, "language", None) not in (None, "en"), str(o)))
    return str(values[0]) if values else ""


@cache
def documentation() -> tuple[dict, list[tuple[str, str, list[TermDoc]]]]:
    """The ontology's header (label, comment, version) and its terms by section."""
    graph = ontology.load_ontology()
    head = URIRef(ONTOLOGY_IRI)
    header = {"iri": ONTOLOGY_IRI, "label": _english(graph, head, RDFS.label) or "geokg ontology",
              "comment": _english(graph, head, RDFS.comment),
              "version": _english(graph, head, OWL.versionInfo)}
    sections, placed, anchors = [], set(), set()
    for key, title, kinds in SECTIONS:
        terms = []
        for s in sorted({s for k in kinds for s in graph.subjects(RDF.type, k)}, key=str):
            if not isinstance(s, URIRef) or not str(s).startswith(GK) or (str(s), key) in placed:
                continue
            placed.add((str(s), key))
            doc = TermDoc(str(s)[len(GK):], str(s), _english(graph, s, RDFS.label), _english(graph, s, RDFS.comment))
            doc.anchor = doc.name if doc.name not in anchors else f"{doc.name}-{key}"
            anchors.add(doc.anchor)
            for name, p in RELATED:
                objs = sorted(str(o) for o in graph.objects(s, p) if isinstance(o, URIRef)
                              and o not in CHARACTERISTICS and o not in (OWL.Class, OWL.NamedIndividual,
                                                                        OWL.ObjectProperty, OWL.DatatypeProperty,
                                                                        OWL.AnnotationProperty))
                if objs:
                    doc.related.append((name, objs))
            doc.characteristics = sorted(v for k, v in CHARACTERISTICS.items() if (s, RDF.type, k) in graph)
            terms.append(doc)
        sections.append((key, title, terms))
    return header, sections


@cache
def serialized(format: str) -> bytes:
    """The ontology in an RDF format: the file itself for Turtle, converted by rdflib otherwise."""
    if format == "turtle":
        return ontology.path("geokg.ttl").read_bytes()
    rdflib_name = {"jsonld": "json-ld", "rdfxml": "xml", "ntriples": "nt"}[format]
    data = ontology.load_ontology().serialize(format=rdflib_name)
    return data.encode() if isinstance(data, str) else data
