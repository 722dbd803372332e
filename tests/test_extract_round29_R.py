"""Round 29 (R): two parties that made a deal are allies.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

OSLO = "OSLO (Reuters) - The Nordland parliament met on Monday. "
LABOUR, CENTRE = "org:labour-party", "org:centre-party"


@pytest.mark.parametrize("text", [
    OSLO + "Last week's agreement between the Labour Party and the Centre Party ended a long feud over fishing quotas.",
    OSLO + "The Labour Party's pact with the Centre Party was challenged in court by a farmer.",
    OSLO + "The Labour Party sealed a deal with the Centre Party after three weeks of haggling.",
    OSLO + "The Labour Party and the Centre Party reached an agreement late on Sunday.",
])
def test_two_parties_that_made_a_deal_are_allies(nlp, text):
    got = triples(nlp, text)
    assert ("alliedWith", CENTRE, LABOUR) in got or ("alliedWith", LABOUR, CENTRE) in got


@pytest.mark.parametrize("text", [
    # sought, weighed, refused or only possible
    OSLO + "The Labour Party refused to exclude any deal with the Centre Party.",
    OSLO + "The Labour Party is still negotiating its deal with the Centre Party.",
    OSLO + "The Labour Party may seal a deal with the Centre Party next month.",
    OSLO + "A possible agreement between the Labour Party and the Centre Party worries the markets.",
    # no deal made by both: a trade deal, or firms
    OSLO + "The Labour Party and the Centre Party backed a trade deal with Sweden.",
    OSLO + "Nordkraft and Fjordgas reached an agreement late on Sunday.",
])
def test_a_deal_sought_refused_or_not_between_parties_is_no_alliance(nlp, text):
    got = triples(nlp, text)
    assert ("alliedWith", CENTRE, LABOUR) not in got and ("alliedWith", LABOUR, CENTRE) not in got
    assert not any(rel == "alliedWith" and "nordkraft" in src + dst for rel, src, dst in got)


@pytest.mark.parametrize("text", [
    OSLO + "The Centre Party, long the junior member in the Labour Party-led government, tops the latest polls.",
    OSLO + "The Centre Party, the small junior partner in the cabinet led by the Labour Party, tops the latest polls.",
    OSLO + "The Centre Party became the loyal junior partner to the Labour Party in 1999.",
    OSLO + "The Centre Party has governed as the loyal junior partner to the Labour Party for a decade.",
])
def test_a_junior_partner_in_a_party_led_government_is_its_ally(nlp, text):
    got = triples(nlp, text)
    assert ("alliedWith", CENTRE, LABOUR) in got or ("alliedWith", LABOUR, CENTRE) in got


@pytest.mark.parametrize("text", [
    # hedged, or no rank word before "partner to"
    OSLO + "The Centre Party would become the loyal junior partner to the Labour Party.",
    OSLO + "The Centre Party became a trading partner to the Labour Party in 1999.",
    # a state's military coalition, a person, no party leading
    OSLO + "Nordland, long the junior member in the Saudi-led coalition, sent four jets.",
    OSLO + "Kari Dahl, long the junior member in the Labour Party-led government, tops the latest polls.",
])
def test_a_hedged_or_non_party_junior_partner_is_no_alliance(nlp, text):
    got = triples(nlp, text)
    assert ("alliedWith", CENTRE, LABOUR) not in got and ("alliedWith", LABOUR, CENTRE) not in got
    assert not any(rel == "alliedWith" and "state:" in src + dst for rel, src, dst in got)
