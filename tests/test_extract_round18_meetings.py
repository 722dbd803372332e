"""Round 18 meeting dates, on made-up sentences: a date phrase hung on the talks noun itself dates the talks; a
meeting told with no time at all takes the lede's day when the lede names one of its sides (a participant, or the
state a participant holds a post for); not when its sentence tells any time, not for a counted number of meetings,
and not when the lede's day lies days before the article's own."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def dated(nlp, text, date="2018-08-29"):
    """(participants, date) of every meeting the text gives, read as one article of `date` (a Wednesday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


KASK_DAUK = frozenset({"person:ivo-kask", "person:ona-dauk"})


def test_a_date_on_the_talks_noun_dates_the_talks(nlp):
    text = ("Latvia wants to trade more with its southern neighbour in the coming years. In Vilnius for talks with "
            "Lithuanian President Ona Dauk on Monday, Latvian President Ivo Kask said trade should grow.")
    assert dated(nlp, text) == {(KASK_DAUK, "2018-08-27")}


@pytest.mark.parametrize("text", [
    # the lede names the state the visitor holds a post for, not the visitor
    "RIGA - Latvia said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask met Lithuanian "
    "President Ona Dauk after giving a speech.",
    # the lede names the other side's state
    "VILNIUS - Lithuania said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask met "
    "Lithuanian President Ona Dauk after giving a speech.",
])
def test_a_meeting_told_with_no_time_takes_the_day_of_a_lede_naming_its_side(nlp, text):
    assert dated(nlp, text) == {(KASK_DAUK, "2018-08-28")}


@pytest.mark.parametrize("text, date", [
    ("RIGA - Latvia said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask met Lithuanian "
     "President Ona Dauk last month.", "2018-08-29"),      # a time of its own, no single day
    ("RIGA - Latvia said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask recently met "
     "Lithuanian President Ona Dauk.", "2018-08-29"),      # before the day's news
    ("RIGA - Latvia said on Thursday it would build a new port. Latvian Foreign Minister Ivo Kask met Lithuanian "
     "President Ona Dauk after giving a speech.", "2018-08-29"),   # Thursday would be six days before the article
    ("RIGA - Estonia said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask met Lithuanian "
     "President Ona Dauk after giving a speech.", "2018-08-29"),   # the lede names neither side
    ("RIGA - Latvia said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask spoke in Riga after "
     "meeting Lithuanian President Ona Dauk.", "2018-08-29"),      # told as before another event
])
def test_no_lede_day_for_a_meeting_told_with_a_time_or_of_other_sides(nlp, text, date):
    assert dated(nlp, text, date) == {(KASK_DAUK, None)}


def test_counted_meetings_take_no_single_day(nlp):
    text = ("RIGA - Latvia said on Tuesday it would build a new port. Latvian Foreign Minister Ivo Kask held two "
            "meetings with Lithuanian President Ona Dauk.")
    assert dated(nlp, text) == {(KASK_DAUK, None)}


def test_attendees_of_one_body_s_gathering_are_one_meeting_when_one_has_no_day(nlp):
    text = ("BRUSSELS - Latvia said on Monday it wants a new port. Latvian Foreign Minister Ivo Kask told reporters at "
            "a meeting of EU foreign ministers in Brussels. Lithuanian Foreign Minister Ona Dauk, who attended the EU "
            "meeting in Brussels, declined to comment, though her aide spoke last week.")
    assert dated(nlp, text, "2018-08-27") == {(KASK_DAUK | {"org:european-union"}, "2018-08-27")}


def told(nlp, text, date="2018-08-29"):
    """The participants of every meeting the text gives."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


def test_a_state_s_official_who_told_an_international_body_addressed_it(nlp):
    text = "Peruvian Foreign Minister Ada Rell told the U.N. Security Council on Tuesday that the ceasefire had failed."
    assert dated(nlp, text) == {(frozenset({"person:ada-rell", "org:united-nations-security-council"}), "2018-08-28")}


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Ada Rell told the U.N. Security Council in a letter on Tuesday that the ceasefire had "
    "failed.",                                                                          # written, not said there
    "Peruvian Foreign Minister Ada Rell will tell the U.N. Security Council on Tuesday that the ceasefire failed.",   # to come
    "U.N. envoy Ada Rell spoke in Lima on Monday. Blaming both sides, she told the U.N. Security Council that the "
    "ceasefire had failed.",                                                            # the body's own official
])
def test_no_address_by_letter_to_come_or_by_the_body_s_own_official(nlp, text):
    assert told(nlp, text) == set()
