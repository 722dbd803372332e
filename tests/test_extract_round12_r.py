"""Round 12 (R): an act told as the reason for another ("punish X for its annexation of Y") and the owner of a
possessive in that reason.

Made-up sentences throughout; each case fails without the reading it names.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, found, absent", [
    # "its" in the reason a verb gives is the verb's object, not its subject
    ("Norway sanctioned Sweden over its support for Hezbollah.",
     ("supports", "state:SE", "org:hezbollah"), ("supports", "state:NO", "org:hezbollah")),
    ("Peru praised Chile for its support for Hezbollah.",
     ("supports", "state:CL", "org:hezbollah"), ("supports", "state:PE", "org:hezbollah")),
])
def test_a_possessive_in_a_reason_is_the_object(nlp, text, found, absent):
    got = triples(nlp, text)
    assert found in got and absent not in got


@pytest.mark.parametrize("text, found", [
    # the reason is told as done, though the clause around it is only aimed at
    ("The new bill aims to punish Russia for its 2014 annexation of Crimea from Ukraine.",
     ("opposes", "state:RU", "state:UA")),
    ("Parliament wants to punish Moscow for Russia's annexation of Crimea from Ukraine.",
     ("opposes", "state:RU", "state:UA")),
    # an act going on, under a modal: "would continue Peru's fight"
    ("The minister said Peru would continue Peru's fight against the Islamic State.",
     ("opposes", "state:PE", "org:islamic-state")),
])
def test_an_owned_act_given_as_a_reason_is_told(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Turkey may widen Turkey's planned offensive against the YPG.",   # planned: not yet done
    "Turkey may launch an offensive against the YPG.",                 # no owner: the act is only possible
    "If Iran ends its support for Hezbollah, talks could resume.",     # a pronoun outside a reason
    "As long as it does not reverse its annexation of Crimea from Ukraine, the West will keep up pressure on Russia.",
])
def test_undone_or_unowned_acts_stay_hedged(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] in ("opposes", "supports")}


@pytest.mark.parametrize("text", [
    "Norway withdrew its support for Sweden.",
    "Norway ended its backing for Sweden on Monday.",
    "Peru suspended aid to Chile.",
    "Peru froze aid to Chile after the vote.",
    "Norway cut off funding to Sweden.",
])
def test_backing_ended_is_no_support(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "supports"}


def test_backing_given_is_still_support(nlp):
    assert ("supports", "state:NO", "state:SE") in triples(nlp, "Norway stepped up its support for Sweden.")


@pytest.mark.parametrize("text, found", [
    # an act laid on someone: the one after "on", not the act
    ("Washington blamed the bombing on Tehran.", ("opposes", "state:US", "state:IR")),
    ("The bombing, which Washington blamed on Tehran, killed ten people.", ("opposes", "state:US", "state:IR")),
    ("Ten people died in a bombing that Norway blames on Sweden.", ("opposes", "state:NO", "state:SE")),
    ("The bombing was blamed on Iran by Saudi Arabia.", ("opposes", "state:SA", "state:IR")),
    # the owner of what it is laid on
    ("Peru blamed the setback on Chile's decision.", ("opposes", "state:PE", "state:CL")),
])
def test_an_act_blamed_on_an_actor(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Peru did not blame the bombing on Chile.",
    "Peru may blame the bombing on Chile.",
    "A car bombing blamed on the Islamic State killed 26 people.",   # nobody named who blames
])
def test_an_act_not_blamed_or_by_nobody(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "opposes"}
