"""Round 32 (K): the state asked to release named persons holds them, so it opposes them ("urged Peru to free X").

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, target", [
    (LIMA + "Chile urged Peru to release the jailed activists Hugo Marr and Ana Vale.", "person:ana-vale"),
    (LIMA + "Amnesty International called on the Peruvian authorities to free Hugo Marr, a lawyer.",
     "person:hugo-marr"),
    (LIMA + "Chile pressed Peru to release Hugo Marr, a jailed union leader.", "person:hugo-marr"),
    (LIMA + "Chile demanded the release of Hugo Marr from detention in Peru.", "person:hugo-marr"),
    (LIMA + "Chile renewed a call for Peru's government to release opposition leader Hugo Marr from prison.",
     "person:hugo-marr"),
])
def test_the_state_asked_to_release_a_named_person_opposes_the_person(nlp, text, target):
    assert ("opposes", "state:PE", target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Chile urged Peru to release its records on Hugo Marr.",             # a thing released, not a person
    LIMA + "Chile urged Peru to free up money for Hugo Marr's campaign.",         # money freed, not a person
    LIMA + "Chile did not urge Peru to release Hugo Marr.",                      # no call made
    LIMA + "Peru released Hugo Marr on Monday after a year in jail.",            # a release done, no call
])
def test_no_holder_read_without_a_call_for_a_named_persons_release(nlp, text):
    assert not [t for t in triples(nlp, text) if t[0] == "opposes" and t[2] == "person:hugo-marr"]


def test_an_armed_group_asked_to_release_someone_is_no_state_holding_him(nlp):
    found = triples(nlp, LIMA + "Chile urged the rebels to release Hugo Marr, a kidnapped engineer.")
    assert not [t for t in found if t[0] == "opposes" and t[1].startswith("state:")]
