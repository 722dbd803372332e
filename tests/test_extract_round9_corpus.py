"""Relation classes found by reading unannotated corpus articles (round 9): made-up sentences in, relations out."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article
from geokg.ingest.nlp import build_nlp
from geokg.ingest.relations import extract_relations


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def triples(nlp, text):
    article = Article(id="t", text=text, date="2017-10-10")
    return {(r.rel, r.source, r.target) for r in extract_relations(build_context(nlp(text), article))}


@pytest.mark.parametrize("text", [
    "Canberra, which backed Kabul against the Taliban, sent more trainers.",
    "Australia's support for Afghanistan in the war against the Taliban was praised.",
    "Australia gave air support to Afghanistan against the Taliban last year.",
])
def test_backing_one_side_against_another_opposes_the_other(nlp, text):
    got = triples(nlp, text)
    assert ("supports", "state:AU", "state:AF") in got
    assert ("opposes", "state:AU", "org:taliban") in got
    assert ("supports", "state:AU", "org:taliban") not in got   # the one fought is not backed


def test_defending_against_someone_is_no_act_against_them(nlp):
    got = triples(nlp, "Australia has defended Japan against China for decades.")
    assert ("opposes", "state:AU", "state:CN") not in got
