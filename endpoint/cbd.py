"""An entity's RDF description for linked-data clients: a CBD-like CONSTRUCT through the engine."""

from __future__ import annotations

import pyoxigraph as ox

from geokg.namespaces import PREFIXES

from .engine import get_engine
from .entity import PROLOGUE, ROWS_READ
from .view import DISPLAY_PREFIXES

NTRIPLES = "application/n-triples"
PREFIXED = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD}
RDF_TYPE = PREFIXES["rdf"] + "type"
# geokg's IRIs and GeoNames' hold "/" after the namespace: as prefixed names they would need escapes
TURTLE_PREFIXES = {p: ns for p, ns in DISPLAY_PREFIXES.items() if p not in ("gkr", "gn")}


def description(iri: str, media_type: str) -> tuple[bytes, str]:
    """A CBD-like description of iri in an RDF media type: its own statements (blank nodes followed),
    and the statements that point at it except article mentions, which can run to thousands."""
    e = f"<{iri}>"
    query = PROLOGUE + f"""CONSTRUCT {{ {e} ?p ?o . ?o ?bp ?bo . ?s ?ip {e} }} WHERE {{
  {{ {e} ?p ?o . OPTIONAL {{ FILTER(isBlank(?o)) ?o ?bp ?bo }} }}
  UNION {{ SELECT DISTINCT ?s ?ip WHERE {{ ?s ?ip {e} FILTER(?ip != gk:mentions) }} LIMIT {ROWS_READ} }}
}}"""
    if media_type not in PREFIXED:
        result = get_engine().query(query, media_type=[media_type])
        return result.body, result.media_type
    # small enough to write again with prefixes, which people reading the Turtle will thank us for
    result = get_engine().query(query, media_type=[NTRIPLES])
    triples = list(ox.parse(result.body, format=ox.RdfFormat.N_TRIPLES))
    # the entity's own statements first, grouped by subject and predicate so they read as one block each
    triples.sort(key=lambda t: (t.subject.value != iri, str(t.subject), t.predicate.value != RDF_TYPE,
                                str(t.predicate), str(t.object)))
    return ox.serialize(triples, format=PREFIXED[media_type], prefixes=TURTLE_PREFIXES), media_type
