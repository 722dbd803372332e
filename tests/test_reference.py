"""The reference tables and graph: counts, completeness, and agreement with the independent tables of ../shared."""

import csv
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from scriptload import load_script
from rdflib.namespace import DCTERMS, OWL, RDF

from geokg.ingest import reference as ref
from geokg.ingest.link import find_org
from geokg.namespaces import GK, REFERENCE_GRAPH, RESOURCE
from geokg.store import open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent (the cross-check tables)")


def test_every_sovereign_state_is_there_with_all_three_ids():
    states = ref.states()
    assert len(states) >= 197
    codes = {s.iso2 for s in states}
    assert {"VA", "PS", "TW", "XK", "US", "IR", "SS"} <= codes
    assert not codes & {"PR", "GL", "HK", "EH", "AQ"}   # dependencies and territories are not states
    assert sum(s.status == "un_member" for s in states) == 193
    for s in states:
        assert re.fullmatch(r"Q[0-9]+", s.wikidata), s
        assert s.geonames and s.geonames.isdigit(), s
        assert s.dbpedia.startswith("http://dbpedia.org/resource/") and " " not in s.dbpedia, s
        assert len(s.iso3) == 3 and s.demonyms, s


def test_news_names_aliases_and_demonyms():
    us, gb, ci = ref.state("US"), ref.state("gb"), ref.state("CI")
    assert us.name == "United States" and {"U.S.", "USA", "America"} <= set(us.aliases)
    assert "American" in us.demonyms
    assert {"UK", "Britain", "Great Britain"} <= set(gb.aliases) and gb.demonyms == ("British",)
    assert ci.name == "Ivory Coast"
    assert ref.state("CD").name == "DR Congo" and ref.state("KP").name == "North Korea"
    assert ref.state("IR").capitals == ("Tehran",) and ref.state("IR").capital_geonames == "112931"


def test_organisations_have_kinds_sources_and_known_members():
    orgs = ref.organizations()
    assert len(orgs) >= 50
    assert len({o.slug for o in orgs}) == len(orgs)
    for o in orgs:
        assert o.kind in ref.ORG_KINDS and o.source, o
        assert all(ref.state(m) for m in o.members), o
    nato, un = ref.org_index()["nato"], ref.org_index()["united-nations"]
    assert nato.wikidata == "Q7184" and {"US", "TR", "FI", "SE"} <= set(nato.members) and "RU" not in nato.members
    assert un.wikidata == "Q1065" and len(un.members) == 193 and {"U.N.", "UN"} <= set(un.aliases)
    assert find_org("Hizbollah").wikidata == "Q41053"


def test_cities_by_name():
    assert ref.city_by_name("Tehran").geonames == "112931"
    assert ref.city_by_name("Kiev").country == "UA"            # an alternate name
    assert ref.city_by_name("Tripoli").country == "LY"          # the capital of two Tripolis
    assert ref.city_by_name("Tripoli", "LB").country == "LB"
    assert ref.city_by_name("Nowhereville") is None
    assert ref.capital_of("US").name == "Washington"


@needs_shared
def test_states_agree_with_the_shared_table():
    rows = {r["iso2"]: r for r in csv.DictReader(open(SHARED / "states.csv", encoding="utf-8"))}
    mine = ref.state_index()
    assert set(rows) <= set(mine)
    checks = disagree = 0
    lines = []
    for iso, r in rows.items():
        s = mine[iso]
        for field, ours, theirs in (("wikidata", s.wikidata, r["wikidata"]), ("geonames", s.geonames, r["geonames"]),
                                    ("dbpedia", s.dbpedia, r["dbpedia"]),
                                    ("capital_geonames", s.capital_geonames or "", r["capital_geonames"])):
            checks += 1
            if ours != theirs:
                disagree += 1
                lines.append(f"{iso} {field}: ours {ours}, shared {theirs}")
    print("\n".join(lines))
    assert disagree <= 0.02 * checks, lines


