"""Round 31 (U): a definite description whose noun ends the name of an organisation told just before stands for it.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, source, target", [
    (LIMA + "The Toro Electoral Council tallied the ballots late on Friday. The Andean Unity Party blasted the "
            "council for the slow count.", "org:andean-unity-party", "org:toro-electoral-council"),
    (LIMA + "The Toro Electoral Council tallied the ballots late on Friday. The Andean Unity Party blasted the "
            "electoral council for the slow count.", "org:andean-unity-party", "org:toro-electoral-council"),
    (LIMA + "The Andean Unity Coalition took a dozen seats in Sunday's ballot. President Ana Vale blasted the "
            "coalition for its tactics.", "person:ana-vale", "org:andean-unity-coalition"),
    (LIMA + "The Andean Unity Coalition took a dozen seats in Sunday's ballot. The coalition blasted President "
            "Ana Vale for her tactics.", "org:andean-unity-coalition", "person:ana-vale"),
])
def test_the_noun_ending_a_name_told_before_is_that_body(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # two bodies whose names end in the noun: which one is not told
    LIMA + "The Toro Electoral Council and the Quipu Regional Council met late on Friday. The Andean Unity Party "
           "blasted the council for the slow count.",
    # a describing word the name does not hold: another council
    LIMA + "The Toro Electoral Council tallied the ballots late on Friday. The Andean Unity Party blasted the "
           "youth council for the slow count.",
    # a council "of" someone: another body
    LIMA + "The Toro Electoral Council tallied the ballots late on Friday. The Andean Unity Party blasted the "
           "council of elders for the slow count.",
    # no "the": any council
    LIMA + "The Toro Electoral Council tallied the ballots late on Friday. The Andean Unity Party blasted a "
           "council for the slow count.",
])
def test_no_body_for_a_noun_that_picks_none_told(nlp, text):
    assert not any(rel == "opposes" and src == "org:andean-unity-party" for rel, src, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    LIMA + "Amnesty International published a long report on Monday. The rights group accused Bolivia of torturing "
           "prisoners.",
    LIMA + "Amnesty International published a long report on Monday. The London-based rights group accused Bolivia "
           "of torturing prisoners.",
])
def test_a_rights_group_told_before_is_the_one_named(nlp, text):
    assert ("opposes", "org:amnesty-international", "state:BO") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # two groups named before: which one is not told
    LIMA + "Amnesty International and Human Rights Watch published a long report on Monday. The rights group "
           "accused Bolivia of torturing prisoners.",
    # a bare "the group" stays an armed group's
    LIMA + "Amnesty International published a long report on Monday. The group accused Bolivia of torturing "
           "prisoners.",
])
def test_no_rights_group_without_one_told(nlp, text):
    assert ("opposes", "org:amnesty-international", "state:BO") not in triples(nlp, text)


def test_a_rights_group_is_no_party_told_before(nlp):
    text = (LIMA + "The Andean Unity Party published a long report on Monday. The rights group accused Bolivia of "
                   "torturing prisoners.")
    assert not any(src == "org:andean-unity-party" for _, src, _ in triples(nlp, text))
