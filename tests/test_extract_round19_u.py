"""Round 19 (U): relations whose ends the extractor finds but no rule read.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

HELD = "Opposition leader Jan Novak was arrested in Peru on Monday. "


@pytest.mark.parametrize("text", [
    HELD + "Chile called for the release of Jan Novak.",
    HELD + "Chile called for his release.",
    HELD + "Chile urged Peru to release Jan Novak.",
    HELD + "Chile renewed a call for Peru to release Jan Novak from prison.",
])
def test_a_call_for_a_release_stands_up_for_the_one_held(nlp, text):
    found = triples(nlp, text)
    assert ("supports", "state:CL", "person:jan-novak") in found
    assert ("opposes", "state:CL", "state:PE") in found


@pytest.mark.parametrize("text", [
    HELD + "Chile did not call for the release of Jan Novak.",
    HELD + "Chile may call for the release of Jan Novak.",
    HELD + "Chile refused to call for the release of Jan Novak.",
])
def test_a_denied_or_hoped_for_call_stands_up_for_nobody(nlp, text):
    assert ("supports", "state:CL", "person:jan-novak") not in triples(nlp, text)


def test_a_delegation_of_a_body_speaks_for_the_body_not_its_remit(nlp):
    found = triples(nlp, HELD + "The ASEAN Delegation of the European Parliament called for the release of Jan Novak.")
    assert ("supports", "org:european-parliament", "person:jan-novak") in found
    assert not any(s == "org:asean" for _, s, _ in found)


@pytest.mark.parametrize("text", [
    "Chile declared victory over Hezbollah on Monday.",
    "Chile's government claimed victory over Hezbollah in the north.",
    "Chile's military victory over Hezbollah ended the war.",
])
def test_a_victory_declared_over_an_armed_foe_is_a_fight_both_ways(nlp, text):
    found = triples(nlp, text)
    assert ("opposes", "state:CL", "org:hezbollah") in found
    assert ("opposes", "org:hezbollah", "state:CL") in found


@pytest.mark.parametrize("text", [
    "Chile won a 2-0 victory over Peru in the World Cup qualifier.",   # a match
    "Chile's victory over Peru in the final delighted fans.",
    "Chile could soon declare victory over Hezbollah.",                # hoped for
    "Chile did not declare victory over Hezbollah.",
    "The Workers Union (WU) declared victory over the Farmers Front (FF) in the election.",   # parties: a vote
])
def test_a_match_an_election_or_a_hoped_for_victory_is_no_fight(nlp, text):
    found = triples(nlp, text)
    assert not any(rel == "opposes" for rel, _, _ in found)


def test_an_insurgency_waged_within_a_state_opposes_it(nlp):
    found = triples(nlp, "Peru sees the militia as an arm of Hezbollah, which has waged a long insurgency within Chile.")
    assert ("opposes", "org:hezbollah", "state:CL") in found


@pytest.mark.parametrize("text", [
    "Chile has tried to work with the U.N.-backed Government of National Accord (GNA) in Tripoli.",
    "Both militias have links to the U.N.-backed Government of National Accord (GNA).",
])
def test_a_dotted_body_name_glued_to_backed_names_the_body(nlp, text):
    assert ("supports", "org:united-nations", "org:government-of-national-accord") in triples(nlp, text)


def test_a_dotted_body_name_in_a_place_word_names_nothing(nlp):
    # only before a participle of the compound cues; "U.N.-run" camps or a "U.N.-Libya" pair are left alone
    found = triples(nlp, "Chile has tried to work with the U.N.-run Government of National Accord (GNA) in Tripoli.")
    assert not any(s == "org:united-nations" for _, s, _ in found)
