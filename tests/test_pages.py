"""The pages people and linked-data clients see: entity pages, the ontology, VoID and the query page.

Flask's test client on create_app over an in-memory store holding a small graph in the contract's
shape (written by hand below), and over a store filled by the real `geokg ingest` of the seed article.
"""

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from markupsafe import escape
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from geokg import ontology
from geokg.endpoint.app import create_app
from geokg.endpoint.engine import InProcessEngine
from geokg.settings import Settings
from geokg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "articles" / "iran-syria-2018-08-27.txt"
GK = Namespace("https://w3id.org/geokg/ontology#")
R = Namespace("https://w3id.org/geokg/resource/")
VOID = Namespace("http://rdfs.org/ns/void#")
EVIL = "<script>alert('x')</script> Front"
EVIL_SENTENCE = "<script>alert(1)</script> attacked Iran."

# a small graph in the shape of the RDF contract: the reference graph and one article's graph
SAMPLE = """
@prefix gk: <https://w3id.org/geokg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@base <https://w3id.org/geokg/resource/> .

<https://w3id.org/geokg/graph/reference> {
  <state/IR> a gk:State ; rdfs:label "Iran"@en ; skos:altLabel "Islamic Republic of Iran"@en ; gk:iso2 "IR" ;
    owl:sameAs <http://www.wikidata.org/entity/Q794> , <https://sws.geonames.org/130758/> , <http://dbpedia.org/resource/Iran> ;
    gk:capital <city/112931> .
  <state/SY> a gk:State ; rdfs:label "Syria"@en ; owl:sameAs <http://www.wikidata.org/entity/Q858> , <http://dbpedia.org/resource/Syria> .
  <city/112931> a gk:City ; rdfs:label "Tehran"@en ; gk:country <state/IR> ; owl:sameAs <https://sws.geonames.org/112931/> ;
    geo:hasGeometry [ geo:asWKT "POINT(51.42 35.69)"^^geo:wktLiteral ] .
  <org/evil> a gk:ArmedGroup ; rdfs:label "<script>alert('x')</script> Front"@en .
  <state/SY> gk:memberOf <org/arab-league> .
  <org/arab-league> a gk:InternationalOrganization ; rdfs:label "Arab League"@en .
}
<article/a1> {
  <article/a1> a gk:Article ; dcterms:identifier "a1" ; dcterms:title "Iran & Syria <b>talk</b>" ;
    dcterms:date "2018-08-27"^^xsd:date ; dcterms:source "Reuters" ; schema:url <http://example.org/a1> ;
    gk:mentions <state/IR> , <state/SY> , <person/amir-hatami> , <org/evil> .
  <state/IR> a gk:State ; rdfs:label "Iran"@en ; owl:sameAs <http://www.wikidata.org/entity/Q794> .
  <state/SY> a gk:State ; rdfs:label "Syria"@en .
  <person/amir-hatami> a gk:Person ; rdfs:label "Amir Hatami"@en ; skos:altLabel "Hatami"@en .
  <org/evil> a gk:ArmedGroup ; rdfs:label "<script>alert('x')</script> Front"@en .
  <holding/0001> a gk:PositionHolding ; gk:holder <person/amir-hatami> ; gk:role gk:DefenceMinister ;
    gk:jurisdiction <state/IR> ; gk:title "defence minister" ; gk:observedOn "2018-08-27"^^xsd:date ;
    gk:sentence "Iran defence minister Amir Hatami arrived in Syria." ; gk:startOffset 10 ; gk:endOffset 61 ;
    gk:confidence 0.9 ; prov:wasDerivedFrom <article/a1> ; prov:wasGeneratedBy <run/01> .
  <state/IR> gk:supports <state/SY> .
  <statement/0002> a gk:RelationStatement ; gk:subject <state/IR> ; gk:predicate gk:supports ; gk:object <state/SY> ;
    gk:cue "backing" ; gk:cameoCode "072" ; gk:sentence "Tehran has provided steady backing to Damascus." ;
    gk:confidence 0.8 ; prov:wasDerivedFrom <article/a1> ; prov:wasGeneratedBy <run/01> .
  <org/evil> gk:opposes <state/IR> .
  <statement/0003> a gk:RelationStatement ; gk:subject <org/evil> ; gk:predicate gk:opposes ; gk:object <state/IR> ;
    gk:sentence "<script>alert(1)</script> attacked Iran." ; gk:confidence 0.7 ; prov:wasDerivedFrom <article/a1> .
  <meeting/0004> a gk:Meeting ; gk:participant <person/amir-hatami> , <state/SY> ; gk:location <city/112931> ;
    gk:date "2018-08-26"^^xsd:date ; gk:sentence "Hatami met his counterpart in Damascus on Sunday." ;
    gk:confidence 0.75 ; prov:wasDerivedFrom <article/a1> .
  <run/01> a prov:Activity ; prov:used <article/a1> ; gk:model "en_core_web_sm 3.8.0" .
}
<article/a2> {
  <article/a2> a gk:Article ; dcterms:identifier "a2" ; dcterms:title "A hostile source" ;
    schema:url <javascript:alert(3)> ; gk:mentions <state/SY> .
  <state/SY> a gk:State ; rdfs:label "Syria"@en ; owl:sameAs <javascript:alert(4)> .
}
"""


