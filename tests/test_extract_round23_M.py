"""Round 23 (M) meeting shapes, on made-up sentences: an official's visit to a place inside their own state is a
meeting of the visitor and that state (the annotators write it as the visitor's meeting); "X said alongside Y" is X
and Y side by side; "the prime ministers of A and B signed a treaty" is a meeting of A and B; a main verb the tagger
takes for a past participle with its own subject is a simple past."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def dated(nlp, text, date="2018-08-27"):
    """(participants, date) of every meeting the text gives, read as one article of `date` (a Monday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


def parties(nlp, text, date="2018-08-27"):
    return {p for p, _ in dated(nlp, text, date)}


VARMA_IN = frozenset({"person:rakesh-varma", "state:IN"})
KESSLER_DE = frozenset({"person:ute-kessler", "state:DE"})


@pytest.mark.parametrize("text, meeting, day", [
    ("MUMBAI (Reuters) - Indian Prime Minister Rakesh Varma visited Mumbai on Sunday and spoke to dock workers.",
     VARMA_IN, "2018-08-26"),
    ("BERLIN (Reuters) - German Defence Minister Ute Kessler said on Tuesday during a visit to a naval yard in "
     "northern Germany that the troops would stay.", KESSLER_DE, "2018-08-21"),
])
def test_an_official_visiting_a_place_of_their_own_state_meets_that_state(nlp, text, meeting, day):
    assert (meeting, day) in dated(nlp, text)


@pytest.mark.parametrize("text", [
    # the state itself or its seat is no place inside it: coming home, not a visit
    "NEW DELHI (Reuters) - Indian Prime Minister Rakesh Varma visited New Delhi on Sunday and spoke to workers.",
    "Indian Prime Minister Rakesh Varma visited India on Sunday and spoke to dock workers.",
    # no post: a private trip
    "MUMBAI (Reuters) - Indian novelist Rakesh Varma visited Mumbai on Sunday and spoke to dock workers.",
    # to come
    "MUMBAI (Reuters) - Indian Prime Minister Rakesh Varma will visit Mumbai next week to speak to dock workers.",
])
def test_no_home_visit_to_the_seat_by_a_private_person_or_to_come(nlp, text):
    assert not any("person:rakesh-varma" in p for p in parties(nlp, text))


def test_two_officials_of_one_state_on_a_home_visit_stay_a_working_trip(nlp):
    text = ("MUMBAI (Reuters) - Indian Prime Minister Rakesh Varma and Indian Finance Minister Anil Dutt visited Mumbai "
            "on Sunday.")
    assert not any("state:IN" in p for p in parties(nlp, text))


KASK_FADIL = frozenset({"person:ivo-kask", "person:omar-al-fadil"})


def test_saying_alongside_someone_is_a_meeting_with_them(nlp):
    text = ("DOHA (Reuters) - The red line has been crossed, Latvian Foreign Minister Ivo Kask said alongside his "
            "Qatari counterpart Omar al-Fadil on Sunday.")
    assert (KASK_FADIL, "2018-08-26") in dated(nlp, text)


@pytest.mark.parametrize("text", [
    # beside a thing, not a person
    "RIGA (Reuters) - Latvian Foreign Minister Ivo Kask said alongside the report on Sunday that trade would grow.",
    # to come
    "RIGA (Reuters) - Latvian Foreign Minister Ivo Kask will say alongside Qatari Foreign Minister Omar al-Fadil on "
    "Sunday that trade would grow.",
    # by phone: remote
    "RIGA (Reuters) - Latvian Foreign Minister Ivo Kask said by phone alongside Qatari Foreign Minister Omar al-Fadil "
    "that trade would grow.",
])
def test_no_meeting_beside_a_thing_to_come_or_by_phone(nlp, text):
    assert not any("person:omar-al-fadil" in p for p in parties(nlp, text))


LT_LV = frozenset({"state:LT", "state:LV"})


@pytest.mark.parametrize("text", [
    "VILNIUS (Reuters) - The deal comes a season after the prime ministers of Lithuania and Latvia signed a "
    "friendship treaty meant to end years of quarrels.",
    "VILNIUS (Reuters) - The foreign ministers of Lithuania and Latvia signed a border agreement on Tuesday.",
])
def test_heads_or_ministers_of_two_states_signing_a_pact_met(nlp, text):
    assert LT_LV in parties(nlp, text)


@pytest.mark.parametrize("text", [
    # the states themselves sign through envoys: no meeting told
    "VILNIUS (Reuters) - Lithuania and Latvia signed a friendship treaty meant to end years of quarrels.",
    # to come
    "VILNIUS (Reuters) - The prime ministers of Lithuania and Latvia will sign a friendship treaty next month.",
    # not a pact
    "VILNIUS (Reuters) - The prime ministers of Lithuania and Latvia signed a letter to the European Commission.",
])
def test_no_signing_meeting_of_bare_states_to_come_or_without_a_pact(nlp, text):
    assert LT_LV not in parties(nlp, text)




KASK_PE = frozenset({"person:ivo-kask", "state:PE"})
SLIP = ("Latvia's foreign minister on Friday branded as false the claims of Peruvian lawmakers {} his trip to Lima. "
        "These charges are not acceptable, Latvia's Foreign Minister Ivo Kask told reporters.")


def slipped(nlp, text, date="2018-08-27"):
    """The meetings' participants when the tagger takes the main verb "branded" for a past participle (the model makes
    this slip on some real sentences, not on this made-up one, so the test sets the tag by hand)."""
    doc = nlp(text)
    for t in doc:
        if t.lower_ == "branded" and t.dep_ == "ROOT":
            t.tag_ = "VBN"
    ex = extract(doc, Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


def test_a_past_participle_with_its_own_subject_is_a_simple_past(nlp):
    assert KASK_PE in slipped(nlp, SLIP.format("during"))


@pytest.mark.parametrize("text", [
    SLIP.format("ahead of"),
    # a participle with an auxiliary keeps its own reading: to come
    "Latvia's foreign minister will have branded as false the claims of Peruvian lawmakers during his trip to Lima. "
    "These charges are not acceptable, Latvia's Foreign Minister Ivo Kask told reporters.",
])
def test_no_visit_to_come_with_a_participle(nlp, text):
    assert KASK_PE not in slipped(nlp, text)
