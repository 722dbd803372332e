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
