"""The link stage on hand-built Extractions: the right reference entities, and no link on a guess."""

from geokg.ingest import reference as ref
from geokg.ingest.link import link
from geokg.ingest.model import Article, Entity, Evidence, Extraction, Holding, Meeting, Relation
from geokg.ingest.rdf import graph_of

EV = Evidence("A sentence.", 0, 11, 0.9)


def extraction(text, entities, **facts):
    return Extraction(article=Article(id="t1", text=text, date="2018-08-27"), entities=tuple(entities), **facts)


def by_key(x):
    return {e.key: e for e in x.entities}


def test_states_get_their_three_ids():
    out = by_key(link(extraction("Iran and Syria signed a deal.", [
        Entity("state:IR", "state", "Iran"), Entity("state:SY", "state", "Syria", aliases=("Syrian",))])))
    assert out["state:IR"].wikidata == "Q794" and out["state:IR"].geonames == "130758"
    assert out["state:IR"].dbpedia == "http://dbpedia.org/resource/Iran"
    assert out["state:SY"].wikidata == "Q858"


def test_organisations_become_the_reference_entity_and_merge():
    x = extraction("The U.N. and the UN and Hizbollah.", [
        Entity("org:u-n", "org", "U.N."), Entity("org:un", "org", "UN"),
        Entity("org:hizbollah", "org", "Hizbollah"), Entity("org:acme-corp", "org", "Acme Corp")],
        relations=(Relation("opposes", "org:u-n", "org:hizbollah", EV),))
    out = link(x)
    ents = by_key(out)
    un = ents["org:united-nations"]
    assert un.wikidata == "Q1065" and un.name == "United Nations" and {"U.N.", "UN"} <= set(un.aliases)
    assert un.org_kind == "igo"
    assert ents["org:hezbollah"].wikidata == "Q41053" and ents["org:hezbollah"].org_kind == "armed_group"
    assert ents["org:acme-corp"].wikidata is None      # unknown: left as it was
    assert "org:u-n" not in ents and "org:un" not in ents
    assert (out.relations[0].source, out.relations[0].target) == ("org:united-nations", "org:hezbollah")


def test_meeting_cities_get_geonames_and_an_entity():
    x = extraction("Putin met Erdogan in Sochi. Russia and Turkey agreed.", [
        Entity("state:RU", "state", "Russia"), Entity("state:TR", "state", "Turkey"),
        Entity("person:vladimir-putin", "person", "Vladimir Putin")],
        meetings=(Meeting(("person:vladimir-putin", "state:TR"), "city:sochi", "2018-09-17", EV),))
    out = link(x)
    assert out.meetings[0].place == "city:491422"
    sochi = by_key(out)["city:491422"]
    assert sochi.name == "Sochi" and sochi.geonames == "491422" and sochi.kind == "city"
    _, nt = graph_of(out)
    assert "<https://w3id.org/geokg/resource/city/491422> <http://www.w3.org/2002/07/owl#sameAs> " \
           "<https://sws.geonames.org/491422/>" in nt


def test_city_names_two_countries_share_need_the_article_states():
    # Tripoli in a Lebanon story is Lebanon's Tripoli, not Libya's capital
    x = extraction("Clashes in Tripoli, Lebanon's second city.", [Entity("state:LB", "state", "Lebanon")],
                   meetings=(Meeting(("person:a", "person:b"), "city:tripoli", None, EV),))
    place = link(x).meetings[0].place
    assert place.startswith("city:") and ref.city_index()[place[5:]].country == "LB"


def test_persons_are_not_linked_offline():
    out = by_key(link(extraction("President Bashar al-Assad spoke.", [
        Entity("person:bashar-al-assad", "person", "Bashar al-Assad")])))
    assert out["person:bashar-al-assad"].wikidata is None


def test_ambiguous_state_names_need_context():
    georgia = Entity("state:GE", "state", "Georgia")
    # a US story: no Tbilisi, no Georgian, no neighbour of Georgia: not the country
    us = link(extraction("Georgia voters went to the polls in Atlanta, the governor said.", [
        georgia, Entity("person:brian-kemp", "person", "Brian Kemp")],
        holdings=(Holding("person:brian-kemp", "Official", "state:GE", "governor", EV),)))
    ents = by_key(us)
    assert "state:GE" not in ents and ents["place:georgia"].wikidata is None
    assert us.holdings[0].jurisdiction is None
    # the Caucasus: Russia named beside it
    caucasus = by_key(link(extraction("Russia fought Georgia in 2008.", [
        georgia, Entity("state:RU", "state", "Russia")])))
    assert caucasus["state:GE"].wikidata == "Q230"
    # the demonym or the capital settles it
    assert by_key(link(extraction("Georgia's parliament in Tbilisi voted.", [georgia])))["state:GE"].wikidata == "Q230"
    # no sign of the US state, and France named: the country
    assert by_key(link(extraction("Sarkozy left for Georgia in 2008.", [
        georgia, Entity("state:FR", "state", "France")])))["state:GE"].wikidata == "Q230"
    jordan = Entity("state:JO", "state", "Jordan")
    # a state of the same part of the world
    assert by_key(link(extraction("Berlin moved its troops from Turkey to Jordan.", [
        jordan, Entity("state:TR", "state", "Turkey")])))["state:JO"].wikidata == "Q810"
    assert "state:JO" not in by_key(link(extraction("Jordan scored twice.", [jordan])))
    assert by_key(link(extraction("Jordan and Syria reopened the border.", [
        jordan, Entity("state:SY", "state", "Syria")])))["state:JO"].wikidata == "Q810"


def test_unambiguous_forms_need_no_context():
    out = by_key(link(extraction("The Democratic Republic of Congo held a vote.", [
        Entity("state:CD", "state", "DR Congo", aliases=("Democratic Republic of Congo",))])))
    assert out["state:CD"].wikidata == "Q974"


def test_an_extraction_with_nothing_to_link_comes_back_unchanged():
    x = extraction("Nothing here.", [Entity("person:john-smith", "person", "John Smith")])
    assert link(x) is x