def make_client(store):
    settings = Settings(store=store.location)
    return create_app(settings, engine=InProcessEngine(store, settings)).test_client()


@pytest.fixture(scope="module")
def client():
    store = open_store("memory:")
    store.load(io.BytesIO(SAMPLE.encode()), format="trig")
    return make_client(store)


@pytest.fixture(scope="module")
def sample():
    ds = Dataset()
    ds.parse(data=SAMPLE, format="trig")
    return ds


def html(client, path):
    response = client.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    return response, response.get_data(as_text=True)


def graph_of(response, fmt):
    return Graph().parse(data=response.get_data(), format=fmt)


# -- entity pages ----------------------------------------------------------------------------

def test_state_page_shows_labels_types_links_officials_and_relations(client):
    response, body = html(client, "/resource/state/IR")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "<h1>Iran</h1>" in body
    assert "Islamic Republic of Iran" in body
    assert 'href="http://www.wikidata.org/entity/Q794"' in body
    assert 'href="https://sws.geonames.org/130758/"' in body
    assert 'href="http://dbpedia.org/resource/Iran"' in body
    assert ">state<" in body  # the type, labelled from the ontology
    # an official of the state, with the role's label, the sentence and the article
    assert 'href="/resource/person/amir-hatami"' in body and "defence minister" in body
    assert "Iran defence minister Amir Hatami arrived in Syria." in body
    assert 'href="/resource/article/a1"' in body and str(escape("Iran & Syria <b>talk</b>")) in body
    assert 'href="http://example.org/a1"' in body
    # relations in both directions, each with its evidence
    assert 'href="/resource/state/SY"' in body and "Tehran has provided steady backing to Damascus." in body
    assert 'href="/resource/org/evil"' in body
    assert "Mentioned in 1 article" in body
    assert response.headers.get("Vary") == "Accept"


def test_person_page_shows_post_held_and_meeting(client):
    _, body = html(client, "/resource/person/amir-hatami")
    assert "<h1>Amir Hatami</h1>" in body
    section = body.split('id="posts"')[1].split("</section>")[0]
    assert "defence minister" in section and 'href="/resource/state/IR"' in section
    meetings = body.split('id="meetings"')[1].split("</section>")[0]
    assert "2018-08-26" in meetings and 'href="/resource/city/112931"' in meetings and ">Tehran<" in meetings
    assert "Hatami met his counterpart in Damascus on Sunday." in meetings


def test_reference_membership_without_evidence_is_shown(client):
    _, body = html(client, "/resource/org/arab-league")
    members = body.split('id="memberships"')[1].split("</section>")[0]
    assert 'href="/resource/state/SY"' in members and "1 member:" in members
    _, body = html(client, "/resource/state/SY")
    member_of = body.split('id="memberships"')[1].split("</section>")[0]
    assert 'href="/resource/org/arab-league"' in member_of and "Member of" in member_of


