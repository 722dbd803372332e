"""Round 9 relation cues (verbs, cues, stances): invented sentences in, relations out."""

import pytest

from extraction import triples


def test_staging_a_coup_in_what_a_leader_says_is_an_accusation(nlp):
    got = triples(nlp, "Venezuelan President Nicolas Maduro said the National Assembly was staging a coup.")
    assert ("opposes", "state:VE", "org:national-assembly") in got


@pytest.mark.parametrize("text, source, target", [
    ("Chilean President Sebastian Pinera said the United States was behind a coup attempt against him.",
     "state:CL", "state:US"),
    ("The suspects backed the cleric Fethullah Gulen, who the Turkish government says was behind the failed coup.",
     "state:TR", "person:fethullah-gulen"),
])
def test_said_to_be_behind_a_coup_is_blamed_for_it(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


def test_behind_a_coup_said_by_no_actor_gives_nothing(nlp):
    text = "The raids hit Hezbollah, which the report says was behind the failed coup."
    assert not any(r == "opposes" and t == "org:hezbollah" for r, _, t in triples(nlp, text))


def test_biggest_donor_to_a_body_of_an_organisation_supports_it(nlp):
    got = triples(nlp, "Japan is the biggest donor to the United Nations refugee agency.")
    assert ("supports", "state:JP", "org:unhcr") in got   # the agency is a body of its own (round 29, U)


def test_using_all_options_force_included_against_y_is_a_threat(nlp):
    got = triples(nlp, "Israel backed the United States using all options, military strikes included, against Iran.")
    assert {("opposes", "state:US", "state:IR"), ("supports", "state:IL", "state:US")} <= got


@pytest.mark.parametrize("text", [
    "Japan ruled out using any option, including military force, against China.",
    "Saudi Arabia said it might back the United States using all options, including strikes, against Iran.",
    "Mexico backed Canada using all options against Brazil in the trade talks.",
])
def test_options_ruled_out_hedged_or_without_force_give_no_threat(nlp, text):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, text))


def test_opposed_to_any_country_arming_y_opposes_y(nlp):
    got = triples(nlp, "Russia is opposed to any country selling weapons to the Ukrainian government.")
    assert ("opposes", "state:RU", "state:UA") in got


def test_opposed_to_any_attack_on_y_is_no_opposition_of_y(nlp):
    assert triples(nlp, "Russia is opposed to any attack on Syria.") == set()


@pytest.mark.parametrize("text, source, target", [
    ("Brazil has long demanded Venezuelan President Nicolas Maduro's removal.", "state:BR", "state:VE"),
    ("France called for the ouster of Syrian President Bashar al-Assad.", "state:FR", "state:SY"),
    ("Raila Odinga demanded the resignation of Kenyan President Uhuru Kenyatta.", "person:raila-odinga", "state:KE"),
    ("The Democratic Party called on South African President Jacob Zuma to step down.", "org:democratic-party",
     "state:ZA"),
])
def test_a_demand_that_a_leader_go_opposes_him(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Nigel Farage demanded Britain's departure from the European Union.",
    "Brazil did not call for Venezuelan President Nicolas Maduro's removal.",
    "The Democratic Party urged Jacob Zuma to step up his efforts.",
])
def test_departures_of_states_denied_calls_and_stepping_up_are_no_demand(nlp, text):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, text))


@pytest.mark.parametrize("text, source, target", [
    ("Sweden warned that Finland will face serious consequences if it does not release the crew.", "state:SE",
     "state:FI"),
    ("Finland would face grave consequences, Swedish Foreign Minister Margot Wallstrom said.", "state:SE", "state:FI"),
    ("Sweden will ensure there are serious consequences for Finland, its foreign minister said.", "state:SE",
     "state:FI"),
    ("Peru would strongly counter any move by Chile to expand its fishing zone.", "state:PE", "state:CL"),
    ("China will resist any attempt by Taiwan to change the status quo.", "state:CN", "state:TW"),
])
def test_threats_without_a_threat_verb(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Finland could face serious consequences, analysts said.",
    "Finland will not face consequences, Swedish Foreign Minister Margot Wallstrom said.",
    "Farmers in Finland will face the consequences of the drought, the minister said.",
    "Peru did not counter any move by Chile.",
])
def test_speculated_denied_or_actorless_consequences_are_no_threat(nlp, text):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, text))


