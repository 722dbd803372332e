"""Round 15 meeting shapes, on made-up names: a side named again by a bare post title ("Latvia's prime minister"),
talks held with persons of two other states, which are one bilateral meeting each, a passive conjoined to a
meeting ("met Y and was received by Z"), and sides who told one gathering ("a Latvian delegate told the meeting")."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def parties(nlp, text, date="2018-08-27"):
    """The participants of every meeting the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


@pytest.mark.parametrize("text, other", [
    ("Latvian Prime Minister Ivo Kask said the border was safe. Estonian Foreign Minister Lars Vik met Latvia's "
     "prime minister in Riga on Monday.", "person:ivo-kask"),
    ("Latvian Defence Minister Ivo Kask said the border was safe. Estonian Foreign Minister Lars Vik held talks "
     "with the Latvian defence minister in Riga on Monday.", "person:ivo-kask"),
    ("Latvian Foreign Minister Ivo Kask said the border was safe. Estonian Prime Minister Lars Vik met the Latvian "
     "foreign minister in Riga on Monday.", "person:ivo-kask"),
])
def test_a_side_named_again_by_its_post_is_the_person(nlp, text, other):
    assert frozenset({"person:lars-vik", other}) in parties(nlp, text)


def test_a_post_two_persons_hold_stays_the_state(nlp):
    text = ("Latvian Prime Minister Ivo Kask and Latvian Prime Minister Aija Berg were named. Estonian Foreign "
            "Minister Lars Vik met Latvia's prime minister in Riga on Monday.")
    assert frozenset({"person:lars-vik", "state:LV"}) in parties(nlp, text)


def test_a_bare_minister_is_no_post(nlp):
    text = ("Latvian Prime Minister Ivo Kask said the border was safe. Estonian Foreign Minister Lars Vik met a "
            "Latvian minister in Riga on Monday.")
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) not in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian Prime Minister Lars Vik held talks with his Latvian counterpart, Ivo Kask, and the Lithuanian "
    "leader, Ona Dauk.",
    "Estonian Prime Minister Lars Vik held talks with Latvian Prime Minister Ivo Kask and Lithuanian President "
    "Ona Dauk.",
    "Estonian Prime Minister Lars Vik met Latvian Prime Minister Ivo Kask and Lithuanian President Ona Dauk in "
    "Vilnius on Monday.",
])
def test_talks_with_persons_of_two_other_states_are_two_meetings(nlp, text):
    got = parties(nlp, text)
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) in got
    assert frozenset({"person:lars-vik", "person:ona-dauk"}) in got
    assert frozenset({"person:lars-vik", "person:ivo-kask", "person:ona-dauk"}) not in got


def test_talks_with_two_persons_of_one_state_are_one_meeting(nlp):
    text = ("Estonian Prime Minister Lars Vik met Latvian Foreign Minister Ivo Kask and Latvian Defence Minister "
            "Aija Berg in Riga on Monday.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "person:ivo-kask", "person:aija-berg"})}


def test_a_meeting_with_persons_of_two_states_is_one(nlp):
    text = ("Speaking after a meeting with Latvian Prime Minister Ivo Kask and Lithuanian President Ona Dauk on "
            "Monday, Estonian Prime Minister Lars Vik said the border was safe.")
    assert frozenset({"person:lars-vik", "person:ona-dauk"}) not in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian Prime Minister Lars Vik met Latvian Prime Minister Ivo Kask in Riga on Monday and was received by "
    "Lithuanian President Ona Dauk in Vilnius on Tuesday.",
    "Estonian Prime Minister Lars Vik has held talks with Latvian Prime Minister Ivo Kask in Riga and been received "
    "by Lithuanian President Ona Dauk in Vilnius.",
])
def test_a_passive_conjoined_to_a_meeting_shares_its_subject(nlp, text):
    assert frozenset({"person:lars-vik", "person:ona-dauk"}) in parties(nlp, text)


def test_a_conjoined_passive_of_another_verb_is_no_meeting(nlp):
    text = ("Estonian Prime Minister Lars Vik met Latvian Prime Minister Ivo Kask and was criticised by Lithuanian "
            "President Ona Dauk.")
    assert frozenset({"person:lars-vik", "person:ona-dauk"}) not in parties(nlp, text)


def test_sides_that_told_one_gathering_met_there(nlp):
    text = ("Diplomats met on Wednesday to discuss the draft. We agree with the plan, a Latvian delegate told the "
            "meeting. We have concerns, Estonian diplomat Lars Vik told the meeting.")
    assert frozenset({"person:lars-vik", "state:LV"}) in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian Foreign Minister Lars Vik told the conference that the border was safe. Latvian Foreign Minister "
    "Ivo Kask told the conference the opposite.",
])
def test_two_ministers_who_told_the_conference_met(nlp, text):
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian Foreign Minister Lars Vik told the conference that the border was safe.",
    "Estonian Foreign Minister Lars Vik will tell the conference that the border is safe. Latvian Foreign Minister "
    "Ivo Kask told the conference the opposite.",
    "Estonian Foreign Minister Lars Vik told a conference call that the border was safe. Latvian Foreign Minister "
    "Ivo Kask told a conference call the opposite.",
    "Estonian Foreign Minister Lars Vik told a news conference that the border was safe. Latvian Foreign Minister "
    "Ivo Kask told a news conference the opposite.",
    "Estonian Foreign Minister Lars Vik told the conference that the border was safe. Estonian Defence Minister "
    "Ivo Kask told the conference the opposite.",
])
def test_one_side_a_plan_a_call_or_the_press_is_no_such_meeting(nlp, text):
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) not in parties(nlp, text)


def test_sides_that_told_one_gathering_take_the_day_of_a_lede_naming_one(nlp):
    text = ("GENEVA (Reuters) - Latvia signaled on Wednesday it would back the plan. Diplomats met to discuss the "
            "draft. We agree with the plan, a Latvian delegate told the meeting. We have concerns, Estonian diplomat "
            "Lars Vik told the meeting.")
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    assert {(frozenset(m.participants), m.date) for m in ex.meetings} == {
        (frozenset({"person:lars-vik", "state:LV"}), "2018-08-22")}
