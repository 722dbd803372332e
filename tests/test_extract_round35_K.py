"""Round 35 (K): a demand proper ("demanded", "ordered") asks any act a demand asks, and any call asks an act that
lessens what its addressee has or does ("to cut", "to remove"); both oppose the addressee.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text", [
    LIMA + "Chile demanded that Peru pay the full cost of the damaged pipeline.",
    LIMA + "Chile has demanded Peru return the seized fishing boats by March.",
    LIMA + "Chile ordered Peru to cut the number of its consular staff in Santiago.",
    LIMA + "Chile urged Peru to remove the new customs posts from the border road.",
    LIMA + "Chile called on Peru to reduce its tariffs on imported copper wire.",
])
def test_a_demand_of_an_act_opposes_the_one_asked(nlp, text):
    assert ("opposes", "state:CL", "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Chile urged Peru to pay the full cost of the damaged pipeline.",     # "urged ... pay": no undoing asked
    LIMA + "Chile urged Peru to reduce tensions along the shared border.",       # calm asked for
    LIMA + "Chile called on Peru to lower the rhetoric over the fishing dispute.",
    LIMA + "Chile did not demand that Peru pay the cost of the pipeline.",       # no demand made
    LIMA + "Chile may order Peru to cut its consular staff in Santiago.",        # a demand only possible
])
def test_no_demand_read_where_none_is_made(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)
