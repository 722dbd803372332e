"""Round 22 (N) meeting shapes, on made-up sentences: a month-named surname met in talks ("talks with June") is the
person named before, not a month."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def parties(nlp, text, date="2018-08-27"):
    """The participants of every meeting the text gives, read as one article of `date` (a Monday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


KASK_JUNE = frozenset({"person:ivo-kask", "person:ona-june"})
LEDE = "RIGA (Reuters) - Lithuanian President Ona June said on Tuesday the plan had to change. "


@pytest.mark.parametrize("text", [
    LEDE + "It has to change, Latvian Prime Minister Ivo Kask told the press after talks with June in Riga.",
    LEDE + "Latvian Prime Minister Ivo Kask held a meeting with June on Wednesday.",
])
def test_a_month_named_surname_met_in_talks_is_the_person(nlp, text):
    assert KASK_JUNE in parties(nlp, text)


@pytest.mark.parametrize("text", [
    LEDE + "Exports rose 4 percent compared with June, Latvian Prime Minister Ivo Kask told reporters.",
    LEDE + "Latvian Prime Minister Ivo Kask held talks with June officials in Riga.",
    LEDE + "Latvian Prime Minister Ivo Kask held talks with June 5 as the deadline.",
    LEDE + "Latvian Prime Minister Ivo Kask held talks in June with Lithuanian officials.",
])
def test_a_month_that_is_no_one_met_stays_a_month(nlp, text):
    assert KASK_JUNE not in parties(nlp, text)


KASK_DAUK = frozenset({"person:ivo-kask", "person:ona-dauk"})


@pytest.mark.parametrize("text", [
    "Following talks with Lithuanian President Ona Dauk on Tuesday, Latvian Prime Minister Ivo Kask said trade would "
    "grow.",
    "Following a meeting with Lithuanian President Ona Dauk on Tuesday, Latvian Prime Minister Ivo Kask said trade "
    "would grow.",
])
def test_talks_after_a_preposition_following_belong_to_the_clause(nlp, text):
    assert KASK_DAUK in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Following talks with Lithuanian President Ona Dauk next week, Latvian Prime Minister Ivo Kask will sign the deal.",
    "Following talks with Lithuanian President Ona Dauk, Latvian Prime Minister Ivo Kask may sign the deal.",
    "Diplomats following the talks with Lithuanian President Ona Dauk said Latvian Prime Minister Ivo Kask would "
    "sign the deal.",
])
def test_talks_following_that_are_to_come_or_watched_stay_unread(nlp, text):
    assert KASK_DAUK not in parties(nlp, text)
