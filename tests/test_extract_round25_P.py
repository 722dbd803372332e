"""Round 25 (P): relations with a person at one end, told by a stance prefix or a challenge.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - Peru's President Raul Ibarra faces a vote on Monday. "


@pytest.mark.parametrize("text, rel", [
    (LIMA + "The ruling was upheld by the pro-Ibarra Supreme Court on Thursday.", "supports"),
    (LIMA + "The ruling was upheld by the anti-Ibarra National Assembly on Tuesday.", "opposes"),
])
def test_a_named_body_with_a_person_s_prefix_takes_that_stance_on_him(nlp, text, rel):
    got = triples(nlp, text)
    assert any(r == rel and src in ("org:supreme-court", "org:national-assembly")
               and dst in ("person:raul-ibarra", "state:PE") for r, src, dst in got)


def test_a_prefix_before_a_body_s_name_and_its_noun_is_the_body_s(nlp):
    got = triples(nlp, LIMA + "The opposition will not kneel before the pro-Ibarra Constituent Assembly body.")
    assert any(r == "supports" and src == "org:constituent-assembly" for r, src, _ in got)


@pytest.mark.parametrize("text", [
    # the prefix's word begins a name the gazetteer knows: one name, no stance
    "CAIRO (Reuters) - Egypt's army said on Monday it killed 20 militants of the pro-Islamic State group.",
    # a lower-case word after the prefix: no body named
    LIMA + "The pro-Ibarra election board ruled on Thursday.",
])
def test_a_prefix_with_no_named_body_after_it_gives_no_body(nlp, text):
    got = triples(nlp, text)
    assert not any(src in ("org:state", "org:state-group", "org:election-board") for _, src, _ in got)
    assert not any(r == "supports" and dst in ("org:islamic-state",) for r, _, dst in got)


def test_a_state_body_s_verb_on_its_own_head_stays_the_state_s_own_act(nlp):
    # only the prefix keeps a state's body and its head apart; a cue verb between them is still the state's own act
    got = triples(nlp, LIMA + "The Supreme Court backed Ibarra on Thursday.")
    assert ("supports", "org:supreme-court", "person:raul-ibarra") not in got
