"""Round 30 (P): a wrong told in reported speech is the speaker's accusation of the one said to do it.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, source, target", [
    (LIMA + "Peru said on Monday that Bolivia had committed genocide against the Aymara minority.",
     "state:PE", "state:BO"),
    (LIMA + "Bolivia has committed war crimes in the border town, Peruvian President Ana Vale said on Monday.",
     "state:PE", "state:BO"),
    (LIMA + "Peruvian President Ana Vale said opposition leader Hugo Marr had committed treason by urging troops "
            "to mutiny.",
     "state:PE", "person:hugo-marr"),
    (LIMA + "The Peruvian government said the Andean Unity Party conspired with foreign bankers to seize power.",
     "state:PE", "org:andean-unity-party"),
    (LIMA + "President Ana Vale spoke on Monday. Vale said her aides secretly conspired with senior members of "
            "the Andean Unity Party.", "person:ana-vale", "org:andean-unity-party"),
    (LIMA + "Peru said on Monday that Bolivia meddled in the vote of its neighbour.", "state:PE", "state:BO"),
    (LIMA + "Peru said on Monday that Bolivia had breached the truce.", "state:PE", "state:BO"),
    (LIMA + "Peru said on Monday that Bolivia had colluded with the Andean Unity Party.",
     "state:PE", "org:andean-unity-party"),
    (LIMA + "Amnesty International said Bolivian police had set the fires in the camp.",
     "org:amnesty-international", "state:BO"),
])
def test_a_wrong_told_in_reported_speech_is_the_speakers_accusation(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Peru said on Monday that Bolivia had not committed any crime.",            # denied
    LIMA + "Peru said on Monday that Bolivia would commit war crimes if it invaded.",   # hypothetical
    LIMA + "Peru said on Monday that Bolivia had committed to paying its share.",       # no crime committed
    LIMA + "Peru said on Monday that Bolivia had committed troops to the mission.",     # an object that is no wrong
    LIMA + "Peru denied on Monday that Bolivia had interfered in the vote.",            # no speech verb
    LIMA + "Peru said on Monday that Bolivia had set a date for the vote.",             # set, but no fire
])
def test_no_accusation_without_a_wrong_told(nlp, text):
    assert not any(rel == "opposes" and src == "state:PE" for rel, src, _ in triples(nlp, text))
