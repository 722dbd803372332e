"""Round 9, actors in relations: who the arguments of a cue are (made-up sentences, value in, value out)."""

import pytest

from geokg.ingest.actors import Actors
from geokg.ingest.extract import build_context, extract
from geokg.ingest.model import Article

from extraction import triples


def test_demonym_the_model_calls_a_person_is_the_state_before_government(nlp):
    got = triples(nlp, "Russia accused the Moldovan government of corruption.")
    assert ("opposes", "state:RU", "state:MD") in got


def test_demonym_alone_the_model_calls_a_person_stays_out(nlp):
    text = "A Tajik was arrested at the border on Monday."
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    assert "state:TJ" not in {e.key for e in ex.entities}


def test_bare_government_is_the_state_the_sentence_before_names(nlp):
    got = triples(nlp, "Peru held a vote on Sunday. The United Nations accused the government of killing civilians.")
    assert ("opposes", "org:united-nations", "state:PE") in got


def test_bare_government_is_not_the_accusers_own_state(nlp):
    got = triples(nlp, "Peru held a vote. The United States accused the government of killing civilians.")
    assert ("opposes", "state:US", "state:US") not in got
    assert ("opposes", "state:US", "state:PE") in got   # the government told before (round 12)


def test_a_named_air_arm_of_a_state_stands_for_it(nlp):
    got = triples(nlp, "On Monday, Peruvian government troops supported by the Chilean Aerospace Forces retook the town.")
    assert ("supports", "state:CL", "state:PE") in got


def test_members_of_a_states_military_stand_for_the_state(nlp):
    got = triples(nlp, "Chile imposed sanctions on members of Peru's military on Monday.")
    assert ("opposes", "state:CL", "state:PE") in got


def test_bare_government_troops_are_the_state_named_before(nlp):
    got = triples(nlp, "In Peru on Monday, Islamic State militants attacked government troops near the town.")
    assert ("opposes", "org:islamic-state", "state:PE") in got


