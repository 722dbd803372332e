"""A state's courts and police act for the state: custody and sentences told of them are the state's acts.

Made-up names throughout; each case fails without the reading it names.
"""

import pytest

from extraction import triples

STORY = "ANKARA (Reuters) - Turkey faced criticism on Monday. "


@pytest.mark.parametrize("text, found", [
    # a person's name the parser made a second object after the word that describes the person
    ("A Chinese court on Tuesday jailed the activist Li Wenhao for three years.",
     ("opposes", "state:CN", "person:li-wenhao")),
    # "police in X", "a court in X": the state they work in
    ("Police in Kenya arrested the journalist Ana Brekke on Friday.", ("opposes", "state:KE", "person:ana-brekke")),
    # a court owned by a state
    ("Thailand's Supreme Court sentenced Somchai Ardwong to 12 years in jail.",
     ("opposes", "state:TH", "person:somchai-ardwong")),
    # named with no state: the state the story is told from
    (STORY + "The Supreme Court sentenced Somchai Ardwong to 12 years in jail.",
     ("opposes", "state:TR", "person:somchai-ardwong")),
    (STORY + "Police arrested the journalist Ana Brekke on Friday.", ("opposes", "state:TR", "person:ana-brekke")),
    (STORY + "The court on Tuesday jailed the activist Li Wenhao for three years.",
     ("opposes", "state:TR", "person:li-wenhao")),
])
def test_courts_and_police_act_for_their_state(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # troops in a state are often foreign ones: not that state
    ("Troops in Syria attacked the Ahrar al-Sham rebels on Monday.", "state:SY"),
    # an international court is no state's
    (STORY + "The International Criminal Court indicted Omar Hassan Bashir.", "state:TR"),
])
def test_foreign_troops_and_international_courts_are_not_the_state(nlp, text, absent):
    assert not any(s == absent for _, s, _ in triples(nlp, text))
