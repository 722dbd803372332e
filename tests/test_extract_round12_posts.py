"""Round 12 posts held: civil titles a military rank hid, and the state of regional and other posts (made-up names)."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-10-24", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_deputy_secretary_general_is_no_general(nlp):
    found = posts(nlp, "The delegation was led by NATO's Deputy Secretary General Rita Halvorsen, and Germany sent "
                       "its own team.")
    assert ("Rita Halvorsen", "Official", "org:nato") in found
    assert not any(role == "MilitaryOfficer" for _, role, _ in found), found


def test_under_secretary_general_of_a_body_with_its_portfolio(nlp):
    found = posts(nlp, "\"The convoy has yet to cross into Syria,\" the UN Under Secretary General for Humanitarian "
                       "Affairs Stephen Oakes said.")
    assert found == {("Stephen Oakes", "Official", "org:united-nations")}


def test_inspector_general_of_a_national_agency(nlp):
    found = posts(nlp, "The report was written by Pentagon Inspector General Glenn Fine, a U.S. official said.")
    assert found == {("Glenn Fine", "Official", "state:US")}


def test_minister_of_a_region_named_in_the_possessive_is_a_regional_official(nlp):
    found = posts(nlp, "LONDON (Reuters) - Scotland's first minister, Fiona Carrick, said on Tuesday that Britain "
                       "should stay in the single market.")
    assert found == {("Fiona Carrick", "Official", "state:GB")}


def test_finance_minister_of_a_federal_region(nlp):
    found = posts(nlp, "Bavaria's finance minister Hans Obermaier criticised Germany's plans for migrants on Monday.")
    assert found == {("Hans Obermaier", "Official", "state:DE")}


def test_states_minister_with_a_portfolio_the_model_tags_as_a_place_stays_a_minister(nlp):
    found = posts(nlp, "LONDON (Reuters) - Britain's Brexit minister Dan Harlow said talks would resume next week.")
    assert found == {("Dan Harlow", "Minister", "state:GB")}


def test_minister_of_a_known_regional_government_the_model_ran_into_the_portfolio(nlp):
    # the model reads "KRG Transport" as one organisation; the gazetteer still marks "KRG" in it
    found = posts(nlp, "ERBIL, Iraq (Reuters) - His demand was rejected by KRG Transport Minister Azad Karim on "
                       "Wednesday.")
    assert found == {("Azad Karim", "Official", "state:IQ")}


def test_a_states_un_ambassador_under_a_possessive_pronoun_is_the_states(nlp):
    found = posts(nlp, "WASHINGTON (Reuters) - President Tom Ridley said the United States would respond, even as "
                       "his U.N. ambassador Nora Quill promised a strong answer.")
    assert ("Nora Quill", "Ambassador", "state:US") in found


def test_un_envoy_and_eu_ambassador_stay_the_bodies_own(nlp):
    found = posts(nlp, "BRUSSELS (Reuters) - EU ambassador to Russia Marek Lind said the sanctions would stay, "
                       "while U.N. envoy Lars Dahl travelled to Yemen.")
    assert ("Marek Lind", "Ambassador", "org:european-union") in found
    assert ("Lars Dahl", "Ambassador", "org:united-nations") in found


def test_regional_president_in_a_monarchy_is_its_official(nlp):
    # a monarchy has no president as head of state, but a region of it may have one
    found = posts(nlp, "Spanish political leaders have urged Catalan President Jordi Ferrer to call a regional "
                       "election.")
    assert found == {("Jordi Ferrer", "Official", "state:ES")}