def test_article_page_shows_metadata_and_everything_extracted(client):
    response, body = html(client, "/resource/article/a1")
    assert response.status_code == 200
    assert str(escape("Iran & Syria <b>talk</b>")) in body and "<b>talk</b>" not in body
    assert "2018-08-27" in body and "Reuters" in body and 'href="http://example.org/a1"' in body
    mentioned = body.split('id="mentioned"')[1].split("</section>")[0]
    for entity in ("state/IR", "state/SY", "person/amir-hatami", "org/evil"):
        assert f'href="/resource/{entity}"' in mentioned
    assert "Iran defence minister Amir Hatami arrived in Syria." in body.split('id="posts"')[1]
    assert "Tehran has provided steady backing to Damascus." in body.split('id="relations"')[1]
    assert "Hatami met his counterpart in Damascus on Sunday." in body.split('id="meetings"')[1]


def test_blank_node_properties_are_shown(client):
    _, body = html(client, "/resource/city/112931")
    assert "POINT(51.42 35.69)" in body and "Tehran" in body


@pytest.mark.parametrize("path", ["/resource/org/evil", "/resource/state/IR", "/resource/article/a1",
                                  "/?query=" + quote("SELECT ?l WHERE { ?s ?p ?l FILTER(isLiteral(?l)) }")])
def test_labels_and_sentences_are_escaped(client, path):
    _, body = html(client, path)
    assert "<script>alert(" not in body
    assert str(escape(EVIL)) in body


@pytest.mark.parametrize("path", ["/resource/article/a2", "/resource/state/SY",
                                  "/?query=" + quote("SELECT ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }")])
def test_a_javascript_url_in_the_data_is_never_a_link(client, path):
    _, body = html(client, path)
    assert "javascript:alert(" in body  # shown as text
    assert not re.search(r"href=\"\s*javascript:", body, re.I)


def test_html_pages_forbid_foreign_and_inline_scripts(client):
    for path in ("/", "/resource/state/IR", "/ontology"):
        csp = html(client, path)[0].headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp


