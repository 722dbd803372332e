"""Round 26 (R): backers of a side told in a description of the one they back.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

TOWN = "MARAKA (Reuters) - "
CITY = "BEIRUT (Reuters) - "


@pytest.mark.parametrize("text", [
    CITY + "The Tanga Brigade, the most dangerous of the Peru-backed militias aiding the Zanzibar Front, took the town.",
    TOWN + "The Tanga Brigade, the largest of the Peru-backed militias aiding the Zanzibar Front, took the town.",
])
def test_a_superlative_of_a_set_stands_for_the_one_it_describes(nlp, text):
    got = triples(nlp, text)
    assert ("supports", "state:PE", "org:tanga-brigade") in got
    assert ("supports", "org:tanga-brigade", "org:zanzibar-front") in got


@pytest.mark.parametrize("text", [
    # no superlative: a plain adjective picks no one member of the set
    TOWN + "The Tanga Brigade, powerful among the Peru-backed militias aiding the Zanzibar Front, took the town.",
    # "the least" picks no member as the set's best
    TOWN + "The Tanga Brigade, the least powerful of the Peru-backed militias aiding the Zanzibar Front, took the town.",
])
def test_no_superlative_no_member_read_for_the_set(nlp, text):
    got = triples(nlp, text)
    assert ("supports", "org:tanga-brigade", "org:zanzibar-front") not in got


@pytest.mark.parametrize("text, owner", [
    (TOWN + "The town was seized by Bolivian forces in a long offensive assisted by Peruvian air power.", "state:BO"),
    (CITY + "Bolivian forces captured the port in a fresh offensive backed by Peruvian air strikes.", "state:BO"),
    (TOWN + "The Zanzibar Front has launched a new operation, backed by Peruvian forces, near the lake.",
     "org:zanzibar-front"),
    (TOWN + "Bolivia's offensive, assisted by Peruvian jets, took the town.", "state:BO"),
])
def test_the_helpers_of_a_push_back_the_one_whose_push_it_is(nlp, text, owner):
    assert ("supports", "state:PE", owner) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a circumstance, not a helper
    TOWN + "The Zanzibar Front took the town in an offensive helped by dry weather and Peruvian roads.",
    # a denied help
    TOWN + "The Zanzibar Front took the town in an offensive that was not backed by Peruvian forces.",
    # the verb does not carry out the push: a victim of it
    TOWN + "Ten Zanzibar Front fighters died during a fresh offensive backed by Peruvian air strikes.",
])
def test_no_helper_no_denial_no_victim_backs_the_push(nlp, text):
    assert not any(r == "supports" and src == "state:PE" for r, src, _ in triples(nlp, text))


def test_a_name_listed_after_a_relative_clause_is_not_its_subject(nlp):
    got = triples(nlp, CITY + "Peru and Chile, which back the Zanzibar Front, and Bolivia, which supports the Tanga "
                              "Army, met on Monday.")
    assert ("supports", "state:BO", "org:zanzibar-front") not in got
    assert ("supports", "state:BO", "org:tanga-army") in got


def test_the_names_listed_before_a_relative_clause_stay_its_subjects(nlp):
    got = triples(nlp, CITY + "Peru and Chile, which back the Zanzibar Front, and Bolivia, which supports the Tanga "
                              "Army, met on Monday.")
    assert {("supports", "state:PE", "org:zanzibar-front"), ("supports", "state:CL", "org:zanzibar-front")} <= got