@pytest.mark.parametrize("text, source, target", [
    ("Peru complained that Chile backs terror groups.", "state:PE", "state:CL"),
    ("Saudi Arabia said Qatar supports terrorism.", "state:SA", "state:QA"),
])
def test_said_to_back_terrorists_is_an_accusation(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


def test_said_to_back_a_partner_is_no_accusation(nlp):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, "Peru said Chile backs the trade plan."))


@pytest.mark.parametrize("text, expected", [
    ("Peru froze its fishing accord with Chile after the raid.", {("opposes", "state:PE", "state:CL")}),
    ("Peru suspended its free trade agreement with Chile.", {("opposes", "state:PE", "state:CL")}),
    ("Peru cut a deal with Chile.", set()),
    ("Peru may suspend its agreement with Chile.", set()),
])
def test_an_agreement_with_y_frozen_or_suspended_opposes_y(nlp, text, expected):
    assert {t for t in triples(nlp, text) if t[0] == "opposes"} == expected


def test_a_hoped_for_unseating_opposes_the_leader(nlp):
    got = triples(nlp, "The Unity Party hopes to unseat Chilean President Sebastian Pinera at next week's session.")
    assert ("opposes", "org:unity-party", "state:CL") in got


@pytest.mark.parametrize("text, source, target", [
    ("Iraqi troops besieged the last bastion of Islamic State fighters near the dam.", "state:IQ",
     "org:islamic-state"),
    ("Iraqi troops encircled a stronghold of Islamic State.", "state:IQ", "org:islamic-state"),
    ("Islamic State fighters overran parts of Iraq in 2014.", "org:islamic-state", "state:IQ"),
    ("The Lion Brigade was routed by Hezbollah last spring.", "org:hezbollah", "org:lion-brigade"),
])
def test_military_verbs_and_the_owner_of_the_place_attacked(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


def test_destroying_much_of_a_state_is_not_read_as_an_attack_on_it(nlp):
    assert triples(nlp, "Iraqi troops destroyed much of northern Syria's farmland.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Russia, China and Iran began three days of naval exercises on Monday.",
     {("alliedWith", "state:CN", "state:IR"), ("alliedWith", "state:CN", "state:RU"),
      ("alliedWith", "state:IR", "state:RU")}),
    ("The United States and South Korea conducted military exercises near the border.",
     {("alliedWith", "state:KR", "state:US")}),
    ("China held military drills around Taiwan.", set()),
    ("Russia and China both held drills last week.", set()),
    ("Japan and India may hold naval exercises next month.", set()),
])
def test_states_drilling_together_are_allied(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, source, target", [
    ("Peru aligned with Bolivia against Chile.", "state:PE", "state:CL"),
    ("Turkey sided with Qatar against Saudi Arabia.", "state:TR", "state:SA"),
    ("Peru set Chile a deadline to withdraw its troops.", "state:PE", "state:CL"),
    ("Saudi Arabia issued an ultimatum to Qatar.", "state:SA", "state:QA"),
    ("Peru insisted that Chile withdraw its troops.", "state:PE", "state:CL"),
])
def test_siding_against_deadlines_and_insisting_oppose(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Jeremy Corbyn stood against Theresa May in the election.",
    "The government of Peru set a deadline for the vote.",
    "Peru insisted that Chile had withdrawn its troops.",
])
def test_races_deadlines_without_addressee_and_reports_are_no_opposition(nlp, text):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, text))


def test_standing_shoulder_to_shoulder_with_y_supports_y(nlp):
    got = triples(nlp, "Sweden stands shoulder to shoulder with Finland over the strait.")
    assert ("supports", "state:SE", "state:FI") in got


