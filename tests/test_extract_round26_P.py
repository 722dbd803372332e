"""Round 26 (P): custody told without its custodian.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

BERLIN = "BERLIN (Reuters) - Germany's foreign minister Heiko Maas spoke on Monday. "


@pytest.mark.parametrize("text", [
    BERLIN + "Jorge Salas, who has now been held in Turkey for 200 days, is a journalist.",
    BERLIN + "Jorge Salas has been held in a Turkish prison since February.",
    BERLIN + "Turkish police arrested two Germans last week. Jorge Salas, who has now been held for 200 days, is a "
             "journalist.",
])
def test_a_person_held_with_no_agent_is_held_by_the_clause_s_or_the_article_s_custodian(nlp, text):
    assert ("opposes", "state:TR", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # no place and no custodian told: the dateline's state alone is not the custodian
    BERLIN + "Jorge Salas, who has now been held for 200 days, is a journalist.",
    # a hostage is often no state's
    BERLIN + "Jorge Salas was held hostage in Turkey for 200 days.",
    # hedged or denied
    BERLIN + "Jorge Salas may be held in Turkey for 200 days.",
    BERLIN + "Jorge Salas is not held in a Turkish prison.",
    # only reported: the clause of a noun
    BERLIN + "Turkish police arrested two Germans. Asked about reports Jorge Salas was held in Turkey, Maas said nothing.",
])
def test_a_person_held_with_no_custodian_told_is_held_by_no_one(nlp, text):
    assert not any(dst == "person:jorge-salas" and src.startswith("state:") for _, src, dst in triples(nlp, text))


ANKARA = "ANKARA (Reuters) - Turkish police detained 20 people on Monday. "


@pytest.mark.parametrize("text", [
    ANKARA + "Twelve of the accused teachers have been in police detention since May, including the poet Jorge "
             "Salas.",
    ANKARA + "Twelve of the defendants remain in custody, including Jorge Salas and Maria Lopez.",
    BERLIN + "Twelve of the journalists have been held in Turkey for months, including Jorge Salas.",
])
def test_the_persons_after_including_share_a_group_s_custody(nlp, text):
    assert ("opposes", "state:TR", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a custody told only in the simple past
    ANKARA + "Twelve of the defendants were in detention last year, including the columnist Jorge Salas.",
    # hedged
    ANKARA + "Twelve of the defendants may remain in custody, including Jorge Salas.",
    # no custody phrase
    ANKARA + "Twelve officials have been in talks for months, including Jorge Salas.",
])
def test_the_persons_after_including_share_no_custody_not_told_as_now(nlp, text):
    assert not any(dst == "person:jorge-salas" and src.startswith("state:") for _, src, dst in triples(nlp, text))
