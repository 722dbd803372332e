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
    (MANILA + "It is absurd, said Jorge Salas, the public face of the campaign who is wanted in Spain for rebellion.",
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
