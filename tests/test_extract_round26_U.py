"""Round 26 (U): a month-named surname ("May", "June") read as the person named in full as an object or a possessor.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

OSLO = "OSLO (Reuters) - Norway's Prime Minister Helen May faces a vote on Monday. "


@pytest.mark.parametrize("text, rel, src", [
    # the direct and the indirect object of a verb
    (OSLO + "Sweden's Prime Minister Lars Berg backed May.", "supports", "state:SE"),
    (OSLO + "Denmark set May a deadline of Friday.", "opposes", "state:DK"),
    # the owner of a noun that is not a time's
    (OSLO + "Sweden's Prime Minister Lars Berg criticised May's government on Tuesday.", "opposes", "state:SE"),
])
def test_a_month_named_surname_as_object_or_owner_is_the_person(nlp, text, rel, src):
    assert (rel, src, "state:NO") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a date: a preposition before the month, a day after it, or a noun it qualifies
    OSLO + "Sweden's Prime Minister Lars Berg backed the plan in May.",
    OSLO + "Denmark criticised the May 5 decision.",
    OSLO + "Denmark set a deadline of May 5.",
    # a time's own things owned by the month
    OSLO + "Sweden's Prime Minister Lars Berg criticised May's elections.",
    # a verb whose object is a stretch of time
    OSLO + "Sweden's Prime Minister Lars Berg spent May abroad.",
])
def test_a_month_in_a_date_s_slot_stays_a_month(nlp, text):
    got = triples(nlp, text)
    assert not any(dst in ("state:NO", "person:helen-may") for _, _, dst in got)


def test_a_month_before_the_full_name_stays_a_month(nlp):
    # only a surname after the full name is read as the person
    text = "OSLO (Reuters) - Denmark backed May. Norway's Prime Minister Helen May faces a vote on Monday."
    assert not any(src == "state:DK" for _, src, _ in triples(nlp, text))
