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

