"""Round 18 (R): parties that govern together ("formed a coalition with", "has governed with", "share power with",
a bloc "made up of" two parties).

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

PARTIES = "The Workers Union (WU), the Farmers Front (FF) and the Green League (GL) met on Monday. "


def allied(found, a, b):
    return ("alliedWith", a, b) in found or ("alliedWith", b, a) in found


@pytest.mark.parametrize("text", [
    PARTIES + "The WU has governed with the FF for eight years.",
    PARTIES + "The WU ruled with the FF until 2016.",
    PARTIES + "The WU won enough seats in May to share power with the FF.",
    PARTIES + "The WU formed a coalition with the FF in 2009.",
    PARTIES + "The WU has been in a coalition with the FF since 2012.",
    PARTIES + "Voters punished the WU's coalition with the FF.",
])
def test_parties_governing_together_are_allied(nlp, text):
    assert allied(triples(nlp, text), "org:workers-union", "org:farmers-front")


def test_a_bloc_made_up_of_two_parties_governs_as_both(nlp):
    found = triples(nlp, PARTIES + "The conservative bloc, made up of the Workers Union (WU) and the Farmers Front "
                                   "(FF), has governed with the GL for a decade.")
    assert allied(found, "org:workers-union", "org:farmers-front")
    assert allied(found, "org:workers-union", "org:green-league")
    assert allied(found, "org:farmers-front", "org:green-league")


@pytest.mark.parametrize("text", [
    PARTIES + "The WU could govern with the FF after the vote.",
    PARTIES + "The WU refused to govern with the FF.",
    PARTIES + "The WU would only share power with the FF if it won.",
    PARTIES + "The WU ruled out a coalition with the FF.",
    PARTIES + "The WU is in talks on a possible coalition with the FF.",
    PARTIES + "The WU could go into a coalition with the FF.",
    PARTIES + "The WU has not formed a coalition with the FF.",
    # no party after "with"
    PARTIES + "The WU ruled with an iron fist.",
])
def test_hoped_for_refused_or_denied_governing_is_no_alliance(nlp, text):
    found = triples(nlp, text)
    assert not allied(found, "org:workers-union", "org:farmers-front")


def test_states_forming_a_coalition_are_left_to_the_led_coalition_rules(nlp):
    found = triples(nlp, "Chile formed a coalition with Peru to fight the rebels.")
    assert not allied(found, "state:CL", "state:PE")


@pytest.mark.parametrize("text", [
    "Chile designated Peru a state sponsor of terrorism on Monday.",
    "Chile declared Peru a state sponsor of terrorism on Monday.",
    "Chile put Peru back on the list of state sponsors of terrorism.",
    "Chile added Peru to its terrorism blacklist on Monday.",
    "Peru was returned to the list of state sponsors of terrorism by Chile.",
])
def test_listing_or_labelling_a_state_a_sponsor_of_terror_opposes_it(nlp, text):
    assert ("opposes", "state:CL", "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Chile removed Peru from the list of state sponsors of terrorism.",
    "Chile could put Peru back on the list of state sponsors of terrorism.",
    "Chile called Peru a victim of terrorism.",
    "Chile put Peru on the list of its main trading partners.",
])
def test_delisting_a_hedged_listing_or_a_victim_is_no_opposition(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)
