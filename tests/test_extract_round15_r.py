"""Round 15 (R): relation recall from allies placed in a fight, and the speaker's second speech act.

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


@pytest.mark.parametrize("text, found", [
    # "X said [a thing] had done ..., and accused Y": the parser joins the accusation to the reported clause; the
    # accusation is the speaker's (it does not share the clause's "had")
    ("Peru said the ban had hurt trade and criticised Chile.", ("opposes", "state:PE", "state:CL")),
    ("Norway's prime minister said the visa suspension had punished citizens of both countries, and accused Sweden "
     "of taking a rash step.", ("opposes", "state:NO", "state:SE")),
])
def test_a_speech_act_joined_to_a_reported_clause_is_the_speakers(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # the reported clause's subject is an actor: the accusation may be that actor's, left as the parser joins it
    ("Peru said Bolivia had hurt trade and criticised Chile.", ("opposes", "state:PE", "state:CL")),
    # a report, a statement or a ruling can accuse: "the report had faulted X and accused Y" may be the report's
    ("Peru said the report had faulted Bolivia and criticised Chile.", ("opposes", "state:PE", "state:CL")),
    # not a speech act: "had exchanged views and consolidated them" shares the clause's tense and subject
    ("Peru said the talks had stalled and hurt Chile.", ("opposes", "state:PE", "state:CL")),
])
def test_other_joined_verbs_keep_the_clause_subject(nlp, text, absent):
    assert absent not in triples(nlp, text)
