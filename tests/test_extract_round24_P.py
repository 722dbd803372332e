"""Round 24 (P): prosecution told with no plain cue verb between the state and the accused.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - Peru announced more jets for its northern border on Monday. "


@pytest.mark.parametrize("text", [
    LIMA + "Prosecutors filed charges against Jorge Salas.",
    LIMA + "Prosecutors brought charges against Jorge Salas on Monday.",
    LIMA + "Peru's prosecutors filed charges against Jorge Salas.",
    LIMA + "Prosecutors filed an indictment against Jorge Salas.",
    LIMA + "The public prosecutor has filed fraud charges against Jorge Salas and Maria Lopez.",
])
def test_charges_filed_against_a_named_person_are_the_filer_s(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


def test_charges_filed_against_two_persons_are_against_both(nlp):
    got = triples(nlp, LIMA + "The public prosecutor has filed fraud charges against Jorge Salas and Maria Lopez.")
    assert {("opposes", "state:PE", "person:jorge-salas"), ("opposes", "state:PE", "person:maria-lopez")} <= got


def test_a_state_filing_charges_is_that_state(nlp):
    assert ("opposes", "state:CL", "person:jorge-salas") in triples(
        nlp, LIMA + "Chile filed charges against Jorge Salas.")


@pytest.mark.parametrize("text", [
    # denied or hedged
    LIMA + "Prosecutors did not file charges against Jorge Salas.",
    LIMA + "Prosecutors may file charges against Jorge Salas.",
    # a person's own complaint, a group's: no state brings them
    LIMA + "Maria Lopez filed charges against Jorge Salas.",
    LIMA + "The Condor Front brought charges against Jorge Salas.",
])
def test_charges_filed_by_no_state_or_not_filed_name_nobody(nlp, text):
    assert not any(src.startswith("state:") and dst == "person:jorge-salas" for _, src, dst in triples(nlp, text))


@pytest.mark.parametrize("text", [
    LIMA + "Jorge Salas was apprehended on Monday.",
    LIMA + "Police apprehended Jorge Salas on Monday.",
    LIMA + "Jorge Salas, who was apprehended in May, denied the charges.",
])
def test_a_named_person_apprehended_is_held(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Jorge Salas was not apprehended.",
    LIMA + "Police failed to apprehend Jorge Salas.",
    LIMA + "Police may apprehend Jorge Salas.",
])
def test_an_apprehension_not_done_names_nobody(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") not in triples(nlp, text)


def test_a_custody_whose_reason_is_unclear_is_told_as_done(nlp):
    got = triples(nlp, LIMA + "It was not clear why Jorge Salas and Maria Lopez were arrested.")
    assert {("opposes", "state:PE", "person:jorge-salas"), ("opposes", "state:PE", "person:maria-lopez")} <= got


@pytest.mark.parametrize("text", [
    # whether it happened is what is unclear or denied
    LIMA + "It remains unclear whether police arrested Jorge Salas.",
    LIMA + "Peru did not say that police arrested Jorge Salas.",
    # the clause's own modal still hedges it
    LIMA + "It was not clear why police would arrest Jorge Salas.",
])
def test_an_unclear_or_denied_custody_names_nobody(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Jorge Salas faces fraud charges.",
    LIMA + "Jorge Salas, who faces fraud charges, appeared in court on Monday.",
    LIMA + "Jorge Salas is standing trial for embezzlement.",
    LIMA + "Jorge Salas went on trial last week.",
    LIMA + "Jorge Salas is on trial for fraud.",
])
def test_a_named_person_facing_charges_or_trial_is_tried_by_the_story_s_state(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


def test_a_trial_placed_in_a_state_is_that_state_s(nlp):
    assert ("opposes", "state:CL", "person:jorge-salas") in triples(nlp, LIMA + "Jorge Salas faces charges in Chile.")


@pytest.mark.parametrize("text", [
    # only possibly faced, conditional, denied
    LIMA + "Jorge Salas could face charges of fraud.",
    LIMA + "Jorge Salas will stand trial if indicted.",
    LIMA + "Jorge Salas did not face charges.",
    LIMA + "Jorge Salas denies the charges.",
    # no charges or trial faced
    LIMA + "Jorge Salas faces tough questions.",
    # a pronoun's charges
    LIMA + "Jorge Salas denied fraud. He faces fraud charges.",
])
def test_charges_or_trial_not_faced_by_a_named_person_name_nobody(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") not in triples(nlp, text)


def test_a_group_facing_charges_is_not_tried(nlp):
    assert not any(dst == "org:condor-front" for _, _, dst in triples(nlp, LIMA + "The Condor Front faces charges."))


@pytest.mark.parametrize("text, state", [
    (LIMA + "Last week Chilean prosecutors requested an eight-year prison sentence for Jorge Salas.", "state:CL"),
    (LIMA + "Prosecutors are seeking a life sentence for Jorge Salas.", "state:PE"),
])
def test_a_sentence_a_prosecutor_seeks_for_a_named_person_is_the_prosecutor_s_state_s(nlp, text, state):
    assert ("opposes", state, "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # denied or hedged
    LIMA + "Prosecutors did not seek a sentence for Jorge Salas.",
    LIMA + "Prosecutors may seek a life sentence for Jorge Salas.",
    # not a prosecutor asking
    LIMA + "Chile demanded a life sentence for Jorge Salas.",
    LIMA + "Maria Lopez sought a life sentence for Jorge Salas.",
])
def test_a_sentence_sought_by_no_prosecutor_or_not_sought_names_nobody(nlp, text):
    assert not any(src.startswith("state:") and dst == "person:jorge-salas" for _, src, dst in triples(nlp, text))
