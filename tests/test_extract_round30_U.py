"""Round 30 (U): relations told in descriptions of an actor rather than in its acts.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

from extraction import triples
from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def _holdings(nlp, text):
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {(h.person, h.role, h.jurisdiction) for h in ex.holdings}


# -- a bare "pro-EU" entity: the gazetteer's name after the prefix is the target ---------------------------------

def test_a_pro_prefix_the_model_tagged_as_one_name_still_gives_its_target(nlp):
    text = ("After pro-EU centrist Tomas Velkov took the presidency of Slovakia in March, diplomats in Vienna "
            "hoped for calm.")
    assert ("supports", "person:tomas-velkov", "org:european-union") in triples(nlp, text)


def test_two_leanings_after_be_are_both_the_subjects_and_not_each_others(nlp):
    got = triples(nlp, "Velkov, 61, is pro-NATO and pro-EU, unlike his rival.")
    assert ("supports", "person:velkov", "org:european-union") in got
    assert ("supports", "person:velkov", "org:nato") in got
    assert not any(src.startswith("org:") for _, src, _ in got)


def test_a_prefixed_name_is_no_body_of_the_post_written_after_it(nlp):
    text = "Nevertheless, pro-EU lawmaker Marta Holm said she wrote to the chamber's speaker on Monday."
    assert not any(jur == "org:european-union" for _, _, jur in _holdings(nlp, text))


def test_a_prefix_on_a_name_the_gazetteer_does_not_hold_gives_nothing(nlp):
    assert triples(nlp, "Pro-Zorb centrist Tomas Velkov took the presidency of Slovakia in March.") == set()


# -- whose a "pro-X" / "anti-X" noun is: a leaning's owner, the name a description is set beside --------------

def test_a_leaning_noun_is_its_owners(nlp):
    text = "Fellow ministers praised Marek Dulos’s pro-EU credentials on Monday."
    assert ("supports", "person:marek-dulos", "org:european-union") in triples(nlp, text)


def test_a_prefixed_description_set_beside_a_name_is_that_names(nlp):
    text = "Marek Dulos, a pro-EU centrist, won the vote in Slovakia on Sunday."
    assert ("supports", "person:marek-dulos", "org:european-union") in triples(nlp, text)


def test_a_prefixed_description_after_a_bracketed_gloss_is_the_names_before_it(nlp):
    text = "The Zorb League (Our Land), an anti-NATO citizens network, said it would march in Vienna."
    assert ("opposes", "org:zorb-league", "org:nato") in triples(nlp, text)


def test_an_owner_of_a_noun_that_is_no_leaning_is_no_holder(nlp):
    # "Slovakia's pro-EU neighbours": the neighbours lean, not Slovakia
    got = triples(nlp, "Marek Dulos’s pro-EU neighbours met in Vienna on Monday.")
    assert not any(tgt == "org:european-union" for _, _, tgt in got)
