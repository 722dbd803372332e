"""Round 25 (R): the lede after a dateline that the pipeline parses as a sentence of its own.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
The dateline pieces are parsed as the ingest run parses them (`pipeline.Worker`): on their own, then joined.
"""

import pytest

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
