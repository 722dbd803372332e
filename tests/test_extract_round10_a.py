"""Round 10 (A), relations told by nouns: the nominal table and its frames (made-up sentences, value in, value out)."""

from extraction import triples


def test_quantity_noun_between_light_verb_and_cue(nlp):
    got = triples(nlp, "Germany adopted a fresh round of sanctions on Belarus on Monday.")
    assert ("opposes", "state:DE", "state:BY") in got


def test_quantity_noun_keeps_the_possessive_agent(nlp):
    got = triples(nlp, "Canada's ninth round of sanctions on Venezuela was announced on Monday.")
    assert ("opposes", "state:CA", "state:VE") in got


def test_quantity_noun_in_a_hypothetical_stays_out(nlp):
    got = triples(nlp, "Germany may adopt a fresh round of sanctions on Belarus.")
    assert ("opposes", "state:DE", "state:BY") not in got


def test_embargo_on_trade_with_a_state_targets_the_state(nlp):
    got = triples(nlp, "Japan slapped an embargo on exports to Myanmar.")
    assert ("opposes", "state:JP", "state:MM") in got


def test_arms_deal_is_support_but_a_trade_deal_is_not(nlp):
    assert ("supports", "state:FR", "state:EG") in triples(nlp, "France approved a $2 billion arms deal with Egypt.")
    assert not any(r == "supports" for r, _, _ in triples(nlp, "France approved a $2 billion trade deal with Egypt."))


def test_arms_sales_by_a_demonym(nlp):
    got = triples(nlp, "U.S. arms sales to Taiwan have grown this year.")
    assert ("supports", "state:US", "state:TW") in got


def test_solidarity_with(nlp):
    assert ("supports", "state:IR", "state:QA") in triples(nlp, "Iran expressed solidarity with Qatar on Monday.")


def test_aggression_and_raids_with_their_agents(nlp):
    assert ("opposes", "state:RU", "state:GE") in triples(nlp, "Tbilisi condemned the Russian aggression against Georgia.")
    assert ("opposes", "state:US", "org:islamic-state") in triples(
        nlp, "The United States launched hundreds of air raids against Islamic State last year.")


def test_in_defiance_of_sanctions_the_sanctioner_opposes_the_defier(nlp):
    got = triples(nlp, "Iran has tested rockets in defiance of Canadian sanctions.")
    assert ("opposes", "state:CA", "state:IR") in got
    assert ("opposes", "state:IR", "state:CA") not in got


def test_in_defiance_of_a_state_is_no_relation(nlp):
    got = triples(nlp, "The Kurds voted for independence in defiance of Iraq.")
    assert not any(t == "state:IQ" or s == "state:IQ" for _, s, t in got)


def test_evading_sanctions(nlp):
    got = triples(nlp, "Prosecutors say the banker helped Iran evade Canadian sanctions.")
    assert ("opposes", "state:CA", "state:IR") in got


def test_violating_sanctions_on_someone_else_is_not_against_the_violator(nlp):
    got = triples(nlp, "Turkey violated Canadian sanctions on Iran.")
    assert ("opposes", "state:CA", "state:IR") in got
    assert ("opposes", "state:CA", "state:TR") not in got


def test_ties_owned_by_a_state_word_before_the_noun(nlp):
    got = triples(nlp, "China is wary of close Canadian defence ties with Peru, Chile and Brazil.")
    assert {("alliedWith", "state:CA", "state:PE"), ("alliedWith", "state:CA", "state:CL")} <= got
    assert not any(r == "alliedWith" for r, _, _ in triples(nlp, "China could be wary of close Canadian ties with Peru."))


def test_money_worth_of_a_cue_noun_is_read_through(nlp):
    assert ("supports", "state:FR", "state:EG") in triples(nlp, "France approved $10 billion worth of arms sales to Egypt.")
