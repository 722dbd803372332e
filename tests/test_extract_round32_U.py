"""Round 32 (U): an ally a name owns, with the ally's name right after it, stands inside a hedged clause.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text", [
    LIMA + "The plan to isolate Peru, including threats against Lima's ally Bolivia, may be hard to carry out.",
    LIMA + "Chile said it would not punish Peru's ally Bolivia for the vote.",
    LIMA + "Nobody knew whether the raids came from the Peruvian government or its ally Bolivia.",
])
def test_an_ally_a_name_owns_stands_in_a_hedged_clause(nlp, text):
    assert ("supports", "state:BO", "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Chile said it would not punish Peru's former ally Bolivia for the vote.",   # a past ally
    LIMA + "Bolivia hopes to become Peru's closest ally.",                              # hoped for
    LIMA + "Chilean officials accused Peru of failing to restrain its ally Bolivia.",   # "its": not read when hedged
])
def test_no_ally_hoped_for_past_or_owned_by_a_pronoun_in_a_hedged_clause(nlp, text):
    assert not [t for t in triples(nlp, text) if t[0] == "supports" and t[1] == "state:BO"]
