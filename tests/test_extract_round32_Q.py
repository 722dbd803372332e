"""Round 32 (Q): relations told through reported speech: "Peru said it would retaliate against Bolivia" is Peru's
"will" told in the past tense, an intent stated, not a hypothetical.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, rel", [
    (LIMA + "Peru said late on Monday that it would retaliate against Bolivia.", "opposes"),
    (LIMA + "Peru said late on Monday that it would back Bolivia in the dispute.", "supports"),
    (LIMA + "Peru had said that it would veto fresh sanctions against Bolivia.", "supports"),
])
def test_a_speaker_s_own_would_in_a_past_report_is_a_stated_intent(nlp, text, rel):
    assert (rel, "state:PE", "state:BO") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Peru said late on Monday that it would back Bolivia in the dispute if Chile struck first.",   # a condition
    LIMA + "Peru says it would back Bolivia in the dispute.",                                   # a hypothetical
    LIMA + "Peru said late on Monday that it would have backed Bolivia in the dispute.",                  # a past not done
    LIMA + "Peru said late on Monday that it would not back Bolivia in the dispute.",                     # refused
])
def test_no_stated_intent_for_a_conditional_present_or_refused_would(nlp, text):
    assert ("supports", "state:PE", "state:BO") not in triples(nlp, text)


def test_a_would_said_of_another_actor_stays_a_prediction(nlp):
    got = triples(nlp, LIMA + "Peru said on Monday that Chile would retaliate against Bolivia.")
    assert ("opposes", "state:CL", "state:BO") not in got and ("opposes", "state:PE", "state:BO") not in got
