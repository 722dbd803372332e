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
