"""Round 25 (Q): state -> state relations with several states at an end.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - Peru announced more jets for its northern border on Monday. "


def _supports(got, *sources, target="state:PE"):
    return {("supports", s, target) for s in sources} <= got


@pytest.mark.parametrize("text, sources", [
    (LIMA + "Chile and Bolivia have vetoed Western efforts to impose new U.N. penalties on Peru.",
     ("state:CL", "state:BO")),
    (LIMA + "Chile vetoed a U.N. resolution condemning Peru.", ("state:CL",)),
    (LIMA + "Chile blocked sanctions against Peru.", ("state:CL",)),
    (LIMA + "Chile vetoed a draft resolution demanding the Peruvian government cooperate with the inquiry.",
     ("state:CL",)),
])
def test_a_veto_of_a_measure_against_a_state_shields_it(nlp, text, sources):
    assert _supports(triples(nlp, text), *sources)


@pytest.mark.parametrize("text", [
    # not done, or only possibly
    LIMA + "Chile did not veto a resolution condemning Peru.",
    LIMA + "Chile may veto a resolution condemning Peru.",
    # a measure about the state, or for it, is no measure against it
    LIMA + "Chile vetoed a resolution on Peru.",
    LIMA + "Chile vetoed a resolution praising Peru.",
    # a veto of the state's own bid is against it
    LIMA + "Chile has vetoed Peru's bid to join the alliance.",
])
def test_a_veto_of_no_measure_against_the_state_shields_nobody(nlp, text):
    assert ("supports", "state:CL", "state:PE") not in triples(nlp, text)


@pytest.mark.parametrize("text, sources", [
    (LIMA + "Chile and Bolivia said Peru was responsible for the attack.", ("state:CL", "state:BO")),
    (LIMA + "Chile, Bolivia and Brazil said Peru was responsible for the attack.",
     ("state:CL", "state:BO", "state:BR")),
])
def test_a_blame_said_by_several_states_is_each_one_s(nlp, text, sources):
    got = triples(nlp, text)
    assert {("opposes", s, "state:PE") for s in sources} <= got


def test_a_blame_said_to_a_state_is_not_the_listener_s(nlp):
    got = triples(nlp, LIMA + "Chile told Bolivia that Peru was responsible for the attack.")
    assert ("opposes", "state:BO", "state:PE") not in got


@pytest.mark.parametrize("text, sources", [
    (LIMA + "Chile and Bolivia, which back Ecuador, sent troops.", ("state:CL", "state:BO")),
    (LIMA + "Chile and Bolivia, which have backed Ecuador, sent troops.", ("state:CL", "state:BO")),
    (LIMA + "Chile, Bolivia and Brazil, which back Ecuador, sent troops.", ("state:CL", "state:BO", "state:BR")),
    (LIMA + "Chile and Bolivia, Peru's allies, sent troops.", ("state:CL", "state:BO")),
])
def test_a_plural_clause_or_apposition_after_a_list_is_the_whole_list_s(nlp, text, sources):
    target = "state:EC" if "Ecuador" in text else "state:PE"
    assert _supports(triples(nlp, text), *sources, target=target)


@pytest.mark.parametrize("text", [
    # a singular verb or noun tells of the last name only; a past tense tells nothing, so the last name only
    LIMA + "Chile and Bolivia, which backs Ecuador, sent troops.",
    LIMA + "Chile and Bolivia, which backed Ecuador, sent troops.",
    LIMA + "Chile and Bolivia, Peru's ally, sent troops.",
])
def test_a_singular_or_untold_clause_after_a_list_is_the_last_name_s(nlp, text):
    target = "state:EC" if "Ecuador" in text else "state:PE"
    got = triples(nlp, text)
    assert ("supports", "state:BO", target) in got and ("supports", "state:CL", target) not in got


QUISPE = "LIMA (Reuters) - Peruvian President Mateo Quispe flew more jets to the northern border on Monday. "


@pytest.mark.parametrize("text, triple", [
    (QUISPE + "The war pits President Mateo Quispes government supported by Chile and Bolivia against rebel factions.",
     ("supports", "state:BO", "state:PE")),
    (QUISPE + "President Mateo Quispes government is backed by Chile.", ("supports", "state:CL", "state:PE")),
    (QUISPE + "Chile has long backed President Mateo Quispes government.", ("supports", "state:CL", "state:PE")),
    (QUISPE + "President Mateo Quispes forces attacked Bolivia.", ("opposes", "state:PE", "state:BO")),
])
def test_a_title_before_a_glued_possessive_owner_is_part_of_the_owner_s_name(nlp, text, triple):
    assert triple in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a capitalised modifier that is no title of a named person still names another body, or nobody
    QUISPE + "Chile accused the Presidential Guard forces of shelling the town.",
    QUISPE + "Chile accused the President Guard forces of shelling the town.",
])
def test_a_capitalised_modifier_with_no_titled_person_is_no_state_s_force(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)


@pytest.mark.parametrize("text, sources", [
    (QUISPE + "The conflict pits President Mateo Quispes government helped by Chile and Bolivia against rebel groups.",
     ("state:CL", "state:BO")),
    (QUISPE + "Peruvian forces helped by Chile have beaten back the rebels.", ("state:CL",)),
])
def test_a_side_helped_by_named_states_is_aided_by_each(nlp, text, sources):
    assert _supports(triples(nlp, text), *sources)


@pytest.mark.parametrize("text", [
    # a circumstance, not a helper; a help denied or only possible
    QUISPE + "Peru was helped by Chile's decision to cut rates.",
    QUISPE + "Peru was not helped by Chile.",
    QUISPE + "Peru might be helped by Chile.",
])
def test_a_help_by_no_named_helper_or_not_given_is_no_aid(nlp, text):
    assert ("supports", "state:CL", "state:PE") not in triples(nlp, text)
