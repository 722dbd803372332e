"""Round 32 (M): meetings of one named person at a gathering. A person named as a member, head or chairman of a
delegation the text puts at a gathering, or of the delegation a lede filed abroad tells of, met the gathering's host.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import met, sides


QUITO = "QUITO (Reuters) - "
LEDE = QUITO + "Trade ministers of the Andes gathered on Monday. "
ABROAD = (QUITO + "Ecuador could lose its trade preferences, a visiting European Parliament delegation said on "
          "Tuesday. The bloc buys a third of its bananas, said the delegation's chairman, Ada Rell.")


@pytest.mark.parametrize("text, want", [
    (LEDE + "Ada Rell, a junior member of the Chilean delegation to the Andean summit in Peru, told reporters that "
     "tariffs would fall.", {"person:ada-rell", "state:PE"}),
    (QUITO + "Andean trade ministers met for a summit in Peru on Friday. Ada Rell, the head of Chile's "
     "delegation at the summit, told reporters that tariffs would fall.", {"person:ada-rell", "state:PE"}),
    (ABROAD, {"person:ada-rell", "state:EC"}),
])
def test_a_named_delegate_at_a_gathering_or_abroad_met_its_host(nlp, text, want):
    assert frozenset(want) in sides(nlp, text)


def test_a_delegation_abroad_is_dated_by_the_lede(nlp):
    assert (frozenset({"person:ada-rell", "state:EC"}), "2018-08-28") in met(nlp, ABROAD)


@pytest.mark.parametrize("text", [
    # a delegation still to go is no meeting
    LEDE + "Ada Rell, a junior member of the Chilean delegation to the Andean summit in Peru, will tell reporters "
    "that tariffs must fall.",
    # a delegation of the host state itself
    LEDE + "Ada Rell, a junior member of the Peruvian delegation to the Andean summit in Peru, told reporters that "
    "tariffs would fall.",
    # talks are not a gathering of many sides: the meeting rules read them
    LEDE + "Ada Rell, a junior member of the Chilean delegation to the trade talks in Peru, told reporters that "
    "tariffs would fall.",
    # a standing mission to a body, not a gathering it sat at
    LEDE + "Ada Rell, the head of the Chilean delegation to the United Nations, told reporters that tariffs would "
    "fall.",
    # a lede that does not name the dateline's state does not put the delegation there
    QUITO + "Peru could lose its trade preferences, a visiting European Parliament delegation said on Tuesday. The "
    "bloc buys a third of its bananas, said the delegation's chairman, Ada Rell.",
])
def test_no_meeting_for_a_delegate_not_told_at_a_foreign_gathering(nlp, text):
    assert not [s for s in sides(nlp, text) if "person:ada-rell" in s]
