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


# an insurgency or a war waged to topple a government: the one waging it acts against the state

@pytest.mark.parametrize("text", [
    LIMA + "The Condor Front has waged an insurgency to topple Peru's government since 2009.",
    LIMA + "The Condor Front, which wages a rebellion to try to unseat Peru's government, seized a town.",
])
def test_an_insurgency_waged_to_topple_a_government_opposes_its_state(nlp, text):
    assert ("opposes", "org:condor-front", "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # the other side: an uprising crushed is no aim of the one crushing it
    LIMA + "The Condor Front crushed an uprising to topple Peru's government.",
    # an aim against nobody
    LIMA + "The Condor Front has waged an insurgency for years to win a homeland in the north of Peru.",
])
def test_an_insurgency_not_waged_against_a_government_gives_nothing(nlp, text):
    assert ("opposes", "org:condor-front", "state:PE") not in triples(nlp, text)


# "in neighbouring X by Y": the parser reads "neighbouring" as a verb and hangs the passive's agent on it

@pytest.mark.parametrize("text", [
    LIMA + "Juan Ortiz was kidnapped in neighbouring Afghanistan by the Condor Front in 2012.",
    LIMA + "Maria Lopez and Juan Ortiz were freed on Monday. The pair had been kidnapped in neighbouring Afghanistan "
           "by the Condor Front in 2012.",
])
def test_an_agent_hung_on_an_ing_form_after_in_is_the_passive_s(nlp, text):
    assert ("opposes", "org:condor-front", "person:juan-ortiz") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # "by" of an -ing form that is no stray agent: the arrest is the state's, not the group's
    LIMA + "Juan Ortiz was arrested in Lima on Monday for standing by the Condor Front.",
    LIMA + "Juan Ortiz said he had been hurt in a fall while living by the Condor Front's camp.",
])
def test_a_by_phrase_of_an_ing_form_is_no_agent_elsewhere(nlp, text):
    assert ("opposes", "org:condor-front", "person:juan-ortiz") not in triples(nlp, text)
