"""Round 22 (V): relations whose cue is there but unread.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text", [
    "A Peruvian court ordered the arrest of opposition leader Jan Novak.",
    "A Peruvian court ordered opposition leader Jan Novak's arrest.",
    "Peru has been seeking the extradition of opposition leader Jan Novak.",
    "Peru called for the extradition of opposition leader Jan Novak.",
    "Peruvian prosecutors issued an arrest warrant for opposition leader Jan Novak.",
])
def test_custody_ordered_or_asked_for_opposes_the_person(nlp, text):
    assert ("opposes", "state:PE", "person:jan-novak") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Peru said it would seek the extradition of opposition leader Jan Novak.",   # hedged
    "Peru did not seek the extradition of opposition leader Jan Novak.",         # denied
    "Peru withdrew an arrest warrant for opposition leader Jan Novak.",          # no order, no request
    "Peru issued a warrant for opposition leader Jan Novak.",                    # no custody word on the warrant
])
def test_custody_not_ordered_nor_asked_for_is_no_relation(nlp, text):
    assert not any(dst == "person:jan-novak" for _, _, dst in triples(nlp, text))


def test_custody_of_unnamed_people_names_no_actor(nlp):
    assert not any(src == "state:PE" for _, src, _ in triples(nlp, "Peru ordered the arrest of 40 suspects in Lima."))


@pytest.mark.parametrize("text", [
    "Peruvian security forces have been battling a Condor Front insurgency since 2013.",
    "The bombing was a new threat to Peruvian troops, which have been battling a Condor Front insurgency for years.",
    "Peru has fought the Condor Front's rebellion for a decade.",
])
def test_a_named_groups_rising_fought_is_the_group_fought(nlp, text):
    assert ("opposes", "state:PE", "org:condor-front") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Peru has been battling a Chilean insurgency since 2013.",     # a state's word: the rising is against it
    "Peru said it would crush the Condor Front uprising.",         # hedged
])
def test_a_rising_of_no_named_group_or_hedged_is_no_relation(nlp, text):
    assert not any(src == "state:PE" for _, src, _ in triples(nlp, text))
