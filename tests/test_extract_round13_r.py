"""Round 13 (R): relation arguments reached through a relative clause.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, found", [
    # "whose" owns the cue noun as the noun its clause hangs on would: "Peru's support for X"
    ("Peru, whose support for Hezbollah has grown, denied the report.",
     ("supports", "state:PE", "org:hezbollah")),
    ("Norway, whose sanctions on Sweden took effect in May, held elections.",
     ("opposes", "state:NO", "state:SE")),
    ("Egypt, whose blockade of Qatar began last year, rejected the talks.",
     ("opposes", "state:EG", "state:QA")),
])
def test_whose_owns_the_cue_noun(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # the clause is about a noun that names no actor: its "whose" names none either
    "The election, whose results favoured Peru, was annulled.",
    # a "whose" outside any relative clause owns nothing
    "Nobody knew whose support for Hezbollah had grown.",
])
def test_whose_of_no_actor_names_none(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "supports" and t[2] == "org:hezbollah"} and \
        not {t for t in triples(nlp, text) if t[1] == "state:PE"}


@pytest.mark.parametrize("text, found", [
    # a participle with a "by" agent after a name is passive even when the tagger reads it as a past tense
    ("The war pits Syrian President Bashar al-Assad backed by Russia and Iran against an array of rebel groups.",
     ("supports", "state:RU", "state:SY")),
])
def test_an_agent_makes_a_reduced_relative_passive(nlp, text, found):
    assert found in triples(nlp, text)


@pytest.fixture(scope="module")
def worker():
    from geokg.ingest.pipeline import Worker
    return Worker()


@pytest.mark.parametrize("dateline", [
    "BAGHDAD (Reuters) - ", "MAIDUGURI, Nigeria (Reuters) - ", "KITCHANGA, Democratic Republic of Congo (Reuters) - ",
    "Aden (Reuters) - ", "HAGERSTOWN, Md./WASHINGTON (Reuters) - ",
])
def test_a_dateline_with_a_country_is_parsed_on_its_own(worker, dateline):
    # parsed with the lede, the place name bends the lede's parse; a country after the city is part of the dateline
    text = dateline + "Chile repelled an attack by Peru on Monday."
    assert worker.pieces(text)[0] == dateline


@pytest.mark.parametrize("lead", [
    "AFP Monday 18 Aug 2014 ", "Reuters Saturday 18 Jun 2016 ", "Xinhua, Tuesday, 3 Sep 2013 ",
    "Car bomb kills 10 in Peru Governor AFP Sunday 25 May 2014 ",
])
def test_an_agency_credit_with_the_day_is_parsed_on_its_own(worker, lead):
    # "AFP Monday 18 Aug 2014 Chilean war planes bombed ...": run into the lede it makes the credit its subject; the
    # story's headline run in before the credit goes with it
    text = lead + "Chilean war planes bombed positions of the Blue Brigade on Monday."
    assert worker.pieces(text)[0] == lead


def test_an_agency_named_in_the_lede_is_no_credit(worker):
    text = "Officials told AFP Monday 5 May 2014 that Chile had repelled an attack by Peru."
    assert worker.pieces(text) == [text]


def test_a_lede_that_cites_reuters_is_no_dateline(worker):
    text = "Chile said it repelled an attack (Reuters) - officials added."
    assert worker.pieces(text) == [text]
