"""Round 16 (R): custody told with no agent and no place is the dateline state's.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LEDE = "LIMA (Reuters) - Peru tightened its fraud laws on Monday. "


@pytest.mark.parametrize("text", [
    LEDE + "Jorge Salas, a fisherman, was jailed on Friday.",
    LEDE + "Jorge Salas and Ana Ruiz were sentenced to ten years in prison on Tuesday, a court spokesman said.",
    # the other clause's source ("according to the Lima Courts") is no place of this custody
    LEDE + "Jorge Salas was sentenced to life, while Ana Ruiz was sentenced to ten years, according to the Lima "
           "Courts website.",
    LEDE + "Jorge Salas was detained on Monday and charged with fraud.",
])
def test_custody_with_no_agent_is_the_dateline_states(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a place is named: the custody may be another state's
    LEDE + "Jorge Salas was arrested while on holiday in the Galapagos Islands.",
    LEDE + "Jorge Salas has been detained on Santa Maria island for four years.",
    # a duty, not a charge
    LEDE + "Jorge Salas is charged with overseeing the port of Callao.",
    # no dateline: no telling whose custody it is
    "Peru tightened its fraud laws on Monday. Jorge Salas, a fisherman, was jailed on Friday.",
])
def test_custody_placed_elsewhere_or_no_custody_gives_nothing(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # courts, prosecutors and authorities named bare as the agent of a custody act: the state the story is about
    LEDE + "Prosecutors charged Jorge Salas with fraud on Friday.",
    LEDE + "A court sentenced Jorge Salas to ten years on Friday.",
    LEDE + "Authorities detained Jorge Salas on Friday.",
])
def test_a_bare_court_or_prosecutor_holding_someone_is_the_states(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # two states named before: no telling whose authorities they are
    "Chile and Peru signed a deal. Authorities detained Jorge Salas on Friday.",
    # not a custody verb: a court that praises is no custodian
    LEDE + "A court praised Jorge Salas on Friday.",
])
def test_a_bare_custodian_of_no_one_state_gives_nothing(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a state's own official held: the person is held, not the state (which would oppose itself and be dropped)
    "Peru arrested Senator Jorge Salas on Friday.",
    LEDE + "Senator Jorge Salas was jailed on Friday.",
    # where the held person served is no place of the custody
    LEDE + "Jorge Salas, a minister in President Ana Ruiz's government, was jailed on Friday.",
])
def test_a_state_holding_its_own_official_holds_the_person(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


def test_a_state_praising_its_own_official_gives_nothing(nlp):
    got = triples(nlp, "Peru praised Senator Jorge Salas on Friday.")
    assert not {t for t in got if t[2] == "person:jorge-salas"}


def test_custody_told_after_the_fact_keeps_the_dateline_state(nlp):
    text = LEDE + "Jorge Salas faces ruin after he was convicted last month."
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # the main clause places the custody a clause tells the time of
    ("LONDON (Reuters) - Britain voiced concern on Monday. Ana Ruiz, a teacher, was visiting family in Peru when "
     "she was detained.", ("opposes", "state:GB", "person:ana-ruiz")),
    # a sitting head of government "charged with" ties is criticised, not held by the state he heads
    ("BUDAPEST (Reuters) - Hungary voiced concern on Monday. Prime Minister Jorge Salas has often been charged with "
     "having close ties with Chile.", ("opposes", "state:HU", "person:jorge-salas")),
])
def test_custody_placed_by_the_main_clause_or_of_a_sitting_head_gives_nothing(nlp, text, absent):
    assert absent not in triples(nlp, text)


@pytest.mark.parametrize("text, found", [
    # the tagger calls the cue a noun or an adverb, yet it has a subject and an object of its own: a verb
    ("The party loyal to Jorge Salas - who Peru and Chile accuse of masterminding the attacks - has little chance.",
     ("opposes", "state:PE", "person:jorge-salas")),
    ("The party loyal to Jorge Salas - who Peru and Chile accuse of masterminding the attacks - has little chance.",
     ("opposes", "state:CL", "person:jorge-salas")),
])
def test_a_cue_mistagged_as_a_noun_with_subject_and_object_is_read_as_a_verb(nlp, text, found):
    assert found in triples(nlp, text)



@pytest.mark.parametrize("text", [
    # backing a state's entry into a body is backing the state, as backing its accession or membership is
    "Norway backed Peruvian entry into the trade group.",
    "Norway backs Peru's entry into NATO.",
])
def test_backing_a_states_entry_supports_the_state(nlp, text):
    assert ("supports", "state:NO", "state:PE") in triples(nlp, text)
