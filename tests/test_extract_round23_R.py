"""Round 23 (R): a state's forces told with no owner, read as the state when the article is that state's.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - Peru said on Monday it would send more jets to the north. "


@pytest.mark.parametrize("text", [
    LIMA + "The Condor Front accused soldiers of burning a village.",
    LIMA + "The Condor Front accused the troops of burning a village.",
])
def test_a_bare_plural_force_in_a_one_state_story_is_that_state(nlp, text):
    assert ("opposes", "org:condor-front", "state:PE") in triples(nlp, text)


def test_a_bare_plural_force_between_two_sides_is_the_story_s_state(nlp):
    got = triples(nlp, LIMA + "The patrols have caused tension between troops and the Condor Front.")
    assert {("opposes", "org:condor-front", "state:PE"), ("opposes", "state:PE", "org:condor-front")} <= got


@pytest.mark.parametrize("text", [
    # another state's forces are in play: whose soldiers is not told
    LIMA + "The Condor Front accused soldiers of burning a village, while Chilean troops watched.",
    # the story is not one state's
    "LIMA (Reuters) - Chile said on Monday it would send jets to Peru. Chile and Peru held talks. The Condor Front "
    "accused soldiers of burning a village.",
    # a force with words of its own ("some soldiers", "soldiers who deserted") is not the state
    LIMA + "The Condor Front accused some soldiers of burning a village.",
    LIMA + "The Condor Front accused soldiers who deserted of burning a village.",
])
def test_a_bare_plural_force_of_no_sole_state_names_nobody(nlp, text):
    assert not any("state:" in src or "state:" in dst for _, src, dst in triples(nlp, text)
                   if "org:condor-front" in (src, dst))


@pytest.mark.parametrize("text", [
    LIMA + "The interior ministry accused the Condor Front of the attack.",
    LIMA + "The Interior Ministry accused the Condor Front of the attack.",
    LIMA + "The public prosecutor accused the Condor Front of the attack.",
    LIMA + "Prosecutors accused the Condor Front of the attack.",
    LIMA + "The air force bombed the Condor Front.",
    LIMA + "The navy attacked the Condor Front.",
    LIMA + "Authorities banned the Condor Front.",
])
def test_a_state_office_of_no_owner_in_a_one_state_story_is_that_state(nlp, text):
    assert ("opposes", "state:PE", "org:condor-front") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # which ministry is not told
    LIMA + "The ministry accused the Condor Front of the attack.",
    # another state's office is in play
    LIMA + "Chile's foreign ministry rejected the claim. The foreign ministry accused the Condor Front of the attack.",
    # the story is not one state's
    "LIMA (Reuters) - Chile said on Monday it would send jets to Peru. Chile and Peru held talks. The interior "
    "ministry accused the Condor Front of the attack.",
    # an owner of its own
    LIMA + "The Chilean navy attacked the Condor Front.",
])
def test_a_state_office_of_no_sole_state_is_not_the_story_s_state(nlp, text):
    assert ("opposes", "state:PE", "org:condor-front") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Peruvian forces captured rebel commander Ivo Marek on Friday.",
    LIMA + "Rebel commander Ivo Marek was captured by Peruvian troops after an air raid.",
    LIMA + "Peruvian troops seized rebel commander Ivo Marek on Friday.",
])
def test_a_person_captured_is_held_by_the_captor(nlp, text):
    assert ("opposes", "state:PE", "person:ivo-marek") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Peru captured Ivo Marek's attention.",                    # no person taken
    LIMA + "Rebel commander Ivo Marek was captured.",                 # no captor told
    LIMA + "Peru may capture rebel commander Ivo Marek.",             # not done
])
def test_no_person_taken_by_a_told_captor_is_no_custody(nlp, text):
    assert ("opposes", "state:PE", "person:ivo-marek") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Peruvian security forces have been battling a Condor Front insurgency since 2013.",
    "The bombing was a new threat to Peruvian troops, which have been fighting a Condor Front rebellion for years.",
])
def test_a_group_s_rising_fought_by_a_state_is_fought_back(nlp, text):
    got = triples(nlp, text)
    assert {("opposes", "state:PE", "org:condor-front"), ("opposes", "org:condor-front", "state:PE")} <= got


@pytest.mark.parametrize("text, other", [
    ("Amnesty International has been combating the Condor Front's insurgency.", "org:amnesty-international"),
    ("Peru said it would crush the Condor Front's insurgency.", "state:PE"),   # hedged
])
def test_a_rising_fought_by_one_who_cannot_fight_or_not_yet_is_not_fought_back(nlp, text, other):
    assert ("opposes", "org:condor-front", other) not in triples(nlp, text)
