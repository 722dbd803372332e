"""Round 28 (Q): quarrels between two states read both ways.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

BOTH = {("opposes", "state:PE", "state:CL"), ("opposes", "state:CL", "state:PE")}


@pytest.mark.parametrize("text", [
    "Peru is at odds with Chile over fishing rights, officials said.",
    "Peru and Chile are at odds over fishing rights, officials said.",
    "Peru and Chile have been at loggerheads over the border for a year.",
    "The ruling put Peru at odds with Chile.",
    "Peru and Chile are embroiled in a bitter row over fishing rights.",
    "Peru's row with Chile deepened on Monday.",
    "The row between Peru and Chile deepened on Monday.",
    "A Peru-Chile spat over fishing rights deepened on Monday.",
])
def test_a_quarrel_between_two_states_is_read_both_ways(nlp, text):
    assert BOTH <= triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a row that is no quarrel
    "Peru and Chile have held talks three times in a row.",
    "The envoys of Peru and Chile took seats in the front row.",
    "A row of soldiers from Peru and Chile lined the road.",
    # odds that are no quarrel
    "Peru and Chile beat the odds to reach the final.",
    "The odds between Peru and Chile are even.",
    # a quarrel only feared or denied
    "Peru and Chile could be at odds over the new rules.",
    "Peru and Chile are not at odds over fishing.",
    # two states at war together: a war of allies on a third, not on each other
    "Peru and Chile are at war.",
    # two states at odds with a third that is no actor read: not with each other
    "Peru and Chile have been at odds with Lisboa Holdings over the mine.",
])
def test_no_quarrel_is_read_from_other_rows_odds_or_a_hedged_one(nlp, text):
    assert not BOTH & triples(nlp, text)


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peru cancelled a visit to Chile on Monday, citing the deepening row between the countries "
    "about visas.",
    "LIMA (Reuters) - Peru will allow tours to Chile again as ties thaw between the nations, which were locked for a "
    "year in a standoff over a dam.",
    "LIMA (Reuters) - Peru recalled its envoy from Chile on Monday. Tensions between the countries rose after a vote "
    "on fishing rights.",
])
def test_the_countries_after_between_are_the_two_told(nlp, text):
    assert BOTH <= triples(nlp, text)


@pytest.mark.parametrize("text", [
    # three states told: "the countries" are not two
    "Peru, Chile and Bolivia met on Monday. Tensions between the countries rose after the vote.",
    # a set named by its place, of any size
    "Peru and Chile met on Monday. Tensions between the countries of the region rose after the vote.",
])
def test_the_countries_after_between_stay_unread_when_they_need_not_be_two(nlp, text):
    assert not BOTH & triples(nlp, text)


def test_the_neighbours_after_between_are_not_another_pair_told_just_before(nlp):
    text = ("LIMA (Reuters) - Peru plans to recall its envoy from Chile. Peru fears warmer ties between "
            "Bolivia and Ecuador at a time of tensions between the neighbours who fought a war in 1941.")
    found = triples(nlp, text)
    assert ("opposes", "state:BO", "state:EC") not in found and ("opposes", "state:EC", "state:BO") not in found


BAN = ("opposes", "state:PE", "state:CL")


@pytest.mark.parametrize("text", [
    "Peru banned imports from Chile last year.",
    "Peru banned imports of Chilean wine last year.",
    "Peru suspended flights to Chile after the vote.",
    "Peru halted trade with Chile on Monday.",
    "LIMA (Reuters) - Peru bought Chilean copper ore in May. Lima had banned purchases of the ore from its southern "
    "neighbour in 2015.",
    "LIMA (Reuters) - Peru will let tour groups visit Chile again. Peru had stopped every package tour to the "
    "neighbouring country in March.",
])
def test_a_state_that_bans_trade_or_travel_with_another_opposes_it(nlp, text):
    assert BAN in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a ban only planned, feared or denied
    "Peru plans to ban imports from Chile.",
    "Peru could halt flights to Chile.",
    "Peru did not ban imports from Chile.",
    # no banning state told
    "Imports from Chile were banned last year.",
    # what is stopped is no trade or travel
    "Peru stopped the talks with Chile.",
])
def test_no_ban_is_read_when_planned_agentless_or_not_on_trade(nlp, text):
    assert BAN not in triples(nlp, text)


def test_a_ban_on_a_state_s_own_goods_sets_it_against_no_one(nlp):
    assert not {r for r in triples(nlp, "Peru banned exports of Peruvian copper last year.") if r[0] == "opposes"}
