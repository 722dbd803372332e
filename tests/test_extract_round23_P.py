"""Round 23 (P): attacks a group claims, operations against a group (made-up names and sentences)."""

import pytest

from extraction import triples


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - The Condor Front claimed responsibility on Sunday for two raids on Peruvian border posts.",
    # the attack told before, its forces' state named elsewhere; the claimant a group "called" by its name
    "LIMA (Reuters) - Peru's prosecutor ordered a suspect held. Militants attacked a police patrol in the desert, "
    "killing 12 officers. A small group called Condor Front claimed responsibility for the Friday ambush.",
    "LIMA (Reuters) - Houses burned in the north, Peru's army said. Gunmen ambushed an army convoy near Cusco on "
    "Friday. The Condor Front claimed responsibility for this ambush, citing revenge.",
])
def test_a_group_claiming_an_attack_on_a_states_forces_opposes_the_state(nlp, text):
    assert ("opposes", "org:condor-front", "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a raid on worshippers names no state's forces
    "LIMA (Reuters) - The Condor Front claimed responsibility on Sunday for a raid on a church in Lima where 20 "
    "worshippers died. Peruvian forces were deployed.",
    # forces owned by a people, not a state: the article's other forces are not the ones hit
    "LIMA (Reuters) - The Condor Front claimed responsibility on Sunday for a raid on Kurdish forces. Peruvian forces "
    "were deployed.",
    # a claim denied
    "LIMA (Reuters) - The Condor Front never claimed any responsibility for raids on Peruvian troops.",
    # the raid told before hit a market, not forces
    "LIMA (Reuters) - Gunmen attacked a market in Lima. The Condor Front claimed responsibility for this ambush. "
    "Peruvian troops were deployed.",
    # a camp with no force word is no post of forces
    "LIMA (Reuters) - The Condor Front claimed responsibility on Sunday for a raid on a camp near Cusco. Peruvian "
    "troops were deployed.",
])
def test_no_claimed_attack_on_forces_gives_no_relation(nlp, text):
    assert ("opposes", "org:condor-front", "state:PE") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Peru's navy has been conducting sweeping operations against the Condor Front since May, the government said.",
    "Peru started a military operation against the Condor Front on Monday.",
    "Peru's army launched a counteroffensive against the Condor Front on Monday.",
])
def test_an_operation_against_a_group_opposes_its_owner_to_the_group(nlp, text):
    assert ("opposes", "state:PE", "org:condor-front") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # planned, not done
    "Peru said it would start an operation against the Condor Front.",
    # a surgeon's operation "on" a person is no attack
    "Surgeons in Lima carried out an operation on Peruvian President Jan Novak on Monday, Peru's government said.",
])
def test_an_operation_planned_or_not_against_anyone_gives_no_opposition(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "opposes"}


@pytest.mark.parametrize("text", [
    "Bolivia says its navy has begun sweeping operations against gunmen of the Toro Liberation Army in the hills.",
    "Bolivia's army has been fighting the militants of the Toro Liberation Army since May, the government said.",
])
def test_the_fighters_of_a_group_read_as_armed_stand_for_it(nlp, text):
    assert ("opposes", "state:BO", "org:toro-liberation-army") in triples(nlp, text)


def test_every_armed_group_listed_after_the_member_noun_stands_for_it(nlp):
    text = ("Bolivia's army has been fighting the militants of the Toro Liberation Army and the Condor Brigade since "
            "May, the government said.")
    assert {("opposes", "state:BO", "org:toro-liberation-army"), ("opposes", "state:BO", "org:condor-brigade")} <= \
        triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a body of no armed kind: its members are people, not the body
    "Bolivia's army has been fighting the members of the Toro Cultural Society since May, the government said.",
])
def test_the_members_of_a_body_not_read_as_armed_stand_for_nobody(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "opposes" and t[2].startswith("org:")}
