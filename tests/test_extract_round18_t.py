"""Round 18 (T): custody with no agent is the act of the article's one told custodian.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

HELD = ("opposes", "state:PE", "person:jorge-salas")


@pytest.mark.parametrize("text", [
    # the group told in the lede, a name in a later sentence; the dateline's city gives no state
    "GENEVA (Reuters) - A Peruvian court sentenced three fishermen to prison on Monday, a rights group said. "
    "Jorge Salas and Ana Ruiz were each sentenced to three years in jail, the group said.",
    # the custodian told in the story beats the dateline's state
    "MADRID (Reuters) - Spain protested on Monday after Peruvian police arrested two Spanish sailors. "
    "Jorge Salas, the captain, was charged with smuggling on Tuesday.",
])
def test_custody_with_no_agent_is_the_told_custodians(nlp, text):
    assert HELD in triples(nlp, text)


def test_the_told_custodian_beats_the_dateline_state(nlp):
    text = ("MADRID (Reuters) - Spain protested on Monday after Peruvian police arrested two Spanish sailors. "
            "Jorge Salas, the captain, was charged with smuggling on Tuesday.")
    assert ("opposes", "state:ES", "person:jorge-salas") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # two states hold people in the story: no telling which one holds him
    "GENEVA (Reuters) - A Peruvian court sentenced three fishermen on Monday. Chilean police arrested two "
    "sailors on Tuesday. Jorge Salas was jailed for three years.",
    # the custody's sentence names another state only: his own account of another story
    "GENEVA (Reuters) - A Peruvian court sentenced three fishermen on Monday. Jorge Salas testified that he was "
    "jailed in retaliation for his reporting and later fled Bolivia.",
    # the custodian is only said not to have held anyone
    "GENEVA (Reuters) - Peruvian police did not arrest the three fishermen. Jorge Salas was jailed for three years.",
])
def test_no_one_custodian_or_another_states_sentence_gives_nothing(nlp, text):
    assert HELD not in triples(nlp, text)


@pytest.mark.parametrize("text, found", [
    ("Chile keeps 300 soldiers in Peru as part of a NATO mission to train Peruvian police.",
     ("supports", "org:nato", "state:PE")),
    ("The Chilean mission to train Peruvian forces began in May.", ("supports", "state:CL", "state:PE")),
    ("Bachelet ordered an increase in Chilean troops to train Peruvian police.",
     ("supports", "state:CL", "state:PE")),
])
def test_a_mission_or_troops_sent_to_train_are_their_senders_aid(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # planned, not sent
    "Chile may send a mission to train Peruvian forces next year.",
    # no one's mission
    "A mission to train Peruvian forces began in May.",
])
def test_a_planned_or_ownerless_mission_gives_nothing(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "supports" and t[2] == "state:PE"}


@pytest.mark.parametrize("text", [
    # the place is on a verb joined to the custody: not the dateline's state
    "BOGOTA (Reuters) - Colombia protested on Monday. Jorge Salas was arrested and died in a Lima jail in 2015.",
    # the place is on the clause the custody tells the time of
    "SANTIAGO (Reuters) - Chile said on Monday that Jorge Salas was on holiday in Peru when he was arrested.",
    # the journey the person went missing on, told in another sentence
    "SANTIAGO (Reuters) - Chile said on Monday that Jorge Salas, an activist, went missing during a March visit to "
    "Peru. Officials later confirmed he had been detained.",
])
def test_custody_placed_abroad_is_that_states(nlp, text):
    found = triples(nlp, text)
    assert HELD in found
    assert not {t for t in found if t[0] == "opposes" and t[2] == "person:jorge-salas" and t[1] != "state:PE"}


@pytest.mark.parametrize("text, absent", [
    # a place inside what he is charged with is no place of the custody
    ("SANTIAGO (Reuters) - Chile said on Monday that Jorge Salas was charged with a murder in Lima.", HELD),
    # two journeys: no telling where he was held
    ("SANTIAGO (Reuters) - Chile said on Monday that Jorge Salas went missing during a visit to Peru. He had been on "
     "a trip to Bolivia before. Officials later confirmed he had been detained.", HELD),
])
def test_a_place_of_the_charge_or_two_journeys_give_nothing(nlp, text, absent):
    assert absent not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Peru's arrest of Jorge Salas angered Chile on Monday.",
    "Chile said Peruvian charges against Jorge Salas were unfair.",
    # no owner: the state the custody is placed in
    "Chile said Jorge Salas had been a teacher before his arrest in Peru last year.",
])
def test_custody_told_by_a_noun_is_its_states(nlp, text):
    assert HELD in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # asked for, feared or faced: not done
    "Chile called for Peru's arrest of Jorge Salas.",
    "Jorge Salas fled to Chile in fear of arrest in Peru.",
    # no owner, no place, no custodian told: a dateline alone does not say whose noun it is
    "LIMA (Reuters) - Peru said on Monday that the indictment against Jorge Salas was a Chilean matter.",
])
def test_a_custody_noun_undone_or_of_no_told_state_gives_nothing(nlp, text):
    assert HELD not in triples(nlp, text)
