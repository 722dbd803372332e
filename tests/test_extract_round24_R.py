"""Round 24 (R): "the couple", "the pair", "the two men" stand for the two persons told just before.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text", [
    LIMA + "Maria Lopez and Juan Ortiz were freed on Monday. The pair had been kidnapped by the Condor Front in 2012.",
    LIMA + "Maria Lopez and Juan Ortiz were freed on Monday. The couple had been held by the Condor Front since 2012.",
    LIMA + "Maria Lopez and Juan Ortiz were freed on Monday. The two men had been kidnapped by the Condor Front.",
    # the second person named in an apposition to a noun of the list ("her husband, Y")
    LIMA + "Maria Lopez and her husband, Juan Ortiz, were freed five years after the couple was abducted in Bolivia "
           "by the Condor Front.",
])
def test_the_couple_is_the_two_persons_told_before(nlp, text):
    got = triples(nlp, text)
    assert {("opposes", "org:condor-front", "person:maria-lopez"),
            ("opposes", "org:condor-front", "person:juan-ortiz")} <= got


@pytest.mark.parametrize("text", [
    # two states, not two persons
    LIMA + "Peru and Chile were at odds on Monday. The pair had been attacked by the Condor Front in 2012.",
    # no list of two persons before it
    LIMA + "Maria Lopez met Juan Ortiz on Monday. The couple had been attacked by the Condor Front in 2012.",
    # three persons: not a couple
    LIMA + "Maria Lopez, Ana Diaz and Juan Ortiz were freed on Monday. The pair had been kidnapped by the Condor Front.",
    # "a couple of", "the pair of": a count, not two persons
    LIMA + "Maria Lopez and Juan Ortiz were freed on Monday. A couple of guards had been attacked by the Condor Front.",
])
def test_the_couple_names_nobody_without_two_persons_told(nlp, text):
    assert not any(dst.startswith("person:") for _, src, dst in triples(nlp, text) if src == "org:condor-front")