def test_bare_government_forces_are_not_the_reporting_state(nlp):
    got = triples(nlp, "Peru held a vote. The United States said government forces had killed civilians.")
    assert not any(t == "state:US" for _, _, t in got)


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah fired rockets on Monday. Chile accused the group of smuggling arms.",
     ("opposes", "state:CL", "org:hezbollah")),
    ("Hezbollah fired rockets on Monday. Chile condemned the militants for the attack.",
     ("opposes", "state:CL", "org:hezbollah")),
])
def test_the_group_is_the_one_named_just_before(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_the_group_with_two_groups_before_is_nobody(nlp):
    got = triples(nlp, "Hezbollah and Hamas fired rockets on Monday. Chile accused the group of smuggling arms.")
    assert not any(s == "state:CL" for _, s, _ in got)


def test_a_conjunct_after_a_closing_dash_is_not_in_the_list(nlp):
    text = ("The vote worried some of Chile's European Union partners - including German Chancellor Angela Merkel - "
            "and the World Jewish Congress.")
    doc = nlp(text)
    actors = Actors(build_context(doc, Article(id="t", text=text, date="2018-08-27")))
    merkel = next(t for t in doc if t.text == "Merkel")
    got = actors.of(merkel)
    assert got and got[0] == "person:angela-merkel"
    assert not any("congress" in k for k in got)


@pytest.mark.parametrize("text", [
    "Tom Vey was arrested in Peru last year and charged with espionage.",
    "Tom Vey, a Canadian citizen, has been jailed in Peru since 2016 on spying charges.",
])
def test_custody_with_no_agent_is_the_state_it_happens_in(nlp, text):
    assert ("opposes", "state:PE", "person:tom-vey") in triples(nlp, text)


def test_custody_by_a_named_group_is_the_groups(nlp):
    got = triples(nlp, "Tom Vey was detained in Peru by Islamic State fighters.")
    assert ("opposes", "state:PE", "person:tom-vey") not in got


@pytest.mark.parametrize("text, expected", [
    ("Hamas leaders condemned Israel.", ("opposes", "org:hamas", "state:IL")),
    ("Chile's army command accused Bolivia of funding saboteurs.", ("opposes", "state:CL", "state:BO")),
    ("Chilean President Ivo Marek spoke on Monday. Marek's office accused Bolivia of funding saboteurs.",
     ("opposes", "state:CL", "state:BO")),
])
def test_leaders_command_and_office_stand_for_their_owner(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_some_party_leaders_are_not_the_party(nlp):
    got = triples(nlp, "Some Hamas leaders condemned Israel.")
    assert ("opposes", "org:hamas", "state:IL") not in got


def test_the_embattled_president_is_the_one_president_named(nlp):
    got = triples(nlp, "Chile's President Ivo Marek met reporters. The embattled president accused Bolivia of lying.")
    assert ("opposes", "state:CL", "state:BO") in got


@pytest.mark.parametrize("text", [
    "Chile's President Ivo Marek met Peru's President Tom Vey. The president accused Bolivia of lying.",
    "Chile's President Ivo Marek met reporters. The former president accused Bolivia of lying.",
])
def test_the_president_with_two_holders_or_a_past_word_is_nobody(nlp, text):
    assert not any(t == "state:BO" for _, _, t in triples(nlp, text))


def test_allies_seen_on_the_way_support_the_travellers_state(nlp):
    got = triples(nlp, "Chilean President Ivo Marek stopped over in Lima on his way to see allies in the south, "
                       "including Argentina and Uruguay.")
    assert {("supports", "state:AR", "state:CL"), ("supports", "state:UY", "state:CL")} <= got
    assert ("supports", "state:UY", "state:AR") not in got


def test_their_allies_after_warships_of_a_state(nlp):
    got = triples(nlp, "The port was shelled by Peruvian gunboats and their Chilean allies.")
    assert ("supports", "state:CL", "state:PE") in got


def test_second_verb_after_a_reported_statement_about_a_thing_is_the_speakers(nlp):
    got = triples(nlp, "Iraqi Prime Minister Haider al-Abadi says the referendum is against the constitution and has "
                       "called on the Kurdistan Regional Government to cancel it.")
    assert ("opposes", "state:IQ", "org:kurdistan-regional-government") in got


def test_a_name_after_comma_and_is_one_more_object(nlp):
    got = triples(nlp, "Iran has angered Washington by supporting Yemen's Houthi movement, and Syrian President "
                       "Bashar al-Assad in the civil war.")
    assert ("supports", "state:IR", "state:SY") in got


def test_pro_government_forces_are_the_state_named_before_not_the_actors(nlp):
    got = triples(nlp, "In Yemen, Iran supports Houthi rebels against pro-government forces that are supported by a "
                       "Saudi-led military coalition.")
    assert ("supports", "state:SA", "state:YE") in got
    assert not any(t == "state:IR" for _, _, t in got)


@pytest.mark.parametrize("text, expected", [
    ("Chile arrested Hamas members and condemned them as terrorists.", ("opposes", "state:CL", "org:hamas")),
    ("Chile charged Tom Vey and Ada Rell with corruption and blamed them for the crisis.",
     ("opposes", "state:CL", "person:ada-rell")),
])
def test_object_pronoun_of_a_joined_verb_is_the_named_object_before(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_object_pronoun_for_a_thing_is_nobody(nlp):
    assert not any(t == "state:PE" for _, _, t in triples(nlp, "Chile signed the deal with Peru and later criticized it."))


def test_relative_after_in_particular_is_the_name_before(nlp):
    got = triples(nlp, "The law angered Peru in particular, which threatened to retaliate against Chile.")
    assert ("opposes", "state:PE", "state:CL") in got


def test_planes_from_a_led_coalition_are_its_leaders(nlp):
    got = triples(nlp, "On August 24, Turkish tanks backed by planes from the US-led coalition launched an offensive "
                       "in Syria against Islamic State.")
    assert ("supports", "state:US", "state:TR") in got
