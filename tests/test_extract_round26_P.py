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
