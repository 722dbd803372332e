"""Round 20 (R): relation ends the extractor never made actors.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, group", [
    ("Karim Tabo, a spokesman for the Toro Liberation Front, condemned Sudan.", "org:toro-liberation-front"),
    ("Toro Liberation Front spokesman Karim Tabo condemned Sudan.", "org:toro-liberation-front"),
    ("Karim Tabo, the spokesman of the Taliban, condemned Sudan on Monday.", "org:taliban"),
])
def test_a_named_spokesman_of_a_group_speaks_for_the_group(nlp, text, group):
    found = triples(nlp, text)
    assert ("opposes", group, "state:SD") in found
    assert ("opposes", "person:karim-tabo", "state:SD") not in found


def test_a_spokesman_acted_on_is_the_person_not_the_group(nlp):
    found = triples(nlp, "Sudan arrested Karim Tabo, a Taliban spokesman, on Monday.")
    assert ("opposes", "state:SD", "org:taliban") not in found


@pytest.mark.parametrize("text, body", [
    ("U.N. spokesman Pavel Dorn condemned Sudan.", "org:united-nations"),                 # an international body's
    ("Said Haddad, a spokesman for the Arab Bank, criticized Sudan.", "org:arab-bank"),   # a company's
])
def test_a_spokesman_of_a_body_of_other_kinds_keeps_his_own_voice(nlp, text, body):
    assert not any(s == body for _, s, _ in triples(nlp, text))
