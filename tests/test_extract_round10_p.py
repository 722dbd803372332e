"""Round 10, definite descriptions of states: "the kingdom", "the reclusive state", "the nuclear-armed neighbours"
stand for the compatible state(s) told just before, and for nobody when that is ambiguous (made-up sentences)."""

from extraction import triples


def test_kingdom_is_the_monarchy_told_before(nlp):
    got = triples(nlp, "Saudi Arabia held a summit on Monday. Iran accused the kingdom of supporting terrorism.")
    assert ("opposes", "state:IR", "state:SA") in got


def test_kingdom_skips_a_republic_told_with_it(nlp):
    got = triples(nlp, "Jordan and Peru held talks on Monday. Syria accused the kingdom of arming rebels.")
    assert ("opposes", "state:SY", "state:JO") in got
    assert not any(t == "state:PE" for _, _, t in got)


def test_describing_word_narrows_the_referent(nlp):
    got = triples(nlp, "North Korea and Chile spoke at the UN on Monday. Japan condemned the reclusive state.")
    assert ("opposes", "state:JP", "state:KP") in got
    assert ("opposes", "state:JP", "state:CL") not in got


def test_plain_country_between_two_states_is_nobody(nlp):
    got = triples(nlp, "Peru and Chile held talks on Monday. Bolivia condemned the country.")
    assert not any(s == "state:BO" for _, s, _ in got)


def test_the_clauses_own_actor_is_no_referent(nlp):
    got = triples(nlp, "Freedonia fell quiet. Cuba held elections. Cuba criticized the island nation.")
    assert not any(s == t for _, s, t in got)
    assert not any(t == "state:CU" for _, _, t in got)


def test_a_generic_superlative_is_no_description(nlp):
    got = triples(nlp, "Peru held elections. Chile condemned the largest country in the region.")
    assert ("opposes", "state:CL", "state:PE") not in got


def test_plural_description_is_the_pair_just_listed(nlp):
    got = triples(nlp, "Tokyo and Seoul met on Monday. The traditionally close allies signed a defence pact.")
    assert ("alliedWith", "state:JP", "state:KR") in got


def test_plural_description_after_a_list_of_three_is_the_three(nlp):
    got = triples(nlp, "Peru, Chile and Bolivia met on Monday. The neighbours condemned Venezuela.")
    assert {("opposes", s, "state:VE") for s in ("state:PE", "state:CL", "state:BO")} <= got


def test_the_group_is_the_armed_group_named_just_before(nlp):
    got = triples(nlp, "Hezbollah fired rockets on Monday. Peru condemned the militant group.")
    assert ("opposes", "state:PE", "org:hezbollah") in got


def test_the_group_after_another_organisation_is_nobody(nlp):
    got = triples(nlp, "Hezbollah fired rockets on Monday. Amnesty International said so. Peru condemned the group.")
    assert ("opposes", "state:PE", "org:hezbollah") not in got


def test_his_government_is_the_leaders_state(nlp):
    got = triples(nlp, "Japanese Prime Minister Shinzo Abe spoke on Monday. He said his government backs Ukraine.")
    assert ("supports", "state:JP", "state:UA") in got


def test_bare_government_with_no_state_near_is_the_articles_state(nlp):
    text = ("Chile held a vote on Sunday. Chile counted the ballots. Turnout was high. Voters queued for hours. "
            "Observers praised the calm. The government accused Peru of meddling.")
    assert ("opposes", "state:CL", "state:PE") in triples(nlp, text)
