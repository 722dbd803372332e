"""Attendance at gatherings whose other participants go unnamed, from made-up sentences: value in, value out."""

import pytest

from geokg.ingest.extract import build_context, extract
from geokg.ingest.gatherings import extract_gatherings
from geokg.ingest.meetings import extract_meetings
from geokg.ingest.model import Article


def gatherings(nlp, text, date="2018-08-27"):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date))
    return extract_gatherings(ctx, extract_meetings(ctx))


@pytest.mark.parametrize("text, body, place, day", [
    ("Speaking at a summit of the Arab League in Cairo on Tuesday, Peruvian President Ada Rell said the plan "
     "had failed.", "org:arab-league", "city:Cairo", "2018-08-21"),
    ("Peruvian President Ada Rell, attending an Arab League meeting in Cairo, told reporters the plan had failed.",
     "org:arab-league", "city:Cairo", None),
    ("Ada Rell, the Peruvian foreign minister, said on the sidelines of the G20 summit in Osaka that talks were over.",
     "org:g20", "city:Osaka", None),
    ("Peruvian President Ada Rell addressed the U.N. General Assembly on Thursday.",
     "org:united-nations-general-assembly", None, "2018-08-23"),
    ("In a speech to the European Parliament on Monday, Irish Prime Minister Ada Rell said Brexit was a mistake.",
     "org:european-parliament", None, "2018-08-27"),
    ("Peruvian Defence Minister Ada Rell said at a security conference in Singapore on Saturday that the plan had "
     "failed.", "state:SG", "state:SG", "2018-08-25"),
    ("Peruvian Defence Minister Ada Rell said during a speech at a security conference in Singapore that the plan "
     "had failed.", "state:SG", "state:SG", None),
])
def test_attendance_is_a_meeting_of_the_person_and_the_body(nlp, text, body, place, day):
    (m,) = gatherings(nlp, text)
    assert set(m.participants) == {"person:ada-rell", body}
    assert (m.place, m.date) == (place, day)
    assert text[m.evidence.start:m.evidence.end] == m.evidence.sentence


def test_a_definite_meeting_takes_the_body_of_the_gathering_told_before(nlp):
    text = ("The Arab League said on Saturday after hours of meetings in Cairo that the plan was void. "
            "Peru's Foreign Minister Ada Rell said during the emergency meeting that sanctions were needed.")
    (m,) = gatherings(nlp, text)
    assert set(m.participants) == {"person:ada-rell", "org:arab-league"}


@pytest.mark.parametrize("text", [
    "Peruvian President Ada Rell will attend the G20 summit in Osaka.",                        # planned
    "Peruvian President Ada Rell is due to address the U.N. General Assembly on Thursday.",    # scheduled
    "Peruvian President Ada Rell addressed the Arab League summit by video link on Monday.",   # remote
    "Peruvian President Ada Rell said the G20 summit in Osaka had been a failure.",            # commented on
    "Peruvian President Ada Rell criticised the Arab League meeting in Cairo on Monday.",      # commented on
    "Peruvian President Ada Rell said at a news conference in Osaka on Monday that it failed.",  # press, not a gathering
    "Peruvian President Ada Rell said at a cabinet meeting in Lima on Monday that it failed.",   # at home
    "Ada Rell said at a conference in Osaka on Monday that the plan had failed.",               # no post
    "Peruvian President Ada Rell said at a summit on Monday that the plan had failed.",         # no body, no host
    "Peruvian President Ada Rell told Olaf Berg at the G20 summit in Osaka on Monday that it failed.",  # named other
])
def test_no_attendance(nlp, text):
    assert gatherings(nlp, text) == ()


def test_a_gathering_with_named_participants_is_left_to_the_meeting_rules(nlp):
    text = ("Peruvian President Ada Rell met German Chancellor Olaf Berg on the sidelines of the G20 summit "
            "in Osaka on Monday.")
    doc = nlp(text)
    meetings = extract(doc, Article(id="t", text=text, date="2018-08-27")).meetings
    assert [set(m.participants) for m in meetings] == [{"person:ada-rell", "person:olaf-berg"}]


def test_a_meeting_of_the_same_person_and_day_is_not_told_twice(nlp):
    text = ("Peruvian President Ada Rell met German Chancellor Olaf Berg in Osaka on Monday. Speaking at the G20 "
            "summit in Osaka on Monday, Rell said the plan had failed.")
    doc = nlp(text)
    meetings = extract(doc, Article(id="t", text=text, date="2018-08-27")).meetings
    assert len(meetings) == 1 and "org:g20" not in meetings[0].participants


def test_a_pronoun_is_the_one_person_who_spoke_in_the_sentence_before(nlp):
    text = ("The plan has failed, Peruvian Defence Minister Ada Rell said on Monday. It cannot go on, she told "
            "reporters at a meeting of NATO defence ministers in Brussels.")
    (m,) = gatherings(nlp, text)
    assert set(m.participants) == {"person:ada-rell", "org:nato"}


def test_a_pronoun_after_two_named_persons_is_not_sure(nlp):
    text = ("Peruvian Defence Minister Ada Rell said Olaf Berg had failed. It cannot go on, she told "
            "reporters at a meeting of NATO defence ministers in Brussels.")
    assert gatherings(nlp, text) == ()


@pytest.mark.parametrize("text, body", [
    # the object of a verb of speaking about is a topic, not a side present (round 17)
    ("Peruvian President Ada Rell called the Chilean government corrupt in her address to the U.N. General Assembly "
     "on Thursday.", "org:united-nations-general-assembly"),
    ("Peruvian President Ada Rell criticised Chile in a speech to the European Parliament on Monday.",
     "org:european-parliament"),
    # one of the attendees named by a copula (round 17)
    ("Peruvian Foreign Minister Ada Rell was one of many attending an EU meeting who praised the plan.",
     "org:european-union"),
    ("Peruvian Foreign Minister Ada Rell was among the ministers attending the NATO summit in Brussels.", "org:nato"),
])
def test_attendance_told_with_a_topic_or_among_others(nlp, text, body):
    (m,) = gatherings(nlp, text)
    assert set(m.participants) == {"person:ada-rell", body}


@pytest.mark.parametrize("text", [
    "Peruvian President Ada Rell told Chile at the G20 summit in Osaka on Monday that it failed.",   # addressed
    "Peruvian Foreign Minister Ada Rell was one of the critics of the plan attending the EU meeting.",  # not the copula's
    "Peruvian Foreign Minister Ada Rell will be among the ministers attending the NATO summit in Brussels.",  # planned
])
def test_no_attendance_of_an_addressed_state_or_a_non_attendee(nlp, text):
    assert gatherings(nlp, text) == ()


@pytest.mark.parametrize("text, body", [
    # attending as the purpose of a stay or a journey told as done (round 17)
    ("Peruvian Senator Ada Rell was in Geneva to attend a United Nations event and meet with investors.",
     "org:united-nations"),
    ("Peruvian President Ada Rell flew to Cairo on Monday to attend the Arab League summit.", "org:arab-league"),
])
def test_attending_as_the_purpose_of_a_journey_that_took_place(nlp, text, body):
    (m,) = gatherings(nlp, text)
    assert set(m.participants) == {"person:ada-rell", body}


@pytest.mark.parametrize("text", [
    "Peruvian President Ada Rell plans to fly to Cairo to attend the Arab League summit.",     # planned journey
    "Peruvian President Ada Rell will be in Geneva to attend a United Nations event.",        # to come
])
def test_attending_as_the_purpose_of_a_journey_to_come_is_none(nlp, text):
    assert gatherings(nlp, text) == ()
