"""Round 22 (Q): posts held (made-up names and sentences)."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


@pytest.mark.parametrize("text", [
    "LIMA, Peru (Reuters) - Thousands of villagers have fled into Peru, saying the Bolivian army burned their homes. "
    "Speaking to troops on Friday, army chief Ramon Quispe Torrez said there was no abuse in the hills.",
    "LIMA, Peru (Reuters) - Thousands of villagers have fled into Peru from Bolivia, where Bolivia's military has "
    "burned homes. Speaking to troops on Friday, military chief Ramon Quispe Torrez said there was no abuse.",
])
def test_a_bare_army_chief_is_the_officer_of_the_army_the_text_names(nlp, text):
    assert ("Ramon Quispe Torrez", "MilitaryOfficer", "state:BO") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    # two states' armies named: no army decides, the dateline stays
    "LIMA, Peru (Reuters) - Villagers fled into Peru, saying the Bolivian army burned their homes as the Peruvian "
    "army watched. Speaking to troops on Friday, army chief Ramon Quispe Torrez said there was no abuse.",
    # a title of no army: the general keeps the dateline's state
    "LIMA, Peru (Reuters) - Villagers fled into Peru, saying the Bolivian army burned their homes. Speaking to "
    "troops on Friday, General Ramon Quispe Torrez said there was no abuse.",
])
def test_no_single_named_army_or_no_army_title_keeps_the_dateline(nlp, text):
    assert ("Ramon Quispe Torrez", "MilitaryOfficer", "state:PE") in posts(nlp, text)


def test_an_army_chief_title_only_reads_an_army_not_a_military(nlp):
    text = ("LIMA, Peru (Reuters) - Villagers fled into Peru, saying Bolivia's military burned their homes. Speaking to "
            "troops on Friday, army chief Ramon Quispe Torrez said there was no abuse.")
    assert ("Ramon Quispe Torrez", "MilitaryOfficer", "state:PE") in posts(nlp, text)


@pytest.mark.parametrize("text, holder, state", [
    ("JERUSALEM (Reuters) - Israel's police have questioned the mayor of Haifa. Attorney General Dov Amrani said on "
     "Monday he would decide within weeks.", "Dov Amrani", "state:IL"),
    ("MEXICO CITY (Reuters) - Mexico's attorney general, Raul Ibarra, said on Monday he would charge the mayor.",
     "Raul Ibarra", "state:MX"),
])
def test_an_attorney_general_outside_a_cabinet_is_an_official(nlp, text, holder, state):
    assert (holder, "Official", state) in posts(nlp, text)


@pytest.mark.parametrize("text, holder, state", [
    ("WASHINGTON (Reuters) - The United States will not extradite the banker, Attorney General Bill Harlan said on "
     "Monday.", "Bill Harlan", "state:US"),
    ("LONDON (Reuters) - Britain will not extradite the banker, Attorney General Rupert Haines said on Monday.",
     "Rupert Haines", "state:GB"),
])
def test_a_cabinet_attorney_general_stays_a_minister(nlp, text, holder, state):
    assert (holder, "Minister", state) in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "QUITO (Reuters) - Ecuador's attorney general Rosa Vela stood down on Monday, telling lawmakers her work was done.",
    "QUITO (Reuters) - Ecuador's defence minister Rosa Vela has stood down, the government said.",
])
def test_a_titled_holder_who_stood_down_holds_the_post_no_more(nlp, text):
    assert not any(p == "Rosa Vela" for p, _, _ in posts(nlp, text))


@pytest.mark.parametrize("text", [
    "QUITO (Reuters) - Ecuador's defence minister Rosa Vela stood down the troops on Monday after the talks.",
    "QUITO (Reuters) - Ecuador's defence minister Rosa Vela will not stand down, the government said.",
])
def test_standing_down_troops_or_a_refusal_keeps_the_post(nlp, text):
    assert ("Rosa Vela", "DefenceMinister", "state:EC") in posts(nlp, text)
