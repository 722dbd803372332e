"""Round 20 (T): custody and punishment of a person the parser hid behind a post set off by dashes.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text", [
    "Peru sentenced Jan Novak - chairman of Toro Holdings - to life in prison.",
    "Peruvian police arrested Jan Novak - chairman of Toro Holdings - on Monday.",
    "A court in Peru sentenced Jan Novak - chairman of Toro Holdings - to life in prison.",
])
def test_a_name_before_a_dashed_post_is_the_one_held(nlp, text):
    assert ("opposes", "state:PE", "person:jan-novak") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Chile welcomed the Novak - Kolar summit.",
    "Peruvian police raided the Jan Novak - fan club on Monday.",
])
def test_a_dash_before_no_post_or_between_names_stands_for_nobody(nlp, text):
    assert not {end for _, source, target in triples(nlp, text) for end in (source, target)} & {
        "person:jan-novak", "person:kolar", "person:novak"}


@pytest.mark.parametrize("text", [
    "The Ankara High Court sentenced Jan Novak to life in prison.",
    "The Ankara Criminal Court jailed Jan Novak on Monday.",
])
def test_a_court_named_after_a_city_is_the_city_state(nlp, text):
    assert ("opposes", "state:TR", "person:jan-novak") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The Ankara Free Court sentenced Jan Novak to life in prison.",
    "The Ankara Criminal Court acquitted Jan Novak on Monday.",
])
def test_a_court_with_other_words_or_no_cue_stands_for_no_state(nlp, text):
    assert not any(source == "state:TR" for _, source, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "The Ankara First Intermediate People's Court sentenced Jan Novak to life.",
    "The Ankara People's Court sentenced Jan Novak to life.",
])
def test_a_peoples_court_named_after_a_city_is_the_city_state(nlp, text):
    assert ("opposes", "state:TR", "person:jan-novak") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The Ankara Free People's Court sentenced Jan Novak to life.",
    "The Toro First People's Court sentenced Jan Novak to life.",
])
def test_a_peoples_court_with_other_words_or_no_state_stands_for_no_state(nlp, text):
    assert not any(source.startswith("state:") for _, source, _ in triples(nlp, text))