@needs_shared
def test_organisations_agree_with_the_shared_table():
    rows = list(csv.DictReader(open(SHARED / "organizations.csv", encoding="utf-8")))
    both, wrong = 0, []
    for r in rows:
        o = find_org(r["name"], *[a for a in r["aliases"].split("|") if a])
        if o and o.wikidata and r["wikidata"]:
            both += 1
            if o.wikidata != r["wikidata"]:
                wrong.append(f"{r['name']}: ours {o.wikidata}, shared {r['wikidata']}")
    assert both >= 20
    assert not wrong


def test_reference_graph_content():
    g = Graph()
    g.parse(data=ref.reference_ntriples(), format="nt")
    ir = URIRef(f"{RESOURCE}state/IR")
    assert (ir, RDF.type, GK.State) in g
    assert {URIRef("http://www.wikidata.org/entity/Q794"), URIRef("https://sws.geonames.org/130758/"),
            URIRef("http://dbpedia.org/resource/Iran")} <= set(g.objects(ir, OWL.sameAs))
    tehran = g.value(ir, GK.capital)
    assert tehran == URIRef(f"{RESOURCE}city/112931") and (tehran, RDF.type, GK.City) in g
    assert (tehran, GK.country, ir) in g
    assert (URIRef(f"{RESOURCE}state/US"), GK.memberOf, URIRef(f"{RESOURCE}org/nato")) in g
    assert (URIRef(f"{RESOURCE}org/nato"), RDF.type, GK.Alliance) in g
    assert g.value(REFERENCE_GRAPH, DCTERMS.hasVersion) == Literal(ref.version())
    assert len(set(g.subjects(RDF.type, GK.State))) == len(ref.states())


def test_ensure_reference_loads_once_and_replaces_an_old_version():
    store = open_store("memory:")
    assert ref.ensure_reference(store) is True
    n = store.count()
    assert n > 5000
    assert ref.ensure_reference(store) is False
    # a store holding an older version of the graph gets it replaced, not added to
    store.update(f"""DELETE WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{DCTERMS.hasVersion}> ?v }} }};
INSERT DATA {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{DCTERMS.hasVersion}> "0.0.0" .
  <{RESOURCE}state/ZZ> a <{GK.State}> }} }}""")
    assert ref.ensure_reference(store) is True
    assert store.count() == n
    answer = store.query(f"ASK {{ <{RESOURCE}state/ZZ> ?p ?o }}", media_type="application/sparql-results+json")
    assert json.loads(answer.body)["boolean"] is False


def test_the_shipped_json_is_what_the_build_script_makes():
    from importlib.metadata import version

    shipped = json.loads((ref.DATA / "reference.json").read_text(encoding="utf-8"))
    installed = {p: version(p) for p in shipped["sources"]}
    if installed != shipped["sources"]:
        pytest.skip(f"packages {installed} differ from those the data was built from {shipped['sources']}; "
                    "run ingest/data/build_reference.py")
    build = load_script("build_reference", ref.DATA / "build_reference.py")
    data = build.build()
    cities = data.pop("cities")
    assert data == shipped
    assert cities == json.loads((ref.DATA / "cities.json").read_text(encoding="utf-8"))


def test_the_syrian_wars_bodies_are_known_by_their_news_names():
    """The opposition's political body, its rescue service and the armed groups the region's outlets name most."""
    assert find_org("Syrian Coalition") is find_org("Syrian National Coalition")
    assert find_org("Syrian Coalition").kind == "party"
    assert find_org("White Helmets") is find_org("Syrian Civil Defence")
    assert find_org("Jabhat Fateh al-Sham") is find_org("Nusra Front")
    assert find_org("Syria Democratic Forces") is find_org("SDF")
    assert {find_org(n).kind for n in ("Ahrar al-Sham", "Jaish al-Islam", "Failaq al-Sham")} == {"armed_group"}
