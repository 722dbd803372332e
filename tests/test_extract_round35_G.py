"""Round 35 (G): what a modal higher up leaves out of its scope: the subject of the modal verb ("Peru's campaign
against Bolivia may be hard to sustain") and an adverbial clause told on its own, a participle or a past-tense clause
with its own subject ("could seek the extradition, accusing Bolivia of ..."); not the modal verb itself, nor an
infinitive of purpose under it.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text", [
    LIMA + "Peru's campaign against Bolivia may be hard to sustain, officials said.",                # the subject
    LIMA + "Peru's sanctions on Bolivia could hurt farmers on both sides of the border.",
    LIMA + "Peru said on Monday it could seek the extradition of the banker, accusing Bolivia of sheltering him.",
    LIMA + "The low point may have come when Peru went on television to rebuke Bolivia.",             # a past clause
])
def test_a_modal_leaves_its_subject_and_a_told_adverbial_clause_out_of_its_scope(nlp, text):
    assert ("opposes", "state:PE", "state:BO") in triples(nlp, text)


@pytest.mark.parametrize("text, rel", [
    (LIMA + "Peru could condemn Bolivia over the dispute.", "opposes"),                  # the modal verb's own act
    (LIMA + "Officials said Peru might impose sanctions on Bolivia.", "opposes"),         # its object
    (LIMA + "Peru would do all it could to back Bolivia.", "supports"),                   # an infinitive of purpose
])
def test_what_the_modal_verb_does_stays_hedged(nlp, text, rel):
    assert (rel, "state:PE", "state:BO") not in triples(nlp, text)
