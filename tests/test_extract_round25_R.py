"""Round 25 (R): the lede after a dateline that the pipeline parses as a sentence of its own.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
The dateline pieces are parsed as the ingest run parses them (`pipeline.Worker`): on their own, then joined.
"""

import pytest

from extraction import triples
from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


@pytest.fixture(scope="module")
def worker():
    from geokg.ingest.pipeline import Worker
    return Worker()


def context(worker, text):
    return build_context(worker.parse(text), Article(id="t", text=text, date="2018-08-27"))


def test_the_lede_after_a_dateline_counts_extra_for_the_main_state(worker):
    # the dateline is the doc's first sentence; the lede's Chile counts as much as Bolivia's two later mentions
    ctx = context(worker, "PORT ELDER (Reuters) - Chile accused its neighbour of hoarding river water on Monday. "
                          "Officials in Bolivia denied it. A spokesman said Bolivia would reply next week.")
    assert ctx.main_states[0] == "state:CL"


def test_the_second_sentence_of_a_story_with_no_dateline_counts_once(worker):
    ctx = context(worker, "Officials gathered at the border on Monday. Chile accused its neighbour of hoarding "
                          "river water. Officials in Bolivia denied it. A spokesman said Bolivia would reply.")
    assert ctx.main_states[0] == "state:BO"


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Chile said it will retaliate over a new Peruvian law on fishing.",
    "LIMA (Reuters) - Chile said it was retaliating for Peruvian meddling in its election.",
    "LIMA (Reuters) - Chile retaliated for Peru's expulsion of its diplomats.",
    "LIMA (Reuters) - Chile expelled ten diplomats in retaliation for Peru's decision to close a consulate.",
    "LIMA (Reuters) - Chile expelled ten diplomats in retaliation for the expulsion of its envoy by Peru.",
    "LIMA (Reuters) - Chile vowed to retaliate over Peru's new fishing law.",
])
def test_retaliation_for_an_owned_act_opposes_its_owner(nlp, text):
    assert ("opposes", "state:CL", "state:PE") in triples(nlp, text)


def test_sanctions_imposed_in_retaliation_oppose_the_owner_of_the_tests(nlp):
    got = triples(nlp, "LIMA (Reuters) - The United Nations voted new penalties in retaliation for "
                       "Peruvian rocket launches.")
    assert ("opposes", "org:united-nations", "state:PE") in got


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Chile will retaliate for the attack, its president said.",            # no owner written
    "LIMA (Reuters) - Chile could retaliate over a new Peruvian law on fishing.",           # hedged
    "LIMA (Reuters) - Chile did not retaliate for Peru's expulsion of its diplomats.",      # denied
    "LIMA (Reuters) - Chile did not vow to retaliate over Peru's new fishing law.",
    "LIMA (Reuters) - Chile expelled ten diplomats in retaliation for the death of Peruvian activist Jorge Salas.",
])
def test_retaliation_with_no_owner_or_hedged_is_nothing(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peru barred Jorge Salas from entering the country on Monday.",
    "LIMA (Reuters) - Rights investigator Jorge Salas was barred from visiting Peru on Monday.",
    "LIMA (Reuters) - Rights investigator Jorge Salas was denied entry to Peru on Monday.",
    "LIMA (Reuters) - Peru refused entry to rights investigator Jorge Salas on Monday.",
])
def test_a_state_keeping_a_person_out_opposes_the_person(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Chilean officials were banned from entering Peru on Monday.",
    "LIMA (Reuters) - Chilean diplomats were denied entry to Peru on Monday.",
])
def test_a_state_keeping_another_state_s_officials_out_opposes_that_state(nlp, text):
    assert ("opposes", "state:PE", "state:CL") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peru did not bar Jorge Salas from entering the country.",      # denied
    "LIMA (Reuters) - Peru may bar Jorge Salas from entering the country.",          # hedged
    "LIMA (Reuters) - Peru denied that Jorge Salas had entered the country.",        # a denial, no entry refused
    "LIMA (Reuters) - Peruvians signed a petition last year to bar Jorge Salas from entering Peru.",   # an aim
])
def test_a_ban_denied_or_hedged_is_nothing(nlp, text):
    assert ("opposes", "state:PE", "person:jorge-salas") not in triples(nlp, text)


def test_a_national_kept_out_is_not_his_state(nlp):
    got = triples(nlp, "LIMA (Reuters) - A Chilean activist was denied entry to Peru on Wednesday.")
    assert ("opposes", "state:PE", "state:CL") not in got