@pytest.mark.parametrize("text, expected", [
    ("Chilean planes violated Peruvian airspace on Monday.", {("opposes", "state:CL", "state:PE")}),
    ("Turkey's airspace was violated by Russian jets.", {("opposes", "state:RU", "state:TR")}),
    ("Peru said Chile violated its airspace.", {("opposes", "state:PE", "state:CL")}),
    ("Peru said Chile was meddling in its internal affairs.", {("opposes", "state:PE", "state:CL")}),
    ("Chile said its jets had not violated Peruvian airspace.", set()),
    ("Chile violated the ceasefire.", set()),
])
def test_breaching_a_states_airspace_or_affairs(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_a_power_grab_in_what_a_leader_says_is_an_accusation(nlp):
    text = "Venezuelan President Nicolas Maduro said the National Assembly was attempting a power grab."
    assert ("opposes", "state:VE", "org:national-assembly") in triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The U.S. House of Representatives voted 419-3 for a bill that would impose new sanctions on Russia.",
     {("opposes", "state:US", "state:RU")}),
    ("The U.S. Senate is expected to vote for a bill that would slap sanctions on Russia and Iran.",
     {("opposes", "state:US", "state:RU"), ("opposes", "state:US", "state:IR")}),
    ("The U.S. Senate voted against a bill that would impose sanctions on Russia.", set()),
    ("The U.S. Senate may vote for a bill that would impose sanctions on Russia.", set()),
])
def test_a_vote_for_a_sanctions_bill_is_the_voters_sanction(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Advances by the Syrian army and Hezbollah expelled Islamic State from the town.",
     {("opposes", "state:SY", "org:islamic-state"), ("opposes", "org:hezbollah", "org:islamic-state")}),
    ("Peru will not negotiate with a Chilean government that supports terrorists.", {("opposes", "state:PE", "state:CL")}),
    ("Peru refused to hold talks with Chile.", {("opposes", "state:PE", "state:CL")}),
    ("Peru did not hold talks with Chile on Monday.", set()),
    ("Peru will negotiate with Chile.", set()),
    ("Peru vetoed Chile's bid to join the bloc.", {("opposes", "state:PE", "state:CL")}),
    ("Russia vetoed a U.N. resolution on the war.", set()),
])
def test_pushes_refused_talks_and_vetoes(nlp, text, expected):
    assert {t for t in triples(nlp, text) if t[0] == "opposes"} == expected


def test_fighters_killed_of_a_group_named_as_a_modifier(nlp):
    text = "The Syrian Democratic Forces killed 13 jihadists of Daesh terrorist group near the town."
    assert ("opposes", "org:syrian-democratic-forces", "org:islamic-state") in triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("China has been enforcing U.N. sanctions on North Korea.",
     {("opposes", "org:united-nations", "state:KP"), ("opposes", "state:CN", "state:KP")}),
    ("Officials said China was enforcing sanctions imposed on North Korea.", {("opposes", "state:CN", "state:KP")}),
    ("China did not implement sanctions on North Korea.", set()),
])
def test_enforcing_sanctions_acts_against_their_target(nlp, text, expected):
    assert {t for t in triples(nlp, text) if t[0] == "opposes"} == expected


def test_backing_a_leaders_stance_supports_his_state(nlp):
    got = triples(nlp, "Iran backed Turkish President Tayyip Erdogan's stance on the Kurds.")
    assert ("supports", "state:IR", "state:TR") in got


@pytest.mark.parametrize("text, expected", [
    ("Iran vowed to retaliate against Israel.", {("opposes", "state:IR", "state:IL")}),
    ("Saudi Arabia vowed to crush the Houthis.", {("opposes", "state:SA", "org:houthis")}),
    ("Tehran vowed to stand by Baghdad after the vote.", {("supports", "state:IR", "state:IQ")}),
    ("Russia pledged to defend Syria.", {("supports", "state:RU", "state:SY")}),
    ("Iran vowed not to attack Israel.", set()),
    ("Iran may vow to attack Israel.", set()),
])
def test_a_vow_to_act_on_y_is_a_stance_on_y(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_backing_a_states_efforts_supports_it(nlp):
    assert ("supports", "state:US", "state:TR") in triples(nlp, "The United States backed Turkey's efforts to fight "
                                                                 "terrorism.")


@pytest.mark.parametrize("text, expected", [
    ("Peru said it reserved the right to retaliate against Chile.", {("opposes", "state:PE", "state:CL")}),
    ("The Peruvian government reserves the right to respond to any attack by Chile.",
     {("opposes", "state:PE", "state:CL")}),
    ("Peru does not reserve the right to retaliate against Chile.", set()),
])
def test_reserving_the_right_to_strike_back_is_a_threat(nlp, text, expected):
    assert triples(nlp, text) == expected
