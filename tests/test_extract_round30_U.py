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
