"""The ontology: it parses, declares the contract's terms, is consistent, and its shapes catch bad data."""

import shutil
import subprocess
import sys

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, URIRef

from geokg.namespaces import GK
from geokg.ontology import example_queries, load_ontology, load_shapes, validate

CONTRACT_CLASSES = ["Actor", "State", "Person", "Organization", "InternationalOrganization", "Alliance",
                    "ArmedGroup", "PoliticalParty", "GovernmentBody", "Place", "City", "Article",
                    "PositionHolding", "Meeting", "Role", "Statement"]
CONTRACT_PROPERTIES = ["mentions", "holder", "role", "jurisdiction", "supports", "alliedWith", "opposes",
                       "memberOf", "participant", "location", "capital"]
ROLES = ["HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister", "Minister", "Ambassador",
         "MilitaryOfficer", "Legislator", "Official"]

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java, and there is no `java`")


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_contract_classes_are_owl_classes(onto):
    missing = [c for c in CONTRACT_CLASSES if (GK[c], RDF.type, OWL.Class) not in onto]
    assert not missing


def test_contract_properties_are_object_properties(onto):
    missing = [p for p in CONTRACT_PROPERTIES if (GK[p], RDF.type, OWL.ObjectProperty) not in onto]
    assert not missing
    assert (GK.alliedWith, RDF.type, OWL.SymmetricProperty) in onto


def test_roles_are_individuals_of_role(onto):
    assert [r for r in ROLES if (GK[r], RDF.type, GK.Role) not in onto] == []


def test_every_term_the_code_names_has_label_and_comment(onto):
    ns = "https://w3id.org/geokg/ontology#"
    for name in GK.__annotations__:
        term = URIRef(ns + name)
        assert (term, RDFS.label, None) in onto, f"gk:{name} has no rdfs:label"
        assert (term, RDFS.comment, None) in onto, f"gk:{name} has no rdfs:comment"


def test_alignments_to_org_prov_schema_and_wikidata(onto):
    text = onto.serialize(format="nt")
    for iri in ("http://www.w3.org/ns/org#Membership", "http://www.w3.org/ns/prov#Entity", "https://schema.org/",
                "http://www.wikidata.org/prop/direct/P39", "http://www.wikidata.org/prop/direct/P35",
                "http://www.wikidata.org/prop/direct/P6", "http://www.wikidata.org/prop/direct/P463",
                "http://www.wikidata.org/prop/direct/P530"):
        assert iri in text, f"no alignment to {iri}"


def test_shapes_parse_and_target_the_statement_classes():
    shapes = load_shapes()
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {GK.Article, GK.PositionHolding, GK.RelationStatement, GK.Meeting} <= targets


R = "https://w3id.org/geokg/resource/"
GOOD = f"""
@prefix gk: <https://w3id.org/geokg/ontology#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{R}article/a> a gk:Article ; dcterms:identifier "a" ; dcterms:date "2018-08-27"^^xsd:date .
<{R}person/amir-hatami> a gk:Person ; rdfs:label "Amir Hatami" .
<{R}state/IR> a gk:State ; rdfs:label "Iran" .
<{R}org/hezbollah> a gk:ArmedGroup ; rdfs:label "Hezbollah" .
<{R}holding/1> a gk:PositionHolding ; gk:holder <{R}person/amir-hatami> ; gk:role gk:DefenceMinister ;
    gk:jurisdiction <{R}state/IR> ; gk:observedOn "2018-08-27"^^xsd:date ;
    gk:sentence "Iran defence minister Amir Hatami arrived." ; gk:startOffset 0 ; gk:endOffset 42 ;
    gk:confidence 0.9 ; prov:wasDerivedFrom <{R}article/a> .
<{R}state/IR> gk:supports <{R}org/hezbollah> .
"""


def test_good_data_conforms():
    ok, report = validate(rdflib.Graph().parse(data=GOOD, format="turtle"))
    assert ok, report


@pytest.mark.parametrize("bad, expected", [
    (f"<{R}holding/1> gk:holder <{R}state/IR> .", "holder"),                      # two holders, one a state
    (f"<{R}holding/1> gk:role gk:Emperor .", "role"),                               # not a gk:Role individual
    (f"<{R}holding/1> gk:confidence 1.5 .", "confidence"),                          # second value, out of range
    (f"<{R}article/a> dcterms:identifier \"b\" .", "identifier"),                   # two identifiers
    (f"<{R}state/IR> gk:supports <{R}article/a> .", "supports"),                    # a relation to a non-actor
])
def test_shapes_catch_bad_data(bad, expected):
    ok, report = validate(rdflib.Graph().parse(data=GOOD + bad, format="turtle"))
    assert not ok
    assert expected in report


@needs_java
def test_ontology_is_consistent_under_hermit():
    from geokg.ontology.check import check

    result = check()
    assert result.consistent, result.message
    assert result.classes >= len(CONTRACT_CLASSES)


@needs_java
def test_reasoner_catches_a_person_typed_as_a_state():
    from geokg.ontology.check import check

    x = URIRef(R + "person/x")
    data = rdflib.Graph()
    data.add((x, RDF.type, GK.Person))
    data.add((x, RDF.type, GK.State))
    assert not check(data).consistent


@needs_java
def test_cli_ontology_check_reports_in_one_line():
    out = subprocess.run([sys.executable, "-m", "geokg", "ontology", "check"], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith("ontology consistent")
    assert len(out.stdout.strip().splitlines()) == 1


def test_cli_ontology_check_without_java_says_so_in_one_line(tmp_path):
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "geokg", "ontology", "check"], capture_output=True,
                         text=True, env=env)
    assert out.returncode != 0
    assert "Java" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_example_queries_parse():
    from pyoxigraph import Store

    queries = example_queries()
    assert len(queries) >= 5
    store = Store()
    for name, text in queries.items():
        assert text.startswith("#"), f"{name}: first line should be a '# title' comment"
        store.query(text)  # raises SyntaxError when it does not parse
