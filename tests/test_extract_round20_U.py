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
