"""Round 13 (N): relations told through nouns and their prepositions.

Made-up sentences throughout; each case fails without the reading it names.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, found", [
    # an act of force stopped by the one it was aimed at: both sides fight
    ("Chad's army repelled an attempt by Boko Haram fighters to storm the garrison town.",
     {("opposes", "state:TD", "org:boko-haram"), ("opposes", "org:boko-haram", "state:TD")}),
    ("Iraqi troops thwarted a wave of attacks by Islamic State near the border.",
     {("opposes", "state:IQ", "org:islamic-state"), ("opposes", "org:islamic-state", "state:IQ")}),
    ("Somali troops fought off an assault by al Shabaab on their base.",
     {("opposes", "state:SO", "org:al-shabaab"), ("opposes", "org:al-shabaab", "state:SO")}),
    # a move that is no act of force: only the one who blocks it opposes its agent
    ("Hungary blocked an attempt by the European Union to impose quotas on migrants.",
     {("opposes", "state:HU", "org:european-union")}),
])
def test_a_repelled_act_opposes_its_agent(nlp, text, found):
    assert found <= triples(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Hungary blocked an attempt by the European Union to impose quotas on migrants.",
     ("opposes", "org:european-union", "state:HU")),   # the attempt was not aimed at Hungary by force
    ("Chad's army could repel an attempt by Boko Haram to storm the town.",
     ("opposes", "state:TD", "org:boko-haram")),   # only possible
    ("Chad's army did not repel an attempt by Boko Haram to storm the town.",
     ("opposes", "state:TD", "org:boko-haram")),   # denied
])
def test_a_repelled_act_not_told_as_done(nlp, text, absent):
    assert absent not in triples(nlp, text)


@pytest.mark.parametrize("text, found", [
    # "a call / demand for X to undo something": the one calling opposes X
    ("Peru renewed its call for Chile to withdraw its troops from the border.", ("opposes", "state:PE", "state:CL")),
    ("Norway repeated its demand for Sweden to release the fishermen.", ("opposes", "state:NO", "state:SE")),
    ("Spain's demand for Britain to leave Gibraltar was rejected.", ("opposes", "state:ES", "state:GB")),
    ("Germany backed calls for Iran to release the sailors.", ("opposes", "state:DE", "state:IR")),
    ("Norway renewed a call for Sweden's government to release the jailed activist Lars Berg from prison.",
     ("opposes", "state:NO", "state:SE")),
])
def test_a_call_for_an_actor_to_undo_something(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Germany rejected calls for Iran to release the sailors.", ("opposes", "state:DE", "state:IR")),   # not its call
    ("Sweden faced calls for Norway to release the fishermen.", ("opposes", "state:SE", "state:NO")),
    ("Peru renewed its call for Chile to join the talks.", ("opposes", "state:PE", "state:CL")),   # nothing undone
])
def test_a_call_not_made_or_not_against(nlp, text, absent):
    assert absent not in triples(nlp, text)


@pytest.mark.parametrize("text, found", [
    # parties that govern together are allied
    ("The Labour Party is the Green Party's coalition partner.", ("alliedWith", "org:green-party", "org:labour-party")),
    ("The Social Democratic Party, the Christian Democratic Union's junior coalition partner, lost votes.",
     ("alliedWith", "org:christian-democratic-union", "org:social-democratic-party")),
])
def test_coalition_partners_in_government(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Japan is one of Peru's coalition partners in the war.",     # states in a military coalition: members, no pact
    "The Labour Party is Peru's coalition partner.",              # a state is no party to govern with
    "The Labour Party was the Green Party's former coalition partner.",
    "The Labour Party is the Green Party's potential coalition partner.",   # courted, not yet governing
    "The Labour Party is the Green Party's preferred coalition partner.",
])
def test_coalition_partners_that_are_no_alliance(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "alliedWith"}
