"""Round 21 (U): relations whose cue is there but unread.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


def test_a_lone_state_is_no_organisation(nlp):
    found = triples(nlp, "Peru vowed to defeat lslamic State in Chile.")
    assert not any("org:state" in (src, dst) for _, src, dst in found)


def test_a_full_name_ending_in_state_is_still_read(nlp):
    found = triples(nlp, "Peru vowed to defeat Islamic State in Chile.")
    assert ("opposes", "state:PE", "org:islamic-state") in found


@pytest.mark.parametrize("text, expected", [
    ("Novak said on Friday that Peru's navy would continue its war on the Condor Front.",
     ("opposes", "state:PE", "org:condor-front")),
    ("Novak told reporters that Peru would continue to back the Condor Front.",
     ("supports", "state:PE", "org:condor-front")),
])
def test_a_reported_would_on_a_continuing_act_tells_the_act(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Novak said Peru would not continue its war on the Condor Front.",               # denied
    "Novak said Peru would continue to back the Condor Front if it won the vote.",  # a condition
    "Novak said Peru would back the Condor Front.",                                  # no continuing verb
    "Analysts think Peru would continue to back the Condor Front.",                  # not a speaker's report
])
def test_a_would_that_is_no_reported_continuation_stays_hedged(nlp, text):
    assert not any(src == "state:PE" for _, src, _ in triples(nlp, text))


@pytest.mark.parametrize("text, pair", [
    ("Peru and Chile have signed a defence cooperation agreement with Bolivia.", {"state:CL", "state:BO"}),
    ("Peru, Chile and Ecuador signed a defence pact on Monday.", {"state:CL", "state:EC"}),
])
def test_every_signer_of_one_pact_is_allied_with_every_other(nlp, text, pair):
    assert any(rel == "alliedWith" and {a, b} == pair for rel, a, b in triples(nlp, text))


def test_one_signers_pacts_with_two_states_do_not_ally_the_two(nlp):
    found = triples(nlp, "Peru has signed defence cooperation agreements with Chile and Bolivia.")
    assert any(rel == "alliedWith" and {a, b} == {"state:PE", "state:BO"} for rel, a, b in found)
    assert not any(rel == "alliedWith" and {a, b} == {"state:CL", "state:BO"} for rel, a, b in found)


@pytest.mark.parametrize("text", [
    "President Jan Novak of Peru said the judges had plotted with rebels from the Unity Party and also with his "
    "critic, Senator Ivo Marek, who leaked the papers.",
    "President Jan Novak of Peru accused the judges of meeting with his critic, Senator Ivo Marek, who leaked the files.",
])
def test_a_name_set_off_after_an_owned_critic_is_the_critic(nlp, text):
    assert ("opposes", "person:ivo-marek", "person:jan-novak") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "President Jan Novak of Peru wrote to his critic, Peru's envoy said.",            # the owner of another noun
    "President Jan Novak of Peru wrote to his critic, Senator Ivo Marek and others.",  # more words after the name
])
def test_a_name_that_does_not_fill_the_set_off_words_is_not_the_critic(nlp, text):
    assert not any(dst == "person:jan-novak" for rel, _, dst in triples(nlp, text) if rel == "opposes")
