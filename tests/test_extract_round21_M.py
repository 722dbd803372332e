"""Round 21 (M) meeting shapes, on made-up sentences: a speech to an international body is an event of its own beside
a talk with someone told in another sentence; "X told officers about meeting Y" tells of X meeting Y."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def dated(nlp, text, date="2018-08-27"):
    """(participants, date) of every meeting the text gives, read as one article of `date` (a Monday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


def parties(nlp, text, date="2018-08-27"):
    return {p for p, _ in dated(nlp, text, date)}


KASK_DAUK = frozenset({"person:ivo-kask", "person:ona-dauk"})
SPEECH = ("NEW YORK (Reuters) - Latvia said on Saturday it would not give up its claims. Latvian Foreign Minister Ivo "
          "Kask's remarks to the United Nations General Assembly on Saturday drew loud applause. ")


def test_a_speech_to_a_body_stands_beside_a_talk_told_in_another_sentence(nlp):
    found = dated(nlp, SPEECH + "Kask met with Lithuanian President Ona Dauk after delivering his speech.")
    assert (KASK_DAUK, "2018-08-25") in found
    assert (frozenset({"person:ivo-kask", "org:united-nations-general-assembly"}), "2018-08-25") in found


def test_a_body_addressed_by_verb_stands_beside_a_talk_that_day(nlp):
    text = ("NEW YORK (Reuters) - Latvian Foreign Minister Ivo Kask addressed the United Nations General Assembly on "
            "Saturday. Kask met with Lithuanian President Ona Dauk on Saturday.")
    assert parties(nlp, text) == {KASK_DAUK, frozenset({"person:ivo-kask", "org:united-nations-general-assembly"})}


@pytest.mark.parametrize("text", [
    # attending (speaking at) a summit is no speech to the body: the talk told that day is the event
    "CAIRO (Reuters) - Latvian Foreign Minister Ivo Kask said on Saturday, speaking at a summit of the Arab League in "
    "Cairo, that trade should grow. Kask met with Lithuanian President Ona Dauk on Saturday.",
    # telling reporters on the sidelines is attending, not speaking to the body
    "CAIRO (Reuters) - Latvian Foreign Minister Ivo Kask told reporters on the sidelines of the Arab League summit in "
    "Cairo on Saturday that trade should grow. Kask met with Lithuanian President Ona Dauk on Saturday.",
    # a speech to come is none
    "NEW YORK (Reuters) - Latvian Foreign Minister Ivo Kask met Lithuanian President Ona Dauk on Saturday. Kask's "
    "upcoming address to the United Nations General Assembly is awaited.",
])
def test_attendance_or_a_speech_to_come_still_gives_way_to_the_talk(nlp, text):
    assert parties(nlp, text) == {KASK_DAUK}


@pytest.mark.parametrize("text", [
    "Businessman Ivo Kask told police officers about meeting Latvian Speaker Ona Dauk at her Riga home in 2011.",
    "Before his death, businessman Ivo Kask told investigators about meeting Ona Dauk, Latvia's speaker, in 2011.",
    "Businessman Ivo Kask testified about meeting Latvian Speaker Ona Dauk at her Riga home.",
])
def test_telling_about_meeting_someone_is_a_meeting_of_the_teller(nlp, text):
    assert parties(nlp, text) == {KASK_DAUK}


@pytest.mark.parametrize("text", [
    "Businessman Ivo Kask talked about meeting Latvian Speaker Ona Dauk next year.",          # a plan talked of
    "Businessman Ivo Kask worried about meeting Latvian Speaker Ona Dauk.",                   # no recount
    "Businessman Ivo Kask will tell police officers about meeting Latvian Speaker Ona Dauk.",  # not told yet
])
def test_no_meeting_for_a_plan_talked_of_or_a_telling_to_come(nlp, text):
    assert parties(nlp, text) == set()


LEAGUE = "CAIRO (Reuters) - Ministers from across the region gathered in the Egyptian capital this week. "


def test_the_meeting_told_before_on_its_own_noun_dates_a_definite_one(nlp):
    text = (LEAGUE + "The Arab League said at dawn after hours of meetings that began on Saturday evening. It said it would "
            "seek a new resolution. Latvian Foreign Minister Ivo Kask said during the emergency meeting that trade "
            "should grow.")
    assert dated(nlp, text) == {(frozenset({"person:ivo-kask", "org:arab-league"}), "2018-08-25")}


@pytest.mark.parametrize("text", [
    # the day is the saying's, not the meetings'
    LEAGUE + "The Arab League said on Saturday after hours of meetings. It said it would seek a new resolution. Latvian "
    "Foreign Minister Ivo Kask said during the emergency meeting that trade should grow.",
    # two days told for the meetings before: none is sure
    LEAGUE + "The Arab League said at dawn after meetings that began on Saturday and talks that ended on Sunday. Latvian "
    "Foreign Minister Ivo Kask said during the emergency meeting that trade should grow.",
])
def test_no_day_from_a_clause_before_or_from_two_days(nlp, text):
    assert dated(nlp, text) == {(frozenset({"person:ivo-kask", "org:arab-league"}), None)}


LOPEZ_DIAZ = frozenset({"person:ana-lopez", "person:rosa-diaz"})


@pytest.mark.parametrize("text", [
    "Chilean Defense Minister Ana Lopez on Monday discussed ways to deepen military ties in talks with Peruvian "
    "Defense Minister Rosa Diaz.",
    "Chilean Defense Minister Ana Lopez, on her flight to Peru, praised Lima and on Monday discussed ways to deepen "
    "military ties in talks with Peruvian Defense Minister Rosa Diaz.",
])
def test_talks_hung_on_an_infinitive_of_a_done_verbs_object_are_that_verbs(nlp, text):
    assert dated(nlp, text) == {(LOPEZ_DIAZ, "2018-08-27")}


@pytest.mark.parametrize("text", [
    "Chilean Defense Minister Ana Lopez on Monday sought ways to deepen military ties in talks with Peruvian Defense "
    "Minister Rosa Diaz.",                                           # wished
    "Chilean Defense Minister Ana Lopez on Monday proposed a plan to settle the dispute in talks with Peruvian Defense "
    "Minister Rosa Diaz.",                                           # proposed
    "Chilean Defense Minister Ana Lopez will discuss ways to deepen military ties in talks with Peruvian Defense "
    "Minister Rosa Diaz.",                                           # to come
    "Chilean Defense Minister Ana Lopez did not discuss ways to deepen military ties in talks with Peruvian Defense "
    "Minister Rosa Diaz.",                                           # denied
])
def test_no_talks_for_an_infinitive_of_a_wished_planned_or_denied_verb(nlp, text):
    assert parties(nlp, text) == set()


ENVOY = ("{city} (Reuters) - The {who} said on Friday the vote had been fair. The result is clear, U.N. envoy Ivo Kask "
         "told reporters in Lima. ")
KASK_DAUK_TALK = "It is a fair result, he said after a meeting with Peruvian Foreign Minister Ona Dauk."


@pytest.mark.parametrize("lede", [
    ENVOY.format(city="LIMA", who="envoy to the region"),          # the dateline names the side's state
    ENVOY.format(city="SANTIAGO", who="U.N. envoy to the region"),  # the lede names the side's body
])
def test_a_meeting_just_before_a_saying_takes_the_ledes_day(nlp, lede):
    assert dated(nlp, lede + KASK_DAUK_TALK, "2018-09-01") == {(KASK_DAUK, "2018-08-31")}


@pytest.mark.parametrize("text", [
    ENVOY.format(city="SANTIAGO", who="envoy to the region") + KASK_DAUK_TALK,   # no side named, filed elsewhere
    ENVOY.format(city="LIMA", who="envoy to the region")
    + "It is a fair result, he said after a meeting last week with Peruvian Foreign Minister Ona Dauk.",   # a time
    ENVOY.format(city="LIMA", who="envoy to the region")
    + "He is in Lima for talks after meeting Peruvian Foreign Minister Ona Dauk.",   # before another event, no saying
])
def test_no_ledes_day_for_a_meeting_of_no_side_named_or_with_a_time_or_before_an_event(nlp, text):
    assert dated(nlp, text, "2018-09-01") == {(KASK_DAUK, None)}
