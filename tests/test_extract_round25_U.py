"""Round 25 (U): organisations as actors, told by their seat or by a description.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

EU = "Peru is seeking a trade deal with the European Union. "


@pytest.mark.parametrize("text, fact", [
    (EU + "Brussels criticized Lima on Monday over its logging rules.",
     ("opposes", "org:european-union", "state:PE")),
    (EU + "Chile filed a complaint against Brussels at the trade body.",
     ("opposes", "state:CL", "org:european-union")),
    (EU + "Peru's President Raul Ibarra, now under fire from Brussels for his logging rules, flew home.",
     ("opposes", "org:european-union", "state:PE")),
])
def test_brussels_acting_is_the_eu_the_article_names(nlp, text, fact):
    assert fact in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # no EU named: the city is nobody
    "Peru is seeking a trade deal. Brussels criticized Lima on Monday over its logging rules.",
    # the city as a place, a modifier or a list item
    EU + "Peru's foreign minister flew to Brussels and criticized Chile's fishing fleet.",
    EU + "The Brussels attacks were condemned by Peru.",
    EU + "Peru condemned the attacks on Paris, Brussels and Madrid.",
])
def test_brussels_as_a_place_or_unnamed_body_is_nobody(nlp, text):
    assert not any("european-union" in src or "european-union" in dst for _, src, dst in triples(nlp, text))


def test_brussels_visited_is_the_city(nlp):
    got = triples(nlp, EU + "Chile's president visited Brussels after Chile imposed sanctions on Peru.")
    assert ("opposes", "state:CL", "state:PE") in got
    assert not any("european-union" in src or "european-union" in dst for _, src, dst in got)


ASEAN = "Peru wants closer trade ties with ASEAN. "


@pytest.mark.parametrize("text, fact", [
    (EU + "Chile is critical of the bloc and its trade rules.", ("opposes", "state:CL", "org:european-union")),
    (EU + "The 27-nation bloc criticized Chile on Monday over its fishing fleet.",
     ("opposes", "org:european-union", "state:CL")),
    (ASEAN + "The regional bloc condemned Chile's naval drills.", ("opposes", "org:asean", "state:CL")),
])
def test_the_bloc_is_the_one_member_body_named_before(nlp, text, fact):
    assert fact in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a bloc a word picks, or "the bloc of"
    EU + "The conservative bloc criticized Chile on Monday over its fishing fleet.",
    EU + "The bloc of leftist parties criticized Chile on Monday over its fishing fleet.",
    # two member bodies named: no telling which
    EU + "Peru also courts ASEAN. The bloc criticized Chile on Monday over its fishing fleet.",
    # named only after the description
    "The bloc criticized Chile on Monday over its fishing fleet. Peru is seeking a trade pact with the European Union.",
    # an alliance or the UN is not "the bloc"
    "Peru is seeking a seat at the United Nations. The bloc criticized Chile on Monday over its fishing fleet.",
])
def test_a_bloc_no_single_member_body_names_is_nobody(nlp, text):
    assert not any(src.startswith("org:") and dst == "state:CL" for _, src, dst in triples(nlp, text))


@pytest.mark.parametrize("text, fact", [
    (EU + "The talks went ahead despite an EU demand for Chile to recognise the border.",
     ("opposes", "org:european-union", "state:CL")),
    ("The talks stalled over Chile's demand that Peru pay its debts.", ("opposes", "state:CL", "state:PE")),
    ("Peru rejected Chile's demand for Peru to recognise the border.", ("opposes", "state:CL", "state:PE")),
])
def test_a_demand_that_the_one_told_pay_or_recognise_opposes_it(nlp, text, fact):
    assert fact in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a softer call, a duty nobody is told to meet, an act not asked against the one told
    "The talks stalled over Chile's call for Peru to recognise the border.",
    "The talks stalled over Chile's demand for more money.",
    "The talks stalled over Chile's demand for Peru to host the summit.",
])
def test_a_call_or_a_demand_of_nothing_owed_is_no_opposition(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)


@pytest.mark.parametrize("text, facts", [
    ("The Peruvian army has denied accusations of war crimes by the United States and the United Nations.",
     {("opposes", "state:US", "state:PE"), ("opposes", "org:united-nations", "state:PE")}),
    ("Peru has denied accusations by Chile that it funds the rebels.", {("opposes", "state:CL", "state:PE")}),
    ("Peru rejected Chile's accusations of meddling.", {("opposes", "state:CL", "state:PE")}),
    ("Bolivia dismissed allegations by Chile that Peru funds the rebels.", {("opposes", "state:CL", "state:PE")}),
])
def test_a_denied_accusation_tells_who_accused_whom(nlp, text, facts):
    assert facts <= triples(nlp, text)


@pytest.mark.parametrize("text", [
    # no accuser named, a denial not made, the accuser's own words
    "Peru has denied accusations that it funds the rebels.",
    "Peru did not deny accusations by Chile that it funds the rebels.",
    "Peru may reject accusations by Chile that it funds the rebels.",
])
def test_a_denial_with_no_named_accuser_or_not_made_names_nobody(nlp, text):
    assert ("opposes", "state:CL", "state:PE") not in triples(nlp, text)


def test_a_third_party_dismissing_is_not_the_accused(nlp):
    got = triples(nlp, "Bolivia dismissed allegations by Chile that Peru funds the rebels.")
    assert ("opposes", "state:CL", "state:BO") not in got
