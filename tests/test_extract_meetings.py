"""Meetings, their dates and memberships from small texts: value in, value out."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.meetings import extract_meetings, extract_memberships, resolve_date
from geokg.ingest.model import Article
from geokg.ingest.nlp import build_nlp


@pytest.mark.parametrize("expression, article_date, expected", [
    ("on Sunday", "2018-08-27", "2018-08-26"),      # a Monday article: the day before
    ("on Monday", "2018-08-27", "2018-08-27"),      # the article's own weekday: that day
    ("on Tuesday", "2018-08-27", "2018-08-21"),     # the most recent past Tuesday
    ("Saturday evening", "2017-12-09", "2017-12-09"),
    ("yesterday", "2018-08-27", "2018-08-26"),
    ("on March 3", "2018-08-27", "2018-03-03"),
    ("Nov. 4", "2017-11-23", "2017-11-04"),
    ("on Dec. 30", "2018-01-02", "2017-12-30"),      # a date ahead of a January article is last year's
    ("on July 4, 2016", "2018-08-27", "2016-07-04"),
    ("last week", "2018-08-27", None),
    ("in July", "2018-08-27", None),
    ("next Tuesday", "2018-08-27", None),
    ("on Sunday", None, None),
])
def test_resolve_date(expression, article_date, expected):
    assert resolve_date(expression, article_date) == expected


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def context(nlp, text, date="2018-08-27"):
    return build_context(nlp(text), Article(id="t", text=text, date=date))


def test_a_meeting_of_two_named_ministers_dated_from_the_article(nlp):
    text = "On Sunday, Iran defence minister Amir Hatami arrived in Syria and met his counterpart Abdullah Ayoub."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:amir-hatami", "person:abdullah-ayoub"}
    assert m.date == "2018-08-26"
    assert text[m.evidence.start:m.evidence.end] == m.evidence.sentence and m.evidence.cue


def test_a_visit_with_no_named_host_meets_the_host_state(nlp):
    text = "Japanese Prime Minister Shinzo Abe visited Germany on Monday."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:shinzo-abe", "state:DE"}
    assert m.date == "2018-08-27"


def test_a_joint_news_conference_is_a_meeting(nlp):
    text = ("The sanctions were mentioned by Prime Minister Shinzo Abe in a joint news conference with "
            "U.S. President Donald Trump on Monday.")
    (m,) = extract_meetings(context(nlp, text, "2017-11-07"))
    assert set(m.participants) == {"person:shinzo-abe", "person:donald-trump"}
    assert m.date == "2017-11-06"


@pytest.mark.parametrize("text", [
    "U.S. President Donald Trump will meet Russian President Vladimir Putin on Tuesday.",
    "U.S. President Donald Trump plans to meet Russian President Vladimir Putin next week.",
    "U.S. President Donald Trump could meet Russian President Vladimir Putin in Vietnam.",
    "U.S. President Donald Trump spoke with Russian President Vladimir Putin in a phone call on Monday.",
])
def test_planned_hypothetical_and_phone_meetings_are_left_out(nlp, text):
    assert extract_meetings(context(nlp, text)) == ()


def test_membership_from_a_title_noun(nlp):
    text = "NATO member Turkey bought Russian missiles."
    got = {(m.member, m.group) for m in extract_memberships(context(nlp, text))}
    assert got == {("state:TR", "org:nato")}


def test_the_same_meeting_told_twice_is_one_meeting_at_the_city(nlp):
    text = ("Iran's top defence official met with his Syrian counterpart in Damascus on Sunday. "
            "On Sunday, Iran defence minister Amir Hatami arrived in Syria and met his counterpart Abdullah Ayoub.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:amir-hatami", "person:abdullah-ayoub"}
    assert (m.place, m.date) == ("city:damascus", "2018-08-26")


def test_a_refused_meeting_is_none(nlp):
    text = "Palestinian President Mahmoud Abbas refused a meeting with U.S. Vice President Mike Pence."
    assert extract_meetings(context(nlp, text)) == ()


def test_memberships_of_a_state_in_organisations(nlp):
    text = "South Sudan became independent in 2011. It is a United Nations member state and a member state of the African Union."
    got = {(m.member, m.group) for m in extract_memberships(context(nlp, text))}
    assert got == {("state:SS", "org:united-nations"), ("state:SS", "org:african-union")}


def test_a_former_member_is_no_member(nlp):
    text = "Turkey, a former NATO member, bought Russian missiles."
    assert extract_memberships(context(nlp, text)) == ()


def test_talks_the_announcers_held_before_they_announced(nlp):
    text = "Russia, Iran and Turkey announced new dates after a round of peace talks in Kazakhstan last week."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"state:RU", "state:IR", "state:TR"}
    assert (m.place, m.date) == ("state:KZ", None)
