"""Round 17 meeting shapes, on made-up sentences: a meeting whose sides are the states of the unnamed officials of
its "of" phrase ("a meeting of the foreign ministers of A and B", "talks of A-ish and B-ish officials"), and not when
those officials are of one state or body."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def parties(nlp, text, date="2018-08-27"):
    """The participants of every meeting the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


LV_LT = frozenset({"state:LV", "state:LT"})


@pytest.mark.parametrize("text", [
    "A rail link was announced after a meeting of the foreign ministers of Latvia and Lithuania in Riga on Monday.",
    "A rail link was announced after a meeting of Latvian and Lithuanian officials in Riga on Monday.",
    "Latvia and Lithuania want closer ties. A rail link was announced after a meeting of foreign ministers of both "
    "countries in Riga on Monday.",
])
def test_a_meeting_of_officials_of_two_states_is_a_meeting_of_the_states(nlp, text):
    assert parties(nlp, text) == {LV_LT}


@pytest.mark.parametrize("text", [
    "A rail link was announced after a meeting of Latvian ministers in Riga on Monday.",         # one state
    "A rail link was announced after a meeting of the ministers in Riga on Monday.",             # no state
    "Latvia and Lithuania will hold a meeting of their foreign ministers in Riga next month.",   # to come
])
def test_no_meeting_of_officials_of_one_state_or_none(nlp, text):
    assert parties(nlp, text) == set()


@pytest.mark.parametrize("text, other", [
    ("Latvian Foreign Minister Ivo Kask spoke on Monday. Latvia's foreign minister met Lithuanian President Ona Dauk "
     "in Vilnius on Thursday.", "person:ona-dauk"),
    ("VILNIUS - Latvia's foreign minister said on Thursday during a visit to Vilnius that ties were strong. Latvian "
     "Foreign Minister Ivo Kask told reporters the talks went well.", "state:LT"),
])
def test_a_subject_named_by_the_title_of_one_person_is_that_person(nlp, text, other):
    assert parties(nlp, text) == {frozenset({"person:ivo-kask", other})}


def test_a_title_two_persons_hold_stays_the_state(nlp):
    text = ("Latvian Foreign Minister Ivo Kask and Latvian Foreign Minister Aldis Berg spoke. Latvia's foreign minister "
            "met Lithuanian President Ona Dauk in Vilnius on Thursday.")
    assert parties(nlp, text) == {frozenset({"state:LV", "person:ona-dauk"})}


@pytest.mark.parametrize("text", [
    "Latvian President Ivo Kask met Lithuanian President Ona Dauk in Vilnius on Monday. Latvian Foreign Minister "
    "Aldis Berg was also present.",
    "Latvian President Ivo Kask met Lithuanian President Ona Dauk in Vilnius on Monday. They spoke of trade. The "
    "Latvian foreign minister, Aldis Berg, who was also present, said the talks went well.",
])
def test_one_also_present_sat_in_the_meeting_told_before(nlp, text):
    assert parties(nlp, text) == {frozenset({"person:ivo-kask", "person:ona-dauk", "person:aldis-berg"})}


@pytest.mark.parametrize("text", [
    "Latvian President Ivo Kask met Lithuanian President Ona Dauk in Vilnius on Monday. Latvian Foreign Minister "
    "Aldis Berg was not present.",                                       # absent
    "Latvian Foreign Minister Aldis Berg was also present. Latvian President Ivo Kask met Lithuanian President "
    "Ona Dauk in Vilnius on Monday.",                                    # no meeting told before
])
def test_no_join_without_presence_at_a_meeting_told_before(nlp, text):
    assert parties(nlp, text) == {frozenset({"person:ivo-kask", "person:ona-dauk"})}
