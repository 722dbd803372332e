"""Round 20 (R): relation ends the extractor never made actors.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article

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


def kinds(nlp, text):
    """The kinds of the organisations `text` gives, by key."""
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.key: e.org_kind for e in ex.entities if e.kind == "org"}


@pytest.mark.parametrize("text", [
    "Chile declared victory over the Toro Workers Union, the largest rebel faction of the east.",
    "Chile declared victory over the Toro Workers Union, a separatist militia, on Monday.",
])
def test_a_group_its_apposition_calls_a_fighting_one_is_an_armed_group(nlp, text):
    found = triples(nlp, text)
    assert ("opposes", "state:CL", "org:toro-workers-union") in found
    assert ("opposes", "org:toro-workers-union", "state:CL") in found


@pytest.mark.parametrize("text", [
    "The Toro Workers Union rebels attacked the town on Monday.",
    "Fighters of the Toro Workers Union rebel alliance attacked the town.",
    "The Toro Workers Union group, an Islamist militant group, attacked the town.",
])
def test_a_group_the_next_words_call_fighters_is_an_armed_group(nlp, text):
    assert kinds(nlp, text).get("org:toro-workers-union") == "armed_group"


@pytest.mark.parametrize("text", [
    "Chile declared victory over the Toro Workers Union.",                               # no word says it fights
    "The Toro Workers Union, a human rights group, criticized Chile.",
    "The Toro Workers Union, which rebel groups attacked last year, criticized Chile.",  # fought, not fighting
    "The Toro Workers Union's fighters criticized Chile.",                               # whose fighters: unclear
    "Rebels attacked the town. The Toro Workers Union criticized Chile.",                # fighting words elsewhere
])
def test_a_group_no_word_next_to_it_calls_fighting_keeps_its_kind(nlp, text):
    assert kinds(nlp, text).get("org:toro-workers-union") != "armed_group"
    assert ("opposes", "state:CL", "org:toro-workers-union") not in triples(nlp, text)
