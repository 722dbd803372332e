"""The IRIs geokg mints and the vocabularies it writes with.

`GK` is a closed namespace: a misspelt term fails at import time, not in a query result.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/geokg/ontology"
RESOURCE = Namespace("https://w3id.org/geokg/resource/")
GRAPH = Namespace("https://w3id.org/geokg/graph/")
REFERENCE_GRAPH = URIRef(GRAPH["reference"])

WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
GEONAMES = Namespace("https://sws.geonames.org/")
DBR = Namespace("http://dbpedia.org/resource/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
CAMEO = Namespace("https://w3id.org/geokg/cameo/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES = {
    "gk": "https://w3id.org/geokg/ontology#",
    "gkr": str(RESOURCE),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": str(ORG),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "wdt": str(WDT),
}


class GK(DefinedNamespace):
    """The geokg ontology, https://w3id.org/geokg/ontology# (ontology/geokg.ttl)."""

    _NS = Namespace("https://w3id.org/geokg/ontology#")
    _fail = True

    # classes
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Official: URIRef
    Organization: URIRef
    InternationalOrganization: URIRef
    Alliance: URIRef
    ArmedGroup: URIRef
    PoliticalParty: URIRef
    GovernmentBody: URIRef
    Company: URIRef
    Place: URIRef
    City: URIRef
    Article: URIRef
    PositionHolding: URIRef
    Meeting: URIRef
    Role: URIRef
    Statement: URIRef
    RelationStatement: URIRef

    # object properties
    mentions: URIRef
    holder: URIRef
    role: URIRef
    jurisdiction: URIRef
    supports: URIRef
    alliedWith: URIRef
    opposes: URIRef
    memberOf: URIRef
    participant: URIRef
    location: URIRef
    capital: URIRef
    subject: URIRef
    object: URIRef
    predicate: URIRef
    article: URIRef
    country: URIRef

    # datatype properties
    date: URIRef
    observedOn: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    cue: URIRef
    cameoCode: URIRef
    ploverCode: URIRef
    surfaceForm: URIRef
    title: URIRef
    model: URIRef
    iso2: URIRef
    iso3: URIRef

    # roles (individuals of gk:Role)
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    ForeignMinister: URIRef
    DefenceMinister: URIRef
    Minister: URIRef
    Ambassador: URIRef
    MilitaryOfficer: URIRef
    Legislator: URIRef
    # gk:Official is both a class (a person holding a post) and, punned, the catch-all role
