"""Round 9, classes from the hold-out 6 analysis (made-up sentences, value in, value out)."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def run(nlp, text):
    return extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))


def triples(nlp, text):
    return {(r.rel, r.source, r.target) for r in run(nlp, text).relations}


# 1. a missile fired over or across a state flies over it: no attack on that state
@pytest.mark.parametrize("text", [
    "North Korea has fired two missiles over Japan.",
    "North Korea fired a ballistic missile over Japan last week.",
    "North Korea fired a missile across Japan on Friday.",
])
def test_missiles_over_a_state_are_no_attack_on_it(nlp, text):
    assert not any(s == "state:KP" and t == "state:JP" for _, s, t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "North Korea fired missiles at Japan.",
    "North Korea launched rockets into South Korea.",
])
def test_missiles_at_or_into_a_state_still_attack_it(nlp, text):
    got = triples(nlp, text)
    assert any(r == "opposes" and s == "state:KP" and t.startswith("state:") for r, s, t in got)


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile over Japan, prompting officials to sound sirens and residents to take cover.",
    "North Korea fired a missile over Japan, threatening its cities.",
])
def test_missiles_over_a_state_with_alarm_there_attack_it(nlp, text):
    assert ("opposes", "state:KP", "state:JP") in triples(nlp, text)


# 2. a disease, or a word the text also writes in lowercase, is no organisation and no actor
@pytest.mark.parametrize("text", [
    "Bill Gates donated billions of dollars to the fight against Aids and Malaria.",
    "Bill Gates donated money to the fight against Malaria.",
])
def test_a_disease_is_no_actor(nlp, text):
    ex = run(nlp, text)
    assert not any(e.kind == "org" for e in ex.entities)
    assert not ex.relations


def test_a_capitalised_word_the_text_writes_in_lowercase_is_no_org(nlp):
    ex = run(nlp, "Bill Gates gave money to fight malaria. His fund backs the battle against Malaria.")
    assert "org:malaria" not in {e.key for e in ex.entities}


# 3. a private person's party preference is no relation; an office holder's is
@pytest.mark.parametrize("text", [
    "He is honest, said Jana Novak, a Civic Alliance supporter in Brno.",
    "I will support the Civic Party, said Jana Novak, a pensioner in Brno.",
    "Jana Novak, a teacher, supports the Labour Party.",
])
def test_a_voters_party_preference_is_no_relation(nlp, text):
    assert not any(s.startswith("person:") for _, s, _ in triples(nlp, text))


def test_an_office_holders_party_support_stays(nlp):
    got = triples(nlp, "Senator John Smith, a Labour Party supporter, spoke.")
    assert ("supports", "person:john-smith", "org:labour-party") in got


def test_a_supporter_of_a_person_stays(nlp):
    got = triples(nlp, "Peter Lind, a Mugabe supporter, spoke.")
    assert ("supports", "person:peter-lind", "person:mugabe") in got
