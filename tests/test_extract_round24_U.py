"""Round 24 (U): bodies that criticise or condemn a state, told beside other critics or through the state's act.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - Peru flew more jets to its northern border on Monday. "


# a part named in apposition is not the noun: "villagers, mostly Quechuas" are not the Quechuas
@pytest.mark.parametrize("text", [
    LIMA + "The Condor Front attacked the militias, mostly Quechuas, in the hills.",
    LIMA + "Chile criticized the rebels, mostly Quechuas, for the raid.",
])
def test_a_part_in_apposition_is_not_the_target(nlp, text):
    assert not any(dst == "person:quechuas" for _, _, dst in triples(nlp, text))


def test_an_apposition_with_no_part_word_still_names_the_noun(nlp):
    got = triples(nlp, LIMA + "Chile condemned its neighbour, Peru, over the dam.")
    assert ("opposes", "state:CL", "state:PE") in got


# a name the parser made the modifier of a plural phrase after "and" is listed beside it
@pytest.mark.parametrize("text, critic", [
    (LIMA + "Peru's river policy has been sharply criticized by the African Union and rights campaigners.",
     "org:african-union"),
    (LIMA + "The European Union and rights campaigners criticized Peru's river policy.", "org:european-union"),
    (LIMA + "Peru's river policy has long been criticized by Chile and rights activists.", "state:CL"),
])
def test_a_name_listed_before_a_plural_phrase_is_a_critic(nlp, text, critic):
    assert ("opposes", critic, "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # an adjective of a state is the phrase's own word: activists of Chile, not Chile
    LIMA + "Peru's river policy has long been criticized by Chilean and local rights activists.",
    # "or" lists no one for sure
    LIMA + "Peru's river policy has long been criticized by Chile or rights activists.",
])
def test_no_state_listed_before_a_plural_phrase_unless_named_with_and(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)


# a condemned crackdown with no agent is the story's one state's
@pytest.mark.parametrize("text", [
    LIMA + "Amnesty International condemned the crackdown.",
    LIMA + "The United Nations denounced a brutal military crackdown in the north as a grave abuse.",
])
def test_a_condemned_crackdown_with_no_agent_is_the_one_state_s(nlp, text):
    got = triples(nlp, text)
    assert any(rel == "opposes" and src.startswith("org:") and dst == "state:PE" for rel, src, dst in got)


@pytest.mark.parametrize("text", [
    # the story is not one state's
    "LIMA (Reuters) - Chile flew jets to Peru on Monday. Chile and Peru held talks. Amnesty "
    "International condemned the crackdown.",
    # praise is no condemnation, and a hedged one is not made
    LIMA + "Amnesty International praised the crackdown.",
    LIMA + "Amnesty International may condemn the crackdown.",
])
def test_a_crackdown_of_no_sole_state_or_not_condemned_gives_nothing(nlp, text):
    assert not any(dst == "state:PE" for _, src, dst in triples(nlp, text) if src == "org:amnesty-international")


def test_a_condemned_crackdown_with_an_owner_is_the_owner_s(nlp):
    got = triples(nlp, LIMA + "Amnesty International condemned the Condor Front's crackdown on dissent.")
    assert ("opposes", "org:amnesty-international", "org:condor-front") in got
    assert ("opposes", "org:amnesty-international", "state:PE") not in got
