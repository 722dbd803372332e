"""Round 15 (R): relation recall from allies placed in a fight.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, found", [
    # an ally or partner "in the fight / campaign against Y": both partners fight Y
    ("The YPG has become Chile's main partner in the fight against Islamic State.",
     ("opposes", "org:ypg", "org:islamic-state")),
    ("The YPG has become Chile's main partner in the fight against Islamic State.",
     ("opposes", "state:CL", "org:islamic-state")),
    ("Peru, a key ally of Chile in the campaign against Islamic State, sent more troops.",
     ("opposes", "state:PE", "org:islamic-state")),
    ("Peru, a key ally of Chile in the campaign against Islamic State, sent more troops.",
     ("opposes", "state:CL", "org:islamic-state")),
    ("The YPG has been a close ally of Norway in the battle against Islamic State in Syria.",
     ("opposes", "state:NO", "org:islamic-state")),
])
def test_allies_in_a_fight_fight_its_target(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # the fight names no armed side: a cause is fought, nobody is opposed
    "Peru is a key ally of Chile in the fight against corruption.",
    # an ally outside the fight: only the struggle's own owner fights (read elsewhere, not for the allies)
    "Peru, a key ally of Chile, praised the campaign against Islamic State.",
])
def test_no_fight_or_no_placed_ally_gives_no_opposition(nlp, text):
    got = triples(nlp, text)
    assert ("opposes", "state:CL", "org:islamic-state") not in got
    assert not {t for t in got if t[0] == "opposes" and t[1] == "state:CL"}
