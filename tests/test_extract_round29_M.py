"""Round 29 (M): a seat of government a place preposition opens is the city, not the state.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def states(nlp, text: str) -> set[str]:
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.key for e in ex.entities if e.kind == "state"}


@pytest.mark.parametrize("text, state", [
    ("Jorge Salas spoke at a seminar in Lisbon about the harvest of olives.", "state:PT"),
    ("Marta Vela, a farmer, said the cooperative held its yearly fair near Oslo on Friday.", "state:NO"),
    ("The ferry was returning to Dublin with sixty sheep when the storm broke.", "state:IE"),
    ("The singer told fans by telephone from Vienna that the concert would go on.", "state:AT"),
    ("Jorge Salas flew to Athens on Monday to sell his boat.", "state:GR"),
])
def test_a_seat_a_preposition_opens_is_a_place_not_its_state(nlp, text, state):
    assert state not in states(nlp, text)


@pytest.mark.parametrize("text, state", [
    # the seat acting or spoken for
    ("Lisbon refused on Monday to pay the fine.", "state:PT"),
    # officials in the seat are the government
    ("Officials in Lisbon said the fine would not be paid.", "state:PT"),
    # a seat that owns something
    ("In Lisbon's view, the fine is unfair, Jorge Salas said.", "state:PT"),
    # "to" and "from" on no word of travel: what the government sends or receives
    ("The plan drew an angry response from Dublin on Monday.", "state:IE"),
    ("The Peruvian ambassador to Athens said the deal was near.", "state:GR"),
    # "at" on a target is the government
    ("The minister took aim at Lisbon over the fishing quotas.", "state:PT"),
    # a sentence that opens on the seat gives the government's voice
    ("In Lisbon, a spokesman for the ministry said the fine was unfair.", "state:PT"),
    # the seat a visit goes to is its host
    ("Jorge Salas spoke to farmers in Lisbon during a three-day visit.", "state:PT"),
    # the state's own name as a place still counts
    ("Jorge Salas spoke at a seminar in Portugal about olives.", "state:PT"),
])
def test_a_seat_for_its_government_or_a_state_named_as_a_place_is_kept(nlp, text, state):
    assert state in states(nlp, text)


@pytest.mark.parametrize("text, state", [
    ("Two fishing trawlers collided in the Gulf of Oman on Sunday, the coast guard said.", "state:OM"),
    ("Three destroyers sailed across the Sea of Japan this week.", "state:JP"),
])
def test_a_sea_or_gulf_named_after_a_state_is_no_state(nlp, text, state):
    assert state not in states(nlp, text)


@pytest.mark.parametrize("text, state", [
    ("The government of Oman said two fishing trawlers collided on Sunday.", "state:OM"),
    ("The navy of Japan held drills this week with three destroyers.", "state:JP"),
])
def test_a_state_after_of_on_no_water_is_kept(nlp, text, state):
    assert state in states(nlp, text)


@pytest.mark.parametrize("text, state", [
    ("Marta Vela, a Lisbon-based economist, said prices of olives would fall.", "state:PT"),
    ("Shares of the Oslo-listed trawler maker rose four percent on Friday.", "state:NO"),
])
def test_a_seat_hyphened_to_based_or_listed_is_where_something_sits(nlp, text, state):
    assert state not in states(nlp, text)


@pytest.mark.parametrize("text, state", [
    ("Rebels said the Lisbon-backed plan for the harbour had failed.", "state:PT"),
    ("Marta Vela, a Portugal-based economist, said prices of olives would fall.", "state:PT"),
])
def test_a_seat_hyphened_to_other_words_or_a_state_based_is_kept(nlp, text, state):
    assert state in states(nlp, text)
