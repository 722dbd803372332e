"""Round 29 (U): the UN's agencies and offices as bodies of their own; demands to undo a cut.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, body", [
    (LIMA + "The U.N. human rights office accused Peru of torturing prisoners held in Cuzco.",
     "org:u-n-human-rights-office"),
    (LIMA + "The United Nations rights office on Monday condemned Peru for the deaths of miners.",
     "org:u-n-human-rights-office"),
    (LIMA + "The U.N. children\u2019s agency accused Peru of jailing hundreds of teenagers without trial.",
     "org:unicef"),
    (LIMA + "The U.N. humanitarian agency accused Peru of blocking aid convoys to the flooded north.",
     "org:ocha"),
])
def test_a_un_office_named_in_lower_case_is_a_body_of_its_own(nlp, text, body):
    got = triples(nlp, text)
    assert ("opposes", body, "state:PE") in got
    assert ("opposes", "org:united-nations", "state:PE") not in got


@pytest.mark.parametrize("text, body", [
    # an official of the UN, no office named: the UN's own
    (LIMA + "A U.N. official in Lima accused Peru of torturing prisoners held in Cuzco.", "org:united-nations"),
    (LIMA + "The U.N. Security Council condemned Peru over the shelling of border villages.",
     "org:united-nations-security-council"),
])
def test_a_un_official_or_the_council_stays_what_it_was(nlp, text, body):
    got = triples(nlp, text)
    assert ("opposes", body, "state:PE") in got
    assert not any(s in ("org:u-n-human-rights-office", "org:ocha", "org:unicef") for _, s, _ in got)
@pytest.mark.parametrize("text, source", [
    (LIMA + "The U.N. rights office called on Peru on Tuesday to restore water and power to the "
            "miners' camp.", "org:u-n-human-rights-office"),
    (LIMA + "Chile urged Peru to reopen the mountain pass it shut last week.", "state:CL"),
    (LIMA + "Chile called on Peru to grant aid workers access to the camps.", "state:CL"),
])
def test_a_call_to_restore_reopen_or_grant_access_is_a_demand_against_the_addressee(nlp, text, source):
    assert ("opposes", source, "state:PE") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # calm or ties restored: peace asked for, no wrong undone
    LIMA + "Chile urged Peru to restore calm along the coast.",
    LIMA + "Chile called on Peru to restore ties with Bolivia.",
])
def test_a_call_to_restore_calm_or_ties_opposes_nobody(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)
