"""Round 28 (U): organisations and states.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text", [
    LIMA + "Human Rights Watch said Peruvian security forces killed at least 40 civilians in the raid.",
    LIMA + "Amnesty International said Peruvian soldiers had raped women and burned villages.",
])
def test_an_organisation_reporting_a_state_s_abuses_opposes_the_state(nlp, text):
    got = triples(nlp, text)
    assert any(r == "opposes" and s.startswith("org:") and t == "state:PE" for r, s, t in got)


@pytest.mark.parametrize("text", [
    # a fight told, not an abuse: those killed are fighters
    LIMA + "Amnesty International said Peruvian soldiers killed 40 rebels.",
    # denied or hedged
    LIMA + "Amnesty International said Peruvian soldiers did not torture the prisoners.",
    LIMA + "Amnesty International said Peruvian soldiers may have tortured the prisoners.",
    # the state's own body reports it
    LIMA + "Peru's defence ministry said soldiers killed 20 civilians by mistake in the raid.",
])
def test_a_fight_a_hedge_or_a_state_s_own_report_accuses_no_state(nlp, text):
    got = triples(nlp, text)
    assert not any(r == "opposes" and s.startswith("org:") and t == "state:PE" for r, s, t in got)


def test_a_dateline_city_parsed_as_a_second_subject_leaves_the_real_subject_the_agent(nlp):
    got = triples(nlp, "MOSCOW (Reuters) - Russia accused Chile of meddling in its elections.")
    assert ("opposes", "state:RU", "state:CL") in got


def test_a_dateline_city_is_never_made_an_agent(nlp):
    got = triples(nlp, "MOSCOW (Reuters) - Lawyers for the two sailors accused Chile of abuses on Monday.")
    assert not any(s == "state:RU" for _, s, _ in got)


def test_a_subject_parsed_as_the_dateline_city_s_apposition_is_the_agent(nlp):
    got = triples(nlp, "GENEVA (Reuters) - The U.N. Security Council imposed new sanctions on Peru on Friday.")
    assert ("opposes", "org:united-nations-security-council", "state:PE") in got


@pytest.mark.parametrize("text, source, target", [
    (LIMA + "Peru cut off aid to Chile on Monday.", "state:PE", "state:CL"),
    (LIMA + "Peru suspended flights to Chile on Monday.", "state:PE", "state:CL"),
    (LIMA + "Peru slashed funds to the Condor Front last year.", "state:PE", "org:condor-front"),
    (LIMA + "The European Union banned oil imports from Peru on Monday.", "org:european-union", "state:PE"),
])
def test_a_state_or_body_that_stops_a_flow_to_or_from_an_actor_opposes_it(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "LATAM Airlines suspended flights to Chile on Monday.",   # a company's halt, no sanction
    LIMA + "Peru has not cut aid to Chile.",
    LIMA + "Peru may cut aid to Chile.",
    LIMA + "Peru cut tariffs on imports from Chile.",   # a cut that eases
    LIMA + "Peru resumed flights to Chile on Monday.",
])
def test_a_company_s_halt_a_hedge_or_an_easing_is_no_sanction(nlp, text):
    assert not any(r == "opposes" and t == "state:CL" for r, _, t in triples(nlp, text))


@pytest.mark.parametrize("text, state", [
    ("TRIPOLI (Reuters) - The U.N.-backed government condemned the Condor Front on Tuesday. Libya has known unrest "
     "for years.", "state:LY"),
    ("ADEN (Reuters) - Yemen's war goes on. The Saudi-backed government condemned the Condor Front on Monday.",
     "state:YE"),
])
def test_a_government_described_by_its_backer_is_the_story_s_state(nlp, text, state):
    assert ("opposes", state, "org:condor-front") in triples(nlp, text)


def test_a_backed_government_is_never_its_backer(nlp):
    text = "ADEN (Reuters) - Saudi Arabia launched air strikes on Monday. The Saudi-backed government condemned the " \
           "Condor Front."
    assert not any(s == "state:SA" and t == "org:condor-front" for _, s, t in triples(nlp, text))


def test_a_backed_government_in_a_passing_phrase_is_not_resolved(nlp):
    text = "TRIPOLI (Reuters) - Libya has known unrest for years. Rada, a unit serving the U.N.-backed " \
           "government, raided the district."
    assert not any(t == "state:LY" for _, _, t in triples(nlp, text))
