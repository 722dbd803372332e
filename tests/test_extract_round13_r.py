"""Round 13 (R): relation arguments reached through a relative clause.

Made-up sentences throughout; each case fails without the reading it names.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, found", [
    # "whose" owns the cue noun as the noun its clause hangs on would: "Peru's support for X"
    ("Peru, whose support for Hezbollah has grown, denied the report.",
     ("supports", "state:PE", "org:hezbollah")),
    ("Norway, whose sanctions on Sweden took effect in May, held elections.",
     ("opposes", "state:NO", "state:SE")),
    ("Egypt, whose blockade of Qatar began last year, rejected the talks.",
     ("opposes", "state:EG", "state:QA")),
])
def test_whose_owns_the_cue_noun(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # the clause is about a noun that names no actor: its "whose" names none either
    "The election, whose results favoured Peru, was annulled.",
    # a "whose" outside any relative clause owns nothing
    "Nobody knew whose support for Hezbollah had grown.",
])
def test_whose_of_no_actor_names_none(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "supports" and t[2] == "org:hezbollah"} and \
        not {t for t in triples(nlp, text) if t[1] == "state:PE"}


@pytest.mark.parametrize("text, found", [
    # a participle with a "by" agent after a name is passive even when the tagger reads it as a past tense
    ("The war pits Syrian President Bashar al-Assad backed by Russia and Iran against an array of rebel groups.",
     ("supports", "state:RU", "state:SY")),
])
def test_an_agent_makes_a_reduced_relative_passive(nlp, text, found):
    assert found in triples(nlp, text)
