"""Extraction -> N-Triples: the contract's graph, exactly; valid N-Triples; deterministic; contract terms."""

import dataclasses
import re
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from geokg.ingest.model import Article, Entity, Evidence, Extraction, Holding, Meeting, Membership, Relation
from geokg.ingest.rdf import article_iri, entity_iri, graph_of, slug, to_ntriples
from geokg.namespaces import GK

DATA = Path(__file__).resolve().parent / "data" / "ingest"
ROOT = Path(__file__).resolve().parents[1]


def sample_extraction():
    art = Article(id="iran-syria-2018-08-27", text="(not written)", title='Iran, Syria "sign" pact', date="2018-08-27",
                  url="https://example.org/news/iran syria", source="Reuters", origin="x.txt")
    met = Evidence("On Sunday, Iran defence minister Amir Hatami arrived in Syria and met his counterpart "
                   "Abdullah Ayoub.\n\n", 281, 384, 0.9, cue="met")
    weak = Evidence("Hatami, the defence minister, spoke.", 500, 536, 0.5)
    backing = Evidence("Tehran has provided steady political, financial and military backing to Syria.",
                       180, 259, 0.8, cue="backing")
    ties = Evidence("Syria and Iran have strong ties.", 600, 632, 0.75, cue="strong ties")
    return Extraction(
        article=art,
        entities=(
            Entity("state:IR", "state", "Iran", ("Tehran", "Iranian"), wikidata="Q794", geonames="130758",
                   dbpedia="Iran"),
            Entity("state:SY", "state", "Syria"),
            Entity("person:amir-hatami", "person", "Amir Hatami", ("Hatami",)),
            Entity("person:abdullah-ayoub", "person", "Abdullah Ayoub", ("Ayoub",)),
            Entity("city:damascus", "city", "Damascus", geonames="170654"),
            Entity("org:Hezbollah", "org", "Hezbollah", org_kind="armed_group"),
            Entity("org:United Nations", "org", "United Nations", ("UN",), org_kind="igo", wikidata="Q1065"),
        ),
        holdings=(
            Holding("person:amir-hatami", "DefenceMinister", "state:IR", "defence minister", met),
            Holding("person:amir-hatami", "DefenceMinister", "state:IR", "defence minister", weak),
            Holding("person:abdullah-ayoub", "DefenceMinister", "state:SY", "counterpart", met),
        ),
        relations=(
            Relation("supports", "state:IR", "state:SY", backing, cameo="072", plover="AID"),
            Relation("alliedWith", "state:SY", "state:IR", ties),
            Relation("opposes", "state:IR", "state:IR", backing),
            Relation("supports", "state:IR", "org:Hezbollah", backing, cameo="bogus", plover="aid"),
        ),
        meetings=(
            Meeting(("person:amir-hatami", "person:abdullah-ayoub"), "city:damascus", "2018-08-26", met),
            Meeting(("person:amir-hatami",), None, None, met),
        ),
        memberships=(Membership("state:SY", "org:United Nations",
                                Evidence("Syria is a UN member.", 700, 721, 0.6, cue="member")),),
        model="en_core_web_sm 3.8.0",
        extractor="geokg-0.1.0",
    )


def parse_nt(text):
    return rdflib.Graph().parse(data=text, format="nt")


def assert_isomorphic(got, expected):
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail("graphs differ\n--- only in the output:\n" + "\n".join(sorted(t.n3() for t in only_got))
                    + "\n--- only in the expected graph:\n" + "\n".join(sorted(t.n3() for t in only_expected)),
                    pytrace=False)


def test_the_contract_graph_exactly():
    graph, text = graph_of(sample_extraction())
    assert graph == "https://w3id.org/geokg/resource/article/iran-syria-2018-08-27"
    expected = rdflib.Graph().parse(DATA / "sample_extraction.ttl", format="turtle")
    assert_isomorphic(parse_nt(text), expected)


def test_parses_as_ntriples_by_rdflib_and_oxigraph():
    text = to_ntriples(sample_extraction())
    lines = text.splitlines()
    assert text.endswith("\n") and all(line.endswith(" .") for line in lines)
    assert len(parse_nt(text)) == len(lines)
    assert len(list(pyoxigraph.parse(text.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))) == len(lines)