def test_evil_sentence_is_text(client):
    _, body = html(client, "/resource/org/evil")
    assert str(escape(EVIL_SENTENCE)) in body and EVIL_SENTENCE not in body


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_entity_rdf_by_accept(client, sample, accept, fmt):
    response = client.get("/resource/state/IR", headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == accept
    g = graph_of(response, fmt)
    iran = R["state/IR"]
    assert (iran, RDFS.label, Literal("Iran", lang="en")) in g
    assert (iran, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q794")) in g
    assert (iran, GK.supports, R["state/SY"]) in g
    assert (R["holding/0001"], GK.jurisdiction, iran) in g  # statements pointing at it too
    # everything said about it in any graph, and nothing that does not touch it
    expected = {(s, p, o) for s, p, o, _ in sample.quads((iran, None, None, None))}
    assert expected <= set(g)
    assert all(iran in (s, o) for s, p, o in g)


def test_entity_formats_agree(client):
    turtle = graph_of(client.get("/resource/city/112931", headers={"Accept": "text/turtle"}), "turtle")
    jsonld = graph_of(client.get("/resource/city/112931", headers={"Accept": "application/ld+json"}), "json-ld")
    ntriples = graph_of(client.get("/resource/city/112931?format=ntriples"), "nt")
    assert len(turtle) > 3 and isomorphic(turtle, jsonld) and isomorphic(turtle, ntriples)


def test_browser_accept_gets_html_and_any_gets_html(client):
    assert client.get("/resource/state/IR", headers={"Accept": "*/*"}).mimetype == "text/html"
    assert client.get("/resource/state/IR?format=turtle", headers={"Accept": "text/html"}).mimetype == "text/turtle"


@pytest.mark.parametrize("path", ["/resource/state/XX", "/resource/nothing/here", "/resource/a%3Eb%20c"])
def test_unknown_entity_is_404(client, path):
    response, body = html(client, path)
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "Nothing is known" in body
    machine = client.get(path, headers={"Accept": "text/turtle"})
    assert machine.status_code == 404
    assert machine.get_json()["error"]["status"] == 404


def test_unacceptable_media_type_is_406(client):
    assert client.get("/resource/state/IR", headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/resource/state/IR?format=pdf").status_code == 406


# -- the ontology --------------------------------------------------------------------------------

def test_ontology_html_has_an_anchor_and_label_per_term(client):
    response, body = html(client, "/ontology")
    assert response.status_code == 200
    onto = ontology.load_ontology()
    gk_terms = {s for s in onto.subjects(RDFS.label, None) if str(s).startswith(str(GK))}
    assert len(gk_terms) > 30
    for term in gk_terms:
        name = str(term)[len(str(GK)):]
        assert f'id="{name}"' in body, name
        label = onto.value(term, RDFS.label)
        assert str(escape(label)) in body
    for section in ("classes", "object-properties", "datatype-properties", "roles"):
        assert f'id="{section}"' in body
    roles = body.split('id="roles"')[1].split("</section>")[0]
    assert 'id="HeadOfState"' in roles and 'id="DefenceMinister"' in roles
    ids = re.findall(r'id="([^"]+)"', body)
    assert len(ids) == len(set(ids))  # a punned term (gk:Official) still has one anchor per entry


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/rdf+xml", "xml")])
def test_ontology_rdf_by_accept(client, accept, fmt):
    response = client.get("/ontology", headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == accept
    assert isomorphic(graph_of(response, fmt), ontology.load_ontology())


def test_term_links_point_at_ontology_anchors(client):
    _, body = html(client, "/resource/person/amir-hatami")
    assert 'href="/ontology#DefenceMinister"' in body and 'href="/ontology#Person"' in body


# -- VoID -----------------------------------------------------------------------------------------

def void_expectations(ds):
    triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    classes = {}
    for s, p, c in triples:
        if p == RDF.type:
            classes.setdefault(c, set()).add(s)
    links = {name: len({(s, o) for s, p, o in triples if p == OWL.sameAs and str(o).startswith(ns)})
             for name, ns in (("wikidata", "http://www.wikidata.org/entity/"), ("dbpedia", "http://dbpedia.org/resource/"),
                              ("geonames", "https://sws.geonames.org/"))}
    return triples, classes, links


def check_void(g, ds):
    triples, classes, links = void_expectations(ds)
    dataset = next(g.subjects(VOID.sparqlEndpoint, None))
    assert int(g.value(dataset, VOID.triples)) == len(triples)
    assert int(g.value(dataset, VOID.distinctSubjects)) == len({s for s, _, _ in triples})
    assert str(g.value(dataset, VOID.sparqlEndpoint)).endswith("/sparql")
    assert any(str(d).endswith("/dump.nq.gz") for d in g.objects(dataset, VOID.dataDump))
    partitions = {g.value(part, VOID["class"]): int(g.value(part, VOID.entities))
                  for part in g.objects(dataset, VOID.classPartition)}
    assert partitions == {c: len(members) for c, members in classes.items()}
    assert partitions[GK.Article] == int(g.value(dataset, VOID.documents))
    found = {}
    for linkset in g.subjects(RDF.type, VOID.Linkset):
        assert g.value(linkset, VOID.linkPredicate) == OWL.sameAs
        target = g.value(linkset, VOID.objectsTarget)
        space = str(g.value(target, VOID.uriSpace))
        name = next(n for n, ns in (("wikidata", "wikidata.org"), ("dbpedia", "dbpedia.org"), ("geonames", "geonames.org"))
                    if ns in space)
        found[name] = int(g.value(linkset, VOID.triples))
        assert (dataset, VOID.subset, linkset) in g
    assert found == links


def test_void_counts_match_the_data(client, sample):
    response = client.get("/.well-known/void")
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    g = graph_of(response, "turtle")
    check_void(g, sample)
    jsonld = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert jsonld.mimetype == "application/ld+json" and isomorphic(graph_of(jsonld, "json-ld"), g)


def test_void_html_for_people(client):
    response, body = html(client, "/.well-known/void?format=html")
    assert response.status_code == 200 and "Entities per class" in body


# -- the query page --------------------------------------------------------------------------------

QUERY = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
         "SELECT DISTINCT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label")


def test_query_page_runs_the_query_in_the_link(client, sample):
    response, body = html(client, "/?query=" + quote(QUERY))
    assert response.status_code == 200
    table = body.split('id="result-table"')[1].split("</table>")[0]
    labels = {str(o) for _, _, o, _ in sample.quads((None, RDFS.label, None, None))}
    assert table.count("<tr>") == len({(s, o) for s, _, o, _ in sample.quads((None, RDFS.label, None, None))}) + 1
    for label in labels:
        assert str(escape(label)) in table
    assert "<script>alert(" not in body
    assert 'href="/resource/state/IR"' in table  # geokg IRIs link to their local page
    assert str(escape(QUERY)) in body  # the query stays in the editor


def test_sparql_sends_a_browser_to_the_query_page(client):
    response = client.get("/sparql?query=" + quote(QUERY), headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 303
    page = client.get(response.headers["Location"], headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'id="result-table"' in page.get_data(as_text=True)


def test_head_of_an_entity(client):
    response = client.head("/resource/state/IR", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    assert client.head("/resource/state/XX").status_code == 404


def test_query_page_offers_downloads_in_each_format(client):
    _, body = html(client, "/?query=" + quote(QUERY))
    links = dict(_downloads(body))
    assert set(links) == {"JSON", "XML", "CSV", "TSV"}
    for link in links.values():
        assert urlsplit(link).path == "/sparql" and parse_qs(urlsplit(link).query)["query"] == [QUERY]
    _, body = html(client, "/?query=" + quote("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"))
    assert {"Turtle", "N-Triples", "JSON-LD"} <= set(dict(_downloads(body)))


def _downloads(body):
    for m in re.finditer(r'<a class="download" data-format="([^"]+)" href="([^"]+)"', body):
        yield m.group(1), m.group(2).replace("&amp;", "&")


@pytest.mark.parametrize("label,media", [("JSON", "application/sparql-results+json"),
                                         ("XML", "application/sparql-results+xml"),
                                         ("CSV", "text/csv"), ("TSV", "text/tab-separated-values")])
def test_download_links_answer_in_their_format(client, label, media):
    _, body = html(client, "/?query=" + quote(QUERY))
    link = dict(_downloads(body))[label]
    # a browser following a link sends its usual Accept: the format in the link must win
    response = client.get(link, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.mimetype == media
    assert "Iran" in response.get_data(as_text=True)


def test_query_page_says_when_it_shows_only_the_first_rows(client):
    from geokg.endpoint.results import SHOWN_ROWS
    n = 45
    values = " ".join(str(i) for i in range(n))
    _, body = html(client, "/?query=" + quote(f"SELECT ?x ?y WHERE {{ VALUES ?x {{ {values} }} VALUES ?y {{ {values} }} }}"))
    assert n * n > SHOWN_ROWS
    table = body.split('id="result-table"')[1].split("</table>")[0]
    assert table.count("<tr>") == SHOWN_ROWS + 1
    count = body.split('id="result-count">')[1].split("</span>")[0]
    assert f"{n * n} results" in count and f"first {SHOWN_ROWS}" in count


def test_query_page_shows_graph_results_and_ask(client):
    _, body = html(client, "/?query=" + quote("CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } "
                                             "WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"))
    assert "?subject" not in body and ">subject<" in body and "Amir Hatami" in body
    _, body = html(client, "/?query=" + quote("ASK { ?s a <https://w3id.org/geokg/ontology#State> }"))
    assert "ASK: true" in body


def test_query_page_reports_a_syntax_error(client):
    response, body = html(client, "/?query=" + quote("SELECT ?x WHERE { ?x"))
    assert response.status_code == 400 and 'class="error"' in body
    assert 'id="result-table"' not in body


def test_query_page_refuses_service_outside_the_allow_list(client):
    response, body = html(client, "/?query=" + quote("SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }"))
    assert response.status_code == 403 and 'class="error"' in body


def test_query_text_is_escaped_in_the_editor(client):
    evil = "</textarea><script>alert(2)</script>"
    _, body = html(client, "/?query=" + quote("SELECT * WHERE { ?s ?p ?o } # " + evil))
    assert evil not in body and str(escape(evil)) in body


def test_query_page_long_query_by_post(client):
    response = client.post("/", data={"query": QUERY + " " * 9000}, headers={"Accept": "text/html"})
    assert response.status_code == 200 and 'id="result-table"' in response.get_data(as_text=True)


def test_query_page_links_to_itself(client):
    _, body = html(client, "/?query=" + quote(QUERY))
    link = re.search(r'id="permalink" href="([^"]+)"', body).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query)["query"] == [QUERY]


def test_example_queries_are_offered_and_run(client):
    examples = ontology.example_queries()
    if not examples:
        pytest.skip("no example queries in ontology/queries")
    _, body = html(client, "/")
    for name in examples:
        assert f'data-name="{name}"' in body
    name = next(n for n, text in examples.items() if "SERVICE" not in text)
    response, body = html(client, f"/?example={name}")
    assert response.status_code == 200 and str(escape(examples[name].strip())) in body
    assert 'id="result-count"' in body  # it ran
    federated = [n for n, text in examples.items() if "SERVICE" in text]
    for name in federated:  # loaded, never run by a click: it would wait on the network
        _, body = html(client, f"/?example={name}")
        assert 'id="result-count"' not in body and 'class="error"' not in body


def test_static_assets_are_served_locally(client):
    _, body = html(client, "/")
    assert "http://" not in body.split("<body")[0] and "https://" not in body.split("<body")[0]
    for asset in ("geokg.css", "sparql-editor.js"):
        assert client.get(f"/assets/{asset}").status_code == 200


# -- the real ingest of the seed article ------------------------------------------------------------

@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    geokg = Path(sys.executable).with_name("geokg")
    if not geokg.exists():
        geokg = shutil.which("geokg")
    if not geokg:
        pytest.skip("the geokg command is not installed")
    store_dir = tmp_path_factory.mktemp("seed") / "store"
    run = subprocess.run([str(geokg), "ingest", str(SEED), "--store", str(store_dir)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    dump = subprocess.run([str(geokg), "dump", "--store", str(store_dir), "--format", "nquads"],
                          capture_output=True, timeout=120)
    assert dump.returncode == 0, dump.stderr
    ds = Dataset(default_union=True)  # read as the endpoint does: the union of all graphs
    ds.parse(data=dump.stdout, format="nquads")
    store = open_store(str(store_dir))
    yield make_client(store), ds
    store.close()


def test_seed_article_pages(seeded):
    client, ds = seeded
    articles = set(ds.subjects(RDF.type, GK.Article))
    assert len(articles) == 1
    article = next(iter(articles))
    response, body = html(client, "/resource/" + str(article)[len(str(R)):])
    assert response.status_code == 200
    for entity in set(ds.objects(article, GK.mentions)):
        assert f'href="/resource/{str(entity)[len(str(R)):]}"' in body
    holdings = list(ds.subjects(RDF.type, GK.PositionHolding))
    assert holdings, "the seed article yields posts"
    for h in holdings:
        holder = ds.value(h, GK.holder)
        _, page = html(client, "/resource/" + str(holder)[len(str(R)):])
        posts = page.split('id="posts"')[1].split("</section>")[0]
        assert str(escape(ds.value(h, GK.sentence))) in posts
        assert f'href="/ontology#{str(ds.value(h, GK.role))[len(str(GK)):]}"' in posts
        assert f'href="/resource/{str(article)[len(str(R)):]}"' in posts


def test_seed_entities_in_turtle(seeded):
    client, ds = seeded
    mentioned = set(ds.objects(None, GK.mentions))
    states = mentioned & set(ds.subjects(RDF.type, GK.State))
    assert states
    for entity in states:
        response = client.get("/resource/" + str(entity)[len(str(R)):], headers={"Accept": "text/turtle"})
        g = graph_of(response, "turtle")
        assert {(s, p, o) for s, p, o, _ in ds.quads((entity, None, None, None))} <= set(g)


def test_seed_void(seeded):
    client, ds = seeded
    check_void(graph_of(client.get("/.well-known/void"), "turtle"), ds)
    data = json.loads(client.get("/.well-known/void", headers={"Accept": "application/ld+json"}).get_data())
    assert data
