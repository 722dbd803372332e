"""Round 28 (P): a person pursued or held by a state told without a custody verb of the state's own.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

MANILA = "MANILA (Reuters) - The Philippine president spoke on Monday. "


@pytest.mark.parametrize("text, state", [
    (MANILA + "Jorge Salas was wanted by the U.S. for kidnappings.", "state:US"),
    (MANILA + "Entrepreneur Jorge Salas is wanted by U.S. authorities on charges of fraud.", "state:US"),
    (MANILA + "Jorge Salas, a militant leader wanted by the United States, was killed on Monday.", "state:US"),
    (MANILA + "It is absurd, said Jorge Salas, the figurehead of the campaign who is wanted in Spain for sedition.",
     "state:ES"),
])
def test_a_person_wanted_by_or_in_a_state_is_pursued_by_it(nlp, text, state):
    assert ("opposes", state, "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # denied or hedged
    MANILA + "Jorge Salas is not wanted by the United States, officials said.",
    MANILA + "Jorge Salas may be wanted in Spain for fraud.",
    # a person's wish, not a pursuit
    MANILA + "Jorge Salas was wanted by his family in Spain.",
    MANILA + "Jorge Salas wanted to visit Spain and the United States.",
    # no named person wanted
    MANILA + "Belgium rarely hands over people wanted by Spain, Jorge Salas said.",
])
def test_a_wish_or_a_denied_or_hedged_pursuit_is_no_relation(nlp, text):
    assert not any(dst == "person:jorge-salas" and src.startswith("state:") for _, src, dst in triples(nlp, text))


PHNOM_PENH = "PHNOM PENH (Reuters) - Cambodia's government met donors on Monday. "


@pytest.mark.parametrize("text", [
    PHNOM_PENH + "The talks came two months after the arrest of opposition leader Jorge Salas in September.",
    PHNOM_PENH + "The crackdown ended with the arrest of party chief Jorge Salas on spying charges.",
    PHNOM_PENH + "Lawyers for Jorge Salas said his detention was illegal.",
])
def test_a_custody_noun_with_no_custodian_in_a_story_about_the_dateline_s_state_is_that_state_s(nlp, text):
    assert ("opposes", "state:KH", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # the sentence names another state: perhaps its case
    PHNOM_PENH + "Thailand voiced concern after the arrest of opposition leader Jorge Salas in September.",
    # the dateline's state is not the story's main one
    "PHNOM PENH (Reuters) - Thailand's envoy met Lao officials in Cambodia on Monday. Thailand and Laos are "
    "neighbours. Thailand asked for talks with Laos, and Thailand's king agreed. The talks came two months after the "
    "arrest of the activist Jorge Salas.",
    # the held person holds a post in another state
    PHNOM_PENH + "Thai Foreign Minister Jorge Salas was in Phnom Penh. Cambodia's ministers spoke of the "
                 "detention of Jorge Salas.",
    # a custody asked for, not done
    PHNOM_PENH + "The opposition called for the arrest of Jorge Salas.",
])
def test_a_custody_noun_in_another_state_s_story_or_sentence_takes_no_dateline_state(nlp, text):
    assert not any(src == "state:KH" for _, src, _ in triples(nlp, text))