def test_deterministic_and_sorted_whatever_the_order_of_the_facts():
    ex = sample_extraction()
    shuffled = dataclasses.replace(ex, entities=ex.entities[::-1], holdings=ex.holdings[::-1],
                                   relations=ex.relations[::-1], meetings=ex.meetings[::-1])
    a, b = to_ntriples(ex), to_ntriples(shuffled)
    assert a == b
    assert a.splitlines() == sorted(a.splitlines())
    assert not re.search(r"_:", a), "no blank nodes: re-ingesting must give the very same triples"


def test_contract_terms_are_in_the_ontology():
    used = {str(t) for triple in parse_nt(to_ntriples(sample_extraction())) for t in triple
            if str(t).startswith(str(GK._NS))}
    for term in used:
        GK[term.rsplit("#", 1)[1]]   # the closed namespace raises on a term it does not have
    ontology = ROOT / "ontology" / "geokg.ttl"
    if ontology.exists():
        onto = rdflib.Graph().parse(ontology, format="turtle")
        declared = {str(s) for s in onto.subjects()}
        assert used <= declared, f"not declared in ontology/geokg.ttl: {sorted(used - declared)}"
    for name in ("Article", "PositionHolding", "RelationStatement", "Meeting", "mentions", "holder", "role",
                 "jurisdiction", "supports", "alliedWith", "memberOf", "participant", "location", "date",
                 "observedOn", "sentence", "startOffset", "endOffset", "confidence", "cue", "cameoCode",
                 "ploverCode", "model", "title"):
        assert str(GK[name]) in used, name


def test_literals_are_escaped():
    ex = sample_extraction()
    nasty = 'back\\slash "quote"\nnew\ttab \u00e9\u2019 \U0001f600'
    ex = dataclasses.replace(ex, article=dataclasses.replace(ex.article, title=nasty))
    g = parse_nt(to_ntriples(ex))
    assert str(g.value(rdflib.URIRef(article_iri(ex.article.id)), rdflib.namespace.DCTERMS.title)) == nasty


def test_a_url_that_is_no_iri_is_left_out():
    ex = sample_extraction()
    ex = dataclasses.replace(ex, article=dataclasses.replace(ex.article, url="not a url"))
    assert "schema.org/url" not in to_ntriples(ex)


def test_facts_about_unlisted_entities_still_type_and_label_them():
    ev = Evidence("Assad met Putin.", 0, 16, 0.7)
    ex = Extraction(article=Article(id="a", text="Assad met Putin."),
                    meetings=(Meeting(("person:bashar-al-assad", "person:vladimir-putin"), None, None, ev),))
    g = parse_nt(to_ntriples(ex))
    assad = rdflib.URIRef(entity_iri("person:bashar-al-assad"))
    assert (assad, rdflib.RDF.type, GK.Person) in g
    assert str(g.value(assad, rdflib.RDFS.label)) == "Bashar Al Assad"


def test_unknown_role_is_official_and_no_date_means_no_observed_on():
    ev = Evidence("Spokesman X said.", 0, 17, 0.5)
    ex = Extraction(article=Article(id="b", text="Spokesman X said."),
                    entities=(Entity("person:x", "person", "X"),),
                    holdings=(Holding("person:x", "Spokesman", None, "spokesman", ev),))
    g = parse_nt(to_ntriples(ex))
    h = next(g.subjects(rdflib.RDF.type, GK.PositionHolding))
    assert g.value(h, GK.role) == GK.Official
    assert g.value(h, GK.observedOn) is None and g.value(h, GK.jurisdiction) is None


@pytest.mark.parametrize("key, iri", [
    ("state:IR", "state/IR"), ("state:xk", "state/XK"), ("org:United Nations", "org/united-nations"),
    ("org:nato", "org/nato"), ("person:Bashar al-Assad", "person/bashar-al-assad"),
    ("person:Recep Tayyip Erdoğan", "person/recep-tayyip-erdogan"), ("city:damascus", "place/damascus"),
    ("place:Golan Heights", "place/golan-heights"),
])
def test_entity_iris(key, iri):
    assert entity_iri(key) == "https://w3id.org/geokg/resource/" + iri


def test_article_iris_never_collide():
    assert article_iri("seed-iran-syria-2018-08-27").endswith("/article/seed-iran-syria-2018-08-27")
    ids = ["A b", "a-b", "a b", "a/b", "ä-b", "???"]
    iris = {article_iri(i) for i in ids}
    assert len(iris) == len(ids)
    assert all(re.fullmatch(r"https://w3id.org/geokg/resource/article/[a-z0-9-]+", i) for i in iris)
    assert slug("O\u2019Brien's  Café") == "obriens-cafe"
