"""Round 23 (U): parties, lawmakers and leaders (made-up names and sentences)."""

import pytest

from extraction import triples
from geokg.ingest.resolve import cluster_names


def test_a_shared_surname_goes_to_the_one_written_with_a_title():
    persons = {p.name: p for p, _ in cluster_names(["Dov Amrani", "Rina Amrani", "Amrani"], frozenset({0}))}
    assert persons["Dov Amrani"].forms == ["Dov Amrani", "Amrani"]
    assert persons["Rina Amrani"].forms == ["Rina Amrani"]


def test_a_shared_surname_with_both_or_neither_titled_goes_to_the_last_written():
    for titled in (frozenset(), frozenset({0, 1})):
        persons = {p.name: p for p, _ in cluster_names(["Dov Amrani", "Rina Amrani", "Amrani"], titled)}
        assert persons["Rina Amrani"].forms == ["Rina Amrani", "Amrani"]


def test_a_premier_named_by_surname_after_his_wife_is_still_the_premier(nlp):
    text = ("BUDAPEST (Reuters) - Hungary's prosecutor may charge the wife of Prime Minister Laszlo Kover, Anna, with "
            "fraud. The charges against Anna Kover were baseless, a post said. Kover himself is under investigation. "
            "The Jobbik party backed him on Tuesday.")
    got = triples(nlp, text)
    assert not any(tgt == "person:anna-kover" and src == "org:jobbik-party" for _, src, tgt in got)
    assert any(tgt in ("person:laszlo-kover", "state:HU") for _, src, tgt in got if src.startswith("org:jobbik"))


def test_a_premier_named_by_surname_after_his_wife_is_still_the_premier(nlp):
    text = ("BUDAPEST (Reuters) - Hungary's prosecutor may charge the wife of Prime Minister Laszlo Kover, Anna, with "
            "fraud. The charges against Anna Kover were baseless, a post said. Kover himself is under investigation. "
            "Jobbik backed him on Tuesday.")
    got = triples(nlp, text)
    assert ("supports", "org:jobbik", "person:anna-kover") not in got
    assert any(tgt in ("person:laszlo-kover", "state:HU") for _, src, tgt in got if src == "org:jobbik")
