"""Round 26 (R): backers of a side told in a description of the one they back.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

TOWN = "MARAKA (Reuters) - "


@pytest.mark.parametrize("text", [
    TOWN + "The Tanga Brigade, the most powerful of the Peru-backed militias aiding the Zanzibar Front, took the town.",
    TOWN + "The Tanga Brigade, the largest of the Peru-backed militias aiding the Zanzibar Front, took the town.",
])
def test_a_superlative_of_a_set_stands_for_the_one_it_describes(nlp, text):
    got = triples(nlp, text)
    assert ("supports", "state:PE", "org:tanga-brigade") in got
    assert ("supports", "org:tanga-brigade", "org:zanzibar-front") in got


@pytest.mark.parametrize("text", [
    # no superlative: a plain adjective picks no one member of the set
    TOWN + "The Tanga Brigade, powerful among the Peru-backed militias aiding the Zanzibar Front, took the town.",
    # "the least" picks no member as the set's best
    TOWN + "The Tanga Brigade, the least powerful of the Peru-backed militias aiding the Zanzibar Front, took the town.",
])
def test_no_superlative_no_member_read_for_the_set(nlp, text):
    got = triples(nlp, text)
    assert ("supports", "org:tanga-brigade", "org:zanzibar-front") not in got
