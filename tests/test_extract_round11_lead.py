"""Round 11: a state's courts and police act for the state; agents told around a verb (a relative clause on "X is a
group", a passive harm "in an attack by X").

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


@pytest.mark.parametrize("text, found", [
    # a relative clause on the predicate noun of "X is a group": X acts
    ("Hezbollah is a Shiite group that has been fighting Israel since 1982.", ("opposes", "org:hezbollah", "state:IL")),
    ("The Houthis are a rebel movement that has battled the Yemeni government for years.",
     ("opposes", "org:houthis", "state:YE")),
    # a passive harm with no agent, told "in" an act with its own agent
    ("Four Turkish soldiers were killed in an attack by Islamic State in Syria.",
     ("opposes", "org:islamic-state", "state:TR")),
    # the agent phrase hung on the object of a preposition between the passive verb and "by"
    ("Syrian President Bashar al-Assad is backed in the war by Russia and Iran.", ("supports", "state:IR", "state:SY")),
    ("Venezuela was criticised on Monday by the United States.", ("opposes", "state:US", "state:VE")),
])
def test_agents_told_around_the_verb(nlp, text, found):
    assert found in triples(nlp, text)


def test_a_member_of_a_group_is_not_the_group(nlp):
    got = triples(nlp, "Waters is a member of the Boycott, Divestment and Sanctions Movement (BDS) that targets Israel.")
    assert ("opposes", "org:bds", "state:IL") in got
    assert not any(s.startswith("person:") for _, s, _ in got)
