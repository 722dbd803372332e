"""Round 29 (P): a bare surname shared by two named persons of one article.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from extraction import triples
from geokg.ingest.resolve import cluster_names


def _forms(names, titled=frozenset()):
    return {p.name: p.forms for p, _ in cluster_names(names, titled)}


def test_a_surname_already_written_alone_for_one_person_keeps_meaning_them():
    got = _forms(["Tomas Velkov", "Velkov", "Irena Velkov", "Velkov"])
    assert got["Tomas Velkov"] == ["Tomas Velkov", "Velkov", "Velkov"]
    assert got["Irena Velkov"] == ["Irena Velkov"]


def test_a_surname_never_yet_written_alone_still_goes_to_the_last_named():
    got = _forms(["Tomas Velkov", "Irena Velkov", "Velkov"])
    assert got["Irena Velkov"] == ["Irena Velkov", "Velkov"]


def test_a_titled_namesake_still_wins_over_the_one_named_first():
    # "Irena Velkov ... Velkov ... President Tomas Velkov ... Velkov": the title decides, as before
    got = _forms(["Irena Velkov", "Velkov", "Tomas Velkov", "Velkov"], frozenset({2}))
    assert got["Tomas Velkov"] == ["Tomas Velkov", "Velkov"]


def test_a_convicted_preacher_named_by_surname_after_an_official_namesake(nlp):
    text = ("ZAGREB (Reuters) - A court in Croatia convicted preacher Tomas Velkov of fraud on Friday. Velkov's "
            "followers marched in the capital. Police are on alert, said Marko Velkov, a senior police official. "
            "Croatian police arrested Velkov on Saturday.")
    got = triples(nlp, text)
    assert ("opposes", "state:HR", "person:tomas-velkov") in got
    assert not any("marko-velkov" in tgt for _, _, tgt in got)


VALE = "LONDON (Reuters) - Prime Minister Ana Vale spoke on Monday. "


@pytest.mark.parametrize("text, rel", [
    (VALE + "Vale's ally and de facto deputy Hugo Marr told reporters he was sure.", "supports"),
    (VALE + "It is a plot, longtime Vale supporter and former NATO envoy Hugo Marr said on Tuesday.", "supports"),
    (VALE + "Vale's critic and former envoy Hugo Marr said it was a mistake.", "opposes"),
])
def test_an_ally_noun_and_a_post_before_one_name_describe_that_person(nlp, text, rel):
    assert (rel, "person:hugo-marr", "person:ana-vale") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a bare name after "and" is a second person
    VALE + "Vale's ally and Hugo Marr said they were confident.",
    # an article or a pronoun opens another phrase
    VALE + "Vale's ally and her husband Hugo Marr said they were confident.",
    VALE + "A Vale supporter and the new mayor Hugo Marr said they were confident.",
    # plural: a group beside the person
    VALE + "Vale's supporters and former envoy Hugo Marr said they were confident.",
])
def test_an_ally_noun_joined_to_another_phrase_describes_nobody_named(nlp, text):
    assert not any(src == "person:hugo-marr" for _, src, _ in triples(nlp, text))
