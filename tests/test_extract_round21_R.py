"""Round 21 (R): actors the model names wrongly, by their owner or as a place.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest
from spacy.tokens import Span

from geokg.ingest.extract import extract
from geokg.ingest.model import Article

from extraction import triples

MAREK = "Chancellor Ivo Marek met party leaders on Sunday. "


def organisations(nlp, text):
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.key for e in ex.entities if e.kind == "org"}


@pytest.mark.parametrize("text, org", [
    (MAREK + "Marek\u2019s CVP condemned Peru on Monday.", "org:cvp"),
    (MAREK + "Marek\u2019s Popular Unity party condemned Peru on Monday.", "org:popular-unity-party"),
])
def test_a_named_persons_organisation_is_the_organisation_without_its_owner(nlp, text, org):
    assert ("opposes", org, "state:PE") in triples(nlp, text)


def test_a_persons_charity_the_model_tags_as_a_person_is_the_charity(nlp):
    text = "Analyst Tomas Berg, who has studied Ivo Marek\u2019s Jamaat-ul-Zorb charity and its ties to the army, says so."
    assert "org:jamaat-ul-zorb" in organisations(nlp, text)


def test_a_persons_name_the_model_tags_as_a_person_needs_a_bodys_noun(nlp):
    assert organisations(nlp, "Analyst Tomas Berg said Ivo Marek\u2019s Jamaat-ul-Zorb had been banned.") == set()


def test_a_word_describing_a_persons_body_is_no_name(nlp):
    text = "But the move into politics by Ivo Marek\u2019s Islamist charity is a gamble."
    doc = nlp(text)
    doc.ents = [Span(doc, 6, 10, label="PERSON")]   # the model may run the person into the adjective
    ex = extract(doc, Article(id="t", text=text, date="2018-08-27"))
    assert not any(e.kind == "org" for e in ex.entities)


@pytest.mark.parametrize("text", [
    MAREK + "Marek\u2019s Democratic predecessor condemned Peru on Monday.",   # an adjective before its noun
    MAREK + "Marek\u2019s Balkan strategy angered Peru on Monday.",            # a name that modifies a thing
    MAREK + "Marek\u2019s Commission condemned Peru on Monday.",              # a bare generic body word
])
def test_an_owned_word_that_names_no_body_stays_no_organisation(nlp, text):
    assert organisations(nlp, text) == set()


@pytest.mark.parametrize("text, place", [
    ("Peruvian jets bombed the city of Tarnak on Monday. Peru attacked Tarnak again on Tuesday, killing 30.",
     "org:tarnak"),
    ("Warplanes hit the besieged Eastern Varga area on Monday. Syria accused Eastern Varga of hiding rebels.",
     "org:eastern-varga"),
])
def test_a_name_the_article_calls_a_city_or_area_is_no_organisation(nlp, text, place):
    assert place not in organisations(nlp, text)
    assert not any(place in (s, t) for _, s, t in triples(nlp, text))


def test_an_area_of_a_groups_control_keeps_the_group(nlp):
    text = "Peru attacked the Tarnak Brotherhood on Tuesday. Civilians fled an area of Tarnak Brotherhood control."
    assert ("opposes", "state:PE", "org:tarnak-brotherhood") in triples(nlp, text)


def test_a_direction_written_in_lowercase_still_tells_the_place(nlp):
    text = "Shells hit the eastern Varga suburbs on Monday. Eastern Varga has endured a siege backed by Russia and Iran."
    assert "org:eastern-varga" not in organisations(nlp, text)


def test_only_a_direction_is_read_in_lowercase(nlp):
    text = "Peru attacked the Green Union on Tuesday. Farmers fled the green union area."
    assert ("opposes", "state:PE", "org:green-union") in triples(nlp, text)


def test_a_creed_or_cause_named_like_a_body_is_no_organisation(nlp):
    text = "The army will press on in its war against Marlovian Extremism, Peru said."
    assert "org:marlovian-extremism" not in organisations(nlp, text)


def test_a_body_named_after_a_creed_or_trade_stays_an_organisation(nlp):
    text = "Peru condemned the Center for Marlovian Journalism on Monday."
    assert ("opposes", "state:PE", "org:center-for-marlovian-journalism") in triples(nlp, text)


def relations_with_orgs(nlp, text, orgs):
    """The relations of `text` with the model's entities set by hand: Peru first, then `orgs` ((start, end) ORG
    token spans); the model does not tag a made-up people's name as an organisation."""
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="GPE")] + [Span(doc, s, e, label="ORG") for s, e in orgs]
    ex = extract(doc, Article(id="t", text=text, date="2018-08-27"))
    return {(r.rel, r.source, r.target) for r in ex.relations}


def test_a_people_written_before_its_members_noun_is_no_organisation(nlp):
    found = relations_with_orgs(nlp, "Peru attacked the Varoni on Monday. About a million Varoni Muslims live in "
                                     "the north.", [(3, 4)])
    assert ("opposes", "state:PE", "org:varoni") not in found


def test_a_name_before_its_fighters_stays_an_organisation(nlp):
    found = relations_with_orgs(nlp, "Peru attacked the Varoni on Monday. Varoni fighters fled to the hills.",
                                [(3, 4)])
    assert ("opposes", "state:PE", "org:varoni") in found
