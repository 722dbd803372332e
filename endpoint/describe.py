"""The SPARQL 1.1 service description of /sparql (https://www.w3.org/TR/sparql11-service-description/)."""

from __future__ import annotations

import pyoxigraph as ox
from flask import current_app

from geokg.formats import RDF_BY_MEDIA_TYPE, RESULTS_FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
                      "tsv": "SPARQL_Results_TSV"}
RDF_FORMAT_IRIS = ("Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG")


def service_description(endpoint_url: str, media_type: str) -> bytes:
    """The description of the service at endpoint_url, serialized in an RDF media type."""
    settings = current_app.config["GEOKG_SETTINGS"]
    languages = ["sd:SPARQL11Query"] + (["sd:SPARQL11Update"] if settings.enable_update else [])
    features = ["sd:BasicFederatedQuery"] + (["sd:UnionDefaultGraph"] if settings.union_default_graph else [])
    formats = [f"fmt:{RESULT_FORMAT_IRIS[n]}" for n in RESULTS_FORMATS] + [f"fmt:{n}" for n in RDF_FORMAT_IRIS]
    turtle = f"""
@prefix sd: <{SD}> . @prefix fmt: <{FORMATS}> .
@prefix dcterms: <http://purl.org/dc/terms/> .
[] a sd:Service ;
   sd:endpoint <{endpoint_url}> ;
   dcterms:title "geokg SPARQL endpoint" ;
   sd:supportedLanguage {", ".join(languages)} ;
   sd:feature {", ".join(features)} ;
   sd:resultFormat {", ".join(formats)} ;
   sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
   sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
    triples = [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
    fmt = RDF_BY_MEDIA_TYPE[media_type].oxigraph
    prefixes = {"sd": SD, "fmt": FORMATS} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(triples, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(triples, format=fmt)
