"""Round 20 (U): relations whose cue is there but unread.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text", [
    "The Condor Liberation Army (CLA) says it is at war with Chile.",
    "MANAGUA (Reuters) - The Condor Liberation Army (CLA) says it is at war with Nicaraguan authorities.",
])
def test_a_side_that_says_it_is_at_war_is_fought_back(nlp, text):
    found = triples(nlp, text)
    state = "state:NI" if "MANAGUA" in text else "state:CL"
    assert ("opposes", "org:condor-liberation-army", state) in found
    assert ("opposes", state, "org:condor-liberation-army") in found


def test_a_company_a_speaker_is_at_war_with_does_not_fight_back(nlp):
    found = triples(nlp, "The Condor Liberation Army (CLA) says it is at war with Chile and Freeport-McMoRan Inc.")
    assert ("opposes", "org:condor-liberation-army", "org:freeport-mcmoran-inc") in found
    assert ("opposes", "org:freeport-mcmoran-inc", "org:condor-liberation-army") not in found


@pytest.mark.parametrize("text", [
    "Chile says the Condor Liberation Army is at war with Chile.",        # the other side's allegation
    "The Condor Liberation Army says it could soon be at war with Chile.",   # hedged
])
def test_a_war_alleged_by_the_other_side_or_hedged_is_not_the_speakers_foe(nlp, text):
    assert ("opposes", "org:condor-liberation-army", "state:CL") not in triples(nlp, text)


ARMY = "LIMA (Reuters) - Peru's army fought Hezbollah on Monday. "


@pytest.mark.parametrize("text, expected", [
    (ARMY + "The army, backed by Chilean jets, is advancing on the town.", ("supports", "state:CL", "state:PE")),
    (ARMY + "Chile condemned the army's attacks on the town.", ("opposes", "state:CL", "state:PE")),
    (ARMY + "Chile has long backed the army's campaign in the north.", ("supports", "state:CL", "state:PE")),
])
def test_a_bare_army_with_a_participle_or_as_an_owner_is_still_the_state_told(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_bare_army_after_a_sentence_on_another_state_stays_unknown(nlp):
    found = triples(nlp, ARMY + "Bolivia held a vote on Sunday. The army, backed by Chilean jets, is advancing on the town.")
    assert not any(rel == "supports" for rel, _, _ in found)


def test_an_owned_rival_the_tagger_calls_an_adjective_is_read(nlp):
    found = triples(nlp, "Chile's rival Bolivia held a vote on Monday.")
    assert ("opposes", "state:CL", "state:BO") in found
    assert ("opposes", "state:BO", "state:CL") in found


def test_a_pronoun_owner_hung_on_the_name_owns_the_foe(nlp):
    assert ("opposes", "state:BO", "state:CL") in triples(nlp, "Chile has courted its foe Bolivia.")


@pytest.mark.parametrize("text", [
    "Chile's former rival Bolivia held a vote on Monday.",    # no longer
    "Peru's president met his rival Jan Novak on Monday.",    # an election rival, not an armed one
])
def test_a_former_or_an_election_rival_is_no_foe(nlp, text):
    assert not any(rel == "opposes" for rel, _, _ in triples(nlp, text))


LEDE = "LIMA (Reuters) - Peru's president spoke on Monday. "


@pytest.mark.parametrize("text", [
    LEDE + "The government said the Unity Front conspired with foreign advisers to topple the government.",
    "LIMA (Reuters) - Peru's President Jan Novak said the Unity Front was plotting to overthrow him.",
])
def test_a_bid_to_topple_the_speaker_told_by_the_speaker_is_its_charge(nlp, text):
    assert ("opposes", "state:PE", "org:unity-front") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LEDE + "The government said the Unity Front did not conspire to topple the government.",
    LEDE + "The government may say the Unity Front conspired to topple the government.",
    "LIMA (Reuters) - Peru's President Jan Novak said the Unity Front sought to oust President Ana Perez of Chile.",
])
def test_a_denied_hedged_or_anothers_bid_is_no_charge_by_the_speaker(nlp, text):
    assert ("opposes", "state:PE", "org:unity-front") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Hezbollah's armed wing attacked Chile on Monday.",
    "The Yemen branch of Hezbollah attacked Chile on Monday.",
    "Hezbollah's Sinai branch has waged attacks against Chile.",
])
def test_an_armed_groups_branch_or_wing_acts_as_the_group(nlp, text):
    assert ("opposes", "org:hezbollah", "state:CL") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The EU's executive wing criticised Chile on Monday.",    # a body's, not a group's
    "Peru's Sinai branch attacked Hezbollah on Monday.",      # a state's
])
def test_a_bodys_or_a_states_branch_is_not_the_owner(nlp, text):
    found = triples(nlp, text)
    assert not any(s in ("org:european-union", "state:PE") for _, s, _ in found)


def test_a_branch_with_a_name_of_its_own_acts_as_itself(nlp):
    found = triples(nlp, "Hezbollah's Syrian branch, the Condor Front, attacked Chile on Monday.")
    assert ("opposes", "org:condor-front", "state:CL") in found
    assert ("opposes", "org:hezbollah", "state:CL") not in found


@pytest.mark.parametrize("text", [
    "The Chilean army fled from Hezbollah's offensive across the north.",
    "Chilean troops retreated from a Hezbollah assault on the town.",
])
def test_giving_way_from_an_owned_push_is_as_in_the_face_of_it(nlp, text):
    assert ("opposes", "org:hezbollah", "state:CL") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The Chilean army withdrew from Peru in 2014.",               # a pull-out, no push
    "The Chilean army fled from the fighting in the north.",      # a push of no one
    "The Chilean army may retreat from Hezbollah's advance.",     # hedged
])
def test_a_pull_out_an_ownerless_push_or_a_hedged_retreat_is_no_attack(nlp, text):
    assert not any(rel == "opposes" for rel, _, _ in triples(nlp, text))
