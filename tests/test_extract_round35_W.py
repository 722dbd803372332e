"""Round 35 (W): a group or body closed down ("dissolved", "outlawed", "disbanded") is opposed by the one closing it
and by the one at whose request it was closed: invented sentences in, relations out."""

import pytest

from extraction import triples


@pytest.mark.parametrize("text", [
    "The Zambian government dissolved the Zambian Liberty Party.",
    "A court outlawed the Zambian Liberty Party at the request of the Zambian government.",
    "The Zambian Liberty Party was dissolved in May at the request of the Zambian government.",
])
def test_a_party_closed_down_is_opposed_by_the_state_that_closed_or_asked(nlp, text):
    assert ("opposes", "state:ZM", "org:zambian-liberty-party") in triples(nlp, text)


def test_a_state_dissolving_its_own_parliament_opposes_nobody(nlp):
    got = triples(nlp, "The Zambian president dissolved the Zambian parliament ahead of the vote.")
    assert not any(r == "opposes" for r, _, _ in got)
