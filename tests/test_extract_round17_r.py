"""Round 17 (R): a standing fight told as a state of its sides ("at loggerheads with", "at war with").

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text", [
    "Chile has been at loggerheads with Bolivia for years.",
    # the appositive describing a name: its head is the side
    "Bolivia's western neighbour Chile, still technically at war with Bolivia, sent a note on Monday.",
    # the object a placing verb puts there
    "The border dispute has put Chile at loggerheads with Bolivia.",
])
def test_at_loggerheads_or_at_war_opposes_both_ways(nlp, text):
    found = triples(nlp, text)
    assert ("opposes", "state:CL", "state:BO") in found
    assert ("opposes", "state:BO", "state:CL") in found


def test_each_side_against_each_other_side_of_a_second_with(nlp):
    found = triples(nlp, "Chile and Peru have been at loggerheads with Bolivia, as well as with Ecuador, over water.")
    for a in ("state:CL", "state:PE"):
        for b in ("state:BO", "state:EC"):
            assert ("opposes", a, b) in found and ("opposes", b, a) in found


def test_a_war_is_waged_back_only_by_one_who_can_fight(nlp):
    found = triples(nlp, "Chile said on Monday it was at war with Acme Mining Corp.")
    assert ("opposes", "state:CL", "org:acme-mining-corp") in found
    assert ("opposes", "org:acme-mining-corp", "state:CL") not in found


@pytest.mark.parametrize("text", [
    "Chile is not at war with Bolivia.",
    "Chile could soon be at loggerheads with Bolivia.",
    # no "with" object: no second side
    "Chile has been at war since 1879.",
])
def test_denied_possible_or_one_sided_gives_nothing(nlp, text):
    assert ("opposes", "state:CL", "state:BO") not in triples(nlp, text)


def test_names_opening_a_clause_the_parser_left_with_no_subject(nlp):
    # the parser hangs "Warsaw and Lima" on "tone" as an apposition, leaving "been" with no subject
    found = triples(nlp, "While Quito and Bratislava have sometimes struck a more moderate tone, Warsaw and Lima have "
                         "constantly been at loggerheads with Bolivia.")
    assert ("opposes", "state:PL", "state:BO") in found and ("opposes", "state:BO", "state:PE") in found
    assert ("opposes", "state:EC", "state:BO") not in found


def test_an_ally_named_beside_the_noun_as_a_second_subject(nlp):
    # the parser makes "Fischer" and "an ally of ..." two subjects of "spoke"
    found = triples(nlp, "Karl Fischer, a lawmaker, was confident on Monday. Fischer, an ally of German Chancellor "
                         "Angela Merkel in the assembly, spoke after meeting Anna Berg in Paris.")
    assert ("supports", "person:karl-fischer", "person:angela-merkel") in found


def test_allies_like_a_named_person(nlp):
    found = triples(nlp, "President Evo Morales held a rally. The vote brought big wins for Morales allies like "
                         "Jorge Salas.")
    assert ("supports", "person:jorge-salas", "person:evo-morales") in found


def test_a_subject_that_is_no_apposition_is_no_ally(nlp):
    # two subjects joined by "and", not an apposition after a comma
    found = triples(nlp, "Jorge Salas and an ally of President Evo Morales spoke to reporters on Monday.")
    assert ("supports", "person:jorge-salas", "person:evo-morales") not in found


PARTIES = "The Workers Union (WU) and the Farmers Front (FF) met on Monday. "


@pytest.mark.parametrize("text", [
    PARTIES + "Voters backed the WU and its northern sister party FF in May.",
    PARTIES + "The bloc comprises the Workers Union (WU) and their northern sister party, the Farmers Front (FF).",
])
def test_sister_parties_are_allied(nlp, text):
    found = triples(nlp, text)
    assert ("alliedWith", "org:workers-union", "org:farmers-front") in found \
        or ("alliedWith", "org:farmers-front", "org:workers-union") in found


def test_a_sister_party_heading_a_list_is_allied_with_the_one_it_joins_only(nlp):
    found = triples(nlp, PARTIES + "Voters backed the WU and its northern sister party FF or the Green League.")
    assert not any(r == "alliedWith" and "org:green-league" in (a, b) for r, a, b in found)


@pytest.mark.parametrize("text", [
    "Peru is taking the side of Chile in the crisis.",
    "Peru took the side of Chile.",
])
def test_taking_the_side_of_is_support(nlp, text):
    assert ("supports", "state:PE", "state:CL") in triples(nlp, text)


def test_taking_no_side_gives_nothing(nlp):
    assert ("supports", "state:PE", "state:CL") not in triples(nlp, "Peru did not take the side of Chile.")


@pytest.mark.parametrize("text", [
    "Chilean troops came under fire from Islamic State near the border.",
    "Chilean President Ana Ruiz, under fire from Peru over the border, said on Monday she would not yield.",
])
def test_under_fire_from_opposes_the_one_under_fire(nlp, text):
    found = triples(nlp, text)
    assert any(r == "opposes" and b == "state:CL" and a != "state:CL" for r, a, b in found)
