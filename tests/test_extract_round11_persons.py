"""Round 11 (A), persons: classes of names the model cut or missed, and of non-persons it kept (made-up sentences)."""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def persons(nlp, text):
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.name for e in ex.entities if e.kind == "person"}


def test_kin_noun_after_a_possessive_names_a_person(nlp):
    got = persons(nlp, "The adviser is the husband of Trump's daughter Ivanka, officials said.")
    assert "Ivanka" in got


def test_name_after_a_title_to_a_body(nlp):
    got = persons(nlp, "There will be a vote criticizing our choice, U.S. Ambassador to the United Nations Pim Kessels "
                       "said on Twitter.")
    assert "Pim Kessels" in got


def test_body_after_a_title_for_the_body_is_no_person(nlp):
    got = persons(nlp, "A date has not been set, a spokesman for the British Embassy in Washington said.")
    assert not got


def test_apposition_calling_a_name_an_island_is_no_person(nlp):
    got = persons(nlp, "He said police were investigating reports that she had left via Tao Manee, an island close "
                       "to the Cambodian border.")
    assert "Tao Manee" not in got


def test_relative_clause_after_a_name_is_no_apposition(nlp):
    got = persons(nlp, "Voters back billionaire Pavel Horak. Horak, whose party is far ahead in the polls, spoke.")
    assert "Pavel Horak" in got


def test_untagged_two_word_tail_of_a_name(nlp):
    got = persons(nlp, "Htin Kyaw, a close ally of government leader Aung San Thet Naing, has authorized the police "
                       "to proceed.")
    assert "Aung San Thet Naing" in got and "Aung San" not in got


def test_agency_credit_after_a_spaced_dash_is_no_person(nlp):
    got = persons(nlp, "Soldiers stand at a site of an explosion in Bab Tadmor in Homs. Bab Tadmor Homs - SANA "
                       "pic.twitter.com/xyz Regime media also reported more blasts.")
    assert not any("SANA" in n for n in got)
