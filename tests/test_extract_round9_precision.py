"""Round 9 precision guards: made-up sentences whose cue must give nothing (or only the right fact)."""

import pytest

from extraction import triples


def test_hoped_for_acts_are_hedged_whatever_the_lemmatizer_says(nlp):
    assert nlp("Oslo hoped to win.")[1].lemma_ == "hope"
    assert triples(nlp, "Norway had been hoping to work with Sweden to jointly fight Islamic State in Iraq.") == set()


def test_a_participle_of_aim_tells_the_aim_of_a_done_act(nlp):
    got = triples(nlp, "Seeking to punish Russia, the European Union imposed sanctions.")
    assert ("opposes", "org:european-union", "state:RU") in got


@pytest.mark.parametrize("text", [
    "Mr Lind dismissed speculation that Norway was planning strikes against Sweden.",
    "Mr Lind dismissed fears of Norwegian strikes against Sweden.",
    "It is unlikely that Norway will attack Sweden.",
    "Officials said it is unlikely that the president will order air strikes on Syrian army targets.",
    "It is possible that Norway will impose sanctions on Sweden.",
])
def test_speculated_or_weighed_acts_give_nothing(nlp, text):
    assert triples(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "The militia leader called last week for a new Palestinian uprising against Israel.",
    "Germany pushed for EU sanctions on Turkey.",
    "Norway is preparing for strikes against Sweden.",
])
def test_an_act_called_or_prepared_for_is_not_done_by_its_owner(nlp, text):
    assert not {t for t in triples(nlp, text) if t[1] in ("state:PS", "org:european-union", "state:NO")}


def test_the_one_calling_for_an_act_against_y_demands_it(nlp):
    assert ("opposes", "state:DE", "state:TR") in triples(nlp, "Germany pushed for EU sanctions on Turkey.")


@pytest.mark.parametrize("text", [
    "The five Americans were detained by Iran last year.",
    "Two Britons were arrested by Egypt in May.",
    "The Treasury imposed new sanctions on five Russians.",
    "Dozens of Syrians were killed by Turkish shelling.",
])
def test_counted_nationals_are_people_not_their_state(nlp, text):
    assert triples(nlp, text) == set()


def test_a_demonym_without_a_count_still_stands_for_its_state(nlp):
    assert ("opposes", "state:SA", "state:IR") in triples(nlp, "The Saudis accused Iran of arming the rebels.")


def test_told_with_a_finite_clause_is_a_report_not_a_demand(nlp):
    text = "Prime Minister Ivo Marek, who told President Tom Vey Malaysia has stopped trading with North Korea, left."
    assert ("opposes", "state:KP", "state:MY") not in triples(nlp, text)


def test_a_threat_aims_at_no_state_named_in_a_relative_clause(nlp):
    assert triples(nlp, "Beijing threatened to sanction U.S. firms that sell weapons to Taiwan.") == set()


def test_a_possessive_in_a_participle_on_a_noun_is_not_the_main_subjects(nlp):
    text = ("Norway accused Russia of shielding Syria, as Minister Ivo Marek brought a message to Moscow "
            "condemning its support for President Bashar al-Assad.")
    got = triples(nlp, text)
    assert ("supports", "state:NO", "state:SY") not in got


@pytest.mark.parametrize("text, threat", [
    ("Minister Jon Asker warned Riyadh that a meltdown in Lebanon would further destabilize the region.", False),
    ("Norway warned Sweden that it would retaliate against any attack.", True),
    ("Norway warned Sweden that Swedish firms would face serious consequences.", True),
    ("Norway warned Sweden of serious consequences.", True),
])
def test_a_warning_is_a_threat_only_of_what_the_warner_will_do(nlp, text, threat):
    got = {t for t in triples(nlp, text) if t[0] == "opposes" and t[2] in ("state:SA", "state:SE")}
    assert bool(got) == threat


def test_a_possessed_list_of_adversaries_is_enmity_both_ways(nlp):
    got = triples(nlp, "Norway lags behind its main adversaries, including Sweden and Finland, in cyber defence.")
    assert {("opposes", "state:NO", "state:SE"), ("opposes", "state:SE", "state:NO")} <= got
    assert ("opposes", "state:SE", "state:NO") not in triples(nlp, "Norway, Sweden's foe, rejected the plan.")


def test_a_finite_verb_joined_to_an_infinitive_is_the_speakers(nlp):
    got = triples(nlp, "Norway said Sweden was to blame for the crisis and accused the European Union of hypocrisy.")
    assert ("opposes", "state:NO", "org:european-union") in got
    assert ("opposes", "state:SE", "org:european-union") not in got


@pytest.mark.parametrize("text, both", [
    ("Tensions between Oslo and Stockholm rose after Norway seized a Swedish trawler.", False),
    ("Port authorities in Oslo impounded nine Swedish armored vehicles, leading to tensions between Sweden and Norway.",
     False),
    ("Tensions have soared between Norway and Sweden following a series of weapons tests by Oslo.", True),
    ("The ban comes at a time of heightened tensions between Norway and Sweden.", True),
])
def test_tensions_caused_by_one_sides_act_on_the_other_go_one_way(nlp, text, both):
    got = triples(nlp, text)
    assert ("opposes", "state:NO", "state:SE") in got
    assert (("opposes", "state:SE", "state:NO") in got) == both


def test_a_us_body_name_owned_by_another_state_is_that_states(nlp):
    assert triples(nlp, "Peru's Congress condemned Venezuela on Monday.") == {("opposes", "state:PE", "state:VE")}
    assert ("opposes", "state:US", "state:VE") in triples(nlp, "Congress condemned Venezuela on Monday.")


def test_a_possible_or_new_pact_is_still_no_alliance(nlp):
    assert triples(nlp, "Norway and Sweden discussed a possible alliance with Finland.") == set()


def test_the_third_party_of_a_trade_protocol_is_no_ally(nlp):
    got = triples(nlp, "Sweden and Finland signed a customs protocol with Norway on Friday.")
    assert not {t for t in got if "state:NO" in t}
    assert ("alliedWith", "state:NO", "state:SE") in triples(nlp, "Norway and Sweden signed a defence pact on Friday.")
