"""Round 10 (A), persons: names the model cut or missed, and non-persons it kept (made-up sentences)."""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def persons(nlp, text):
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.name for e in ex.entities if e.kind == "person"}


def test_first_name_after_a_preposition_is_kept(nlp):
    got = persons(nlp, "In a motion filed in court, the lawyers for Ahmet Suat Demirel said prosecutors had prejudiced "
                       "the jury. Suat Demirel denies it.")
    assert "Ahmet Suat Demirel" in got and "Suat Demirel" not in got


def test_arabic_surname_the_gazetteer_knows_stays_in_the_name(nlp):
    got = persons(nlp, "Mahmoud Ali al-Houthi, head of a committee, denied it. Mahmoud Ali spoke on TV.")
    assert "Mahmoud Ali al-Houthi" in got and "Mahmoud Ali" not in got


def test_apposition_headed_by_a_post_makes_an_organisation_a_person(nlp):
    got = persons(nlp, "They had better come quickly, said Ferial Mostofi, head of the chamber's investment "
                       "commission. Mostofi said more.")
    assert "Ferial Mostofi" in got


def test_dash_apposition_and_hyphenated_first_name(nlp):
    got = persons(nlp, "But the FPO under Heinz-Christian Strache - its leader since 2005 - has broad support.")
    assert "Heinz-Christian Strache" in got


def test_unlabelled_name_with_a_person_noun_apposition(nlp):
    got = persons(nlp, "Ann Lee, currently the envoy to Chad, was named; and Wess Mitchell, a think-tank founder, "
                       "to be an assistant secretary.")
    assert "Wess Mitchell" in got


def test_apposition_headed_by_a_thing_is_no_person(nlp):
    got = persons(nlp, "Shares of Blue Harbor, a shipping company based in Oslo, rose on Monday.")
    assert "Blue Harbor" not in got


def test_name_after_a_body_possessive(nlp):
    got = persons(nlp, "We hope it holds, said the European Commission's Margaritis Schinas. Schinas left.")
    assert "Margaritis Schinas" in got


def test_one_word_bank_is_no_person(nlp):
    got = persons(nlp, "Halkbank said on Monday it had paid the fine, and Halkbank shares fell.")
    assert "Halkbank" not in got


def test_word_before_an_arabic_article_after_a_place_preposition_is_no_first_name(nlp):
    got = persons(nlp, "The air force bombed militant positions in Unq al-Raml and Tell Safa on Sunday.")
    assert "Unq al-Raml" not in got


def test_first_name_after_of_is_kept(nlp):
    got = persons(nlp, "The jury began deliberating after the trial of Ahmet Suat Demirel, a bank executive. "
                       "Suat Demirel denied it.")
    assert "Ahmet Suat Demirel" in got
