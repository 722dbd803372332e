"""Round 13 meeting shapes, on made-up names: a meal shared with a named side, two sides shaking hands, and an
arrival told as "on arriving" (at a place abroad or at a gathering)."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def parties(nlp, text, date="2018-08-27"):
    """The participants of every meeting the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


PAIR = frozenset({"person:lars-vik", "person:ivo-kask"})


@pytest.mark.parametrize("text", [
    "Estonian Foreign Minister Lars Vik spoke to reporters after a dinner with Latvian Foreign Minister Ivo Kask.",
    "Estonian Foreign Minister Lars Vik's only official meeting on Saturday was a working dinner with Latvian "
    "Foreign Minister Ivo Kask.",
    "Over lunch with Latvian Foreign Minister Ivo Kask on Monday, Estonian Foreign Minister Lars Vik raised the "
    "border dispute.",
])
def test_a_meal_with_a_named_side_is_a_meeting(nlp, text):
    assert PAIR in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian Foreign Minister Lars Vik will have dinner with Latvian Foreign Minister Ivo Kask on Friday.",
    "Estonian Foreign Minister Lars Vik proposed a dinner with Latvian Foreign Minister Ivo Kask in Riga.",
    "Ahead of a dinner with Latvian Foreign Minister Ivo Kask, Estonian Foreign Minister Lars Vik said the talks "
    "would be hard.",
    "Estonian Foreign Minister Lars Vik cancelled a dinner with Latvian Foreign Minister Ivo Kask.",
])
def test_a_meal_planned_proposed_or_cancelled_is_no_meeting(nlp, text):
    assert PAIR not in parties(nlp, text)


def test_a_meal_with_no_named_side_is_no_meeting(nlp):
    text = "Estonian Foreign Minister Lars Vik spoke after a dinner with reporters in Riga on Friday."
    assert parties(nlp, text) == set()


def test_two_sides_shaking_hands_met(nlp):
    text = ("Estonian Foreign Minister Lars Vik criticised Latvian Foreign Minister Ivo Kask last month. "
            "Vik and Kask shook hands in Vilnius on Monday.")
    assert PAIR in parties(nlp, text)


def test_a_handshake_to_come_is_no_meeting(nlp):
    text = "Estonian Foreign Minister Lars Vik and Latvian Foreign Minister Ivo Kask will shake hands in Vilnius."
    assert parties(nlp, text) == set()


def test_on_arriving_in_a_foreign_city_is_a_visit(nlp):
    text = "Estonian Foreign Minister Lars Vik said on arriving in Vilnius on Thursday that the border was safe."
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "state:LT"})}


def test_arriving_told_as_a_plan_is_no_visit(nlp):
    text = "Estonian Foreign Minister Lars Vik will speak to reporters on arriving in Vilnius on Thursday."
    assert parties(nlp, text) == set()


def test_on_arriving_for_a_summit_is_attending_it(nlp):
    text = ("We must act now, Estonian Prime Minister Lars Vik told reporters on arriving for the two-day EU "
            "summit in Brussels on Thursday.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "org:european-union"})}


@pytest.mark.parametrize("text, body", [
    ("NATO Secretary General Lars Vik chaired a meeting of NATO defence ministers in Brussels on Thursday.",
     "org:nato"),
    ("Estonian Prime Minister Lars Vik said after chairing a meeting of EU foreign ministers on Monday that "
     "sanctions were not discussed.", "org:european-union"),
    ("EU foreign policy chief Lars Vik spoke on Monday. We see no need for sanctions, he said after hosting a "
     "meeting of all 28 EU foreign ministers.", "org:european-union"),
])
def test_chairing_or_hosting_a_gathering_is_attending_it(nlp, text, body):
    assert frozenset({"person:lars-vik", body}) in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "NATO Secretary General Lars Vik will chair a meeting of NATO defence ministers next week.",
    "Estonian Prime Minister Lars Vik said before hosting a meeting of EU foreign ministers that sanctions were off "
    "the table.",
    "Estonian Prime Minister Lars Vik hosted a summit of Muslim leaders last week.",   # no body, no host abroad
])
def test_a_gathering_to_come_or_with_no_body_is_no_meeting(nlp, text):
    assert parties(nlp, text) == set()


def test_an_undated_article_tells_an_arrival_in_the_present(nlp):
    text = "The offer comes as Estonian Foreign Minister Lars Vik arrives in Lithuania for a summit on the floods."
    assert parties(nlp, text, date=None) == {frozenset({"person:lars-vik", "state:LT"})}


@pytest.mark.parametrize("text, date", [
    ("The offer comes as Estonian Foreign Minister Lars Vik arrives in Lithuania for a summit.", "2018-08-27"),
    ("Estonian Foreign Minister Lars Vik arrives in Lithuania on Thursday for a summit.", None),
    ("Estonian Foreign Minister Lars Vik arrives in Lithuania next week for a summit.", None),
])
def test_a_present_arrival_in_a_dated_article_or_with_a_day_is_a_schedule(nlp, text, date):
    assert parties(nlp, text, date=date) == set()
