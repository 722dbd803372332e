"""Round 10, the valence fallback: verbs, labels and judgements no cue lists, read by a sentiment lexicon's valence
(made-up sentences, value in, value out)."""

from geokg.ingest.valence import READ_VERBS, THRESHOLD, lexicon

from extraction import triples


def test_lexicon_is_the_shipped_negative_part_of_vader():
    table = lexicon()
    assert len(table) > 3000 and table["humiliate"] < THRESHOLD and "praise" not in table


def test_the_fallback_verbs_are_ones_no_cue_set_reads():
    assert "humiliate" not in READ_VERBS and "condemn" in READ_VERBS and "call" in READ_VERBS


def test_unlisted_negative_verb_opposes_its_object(nlp):
    assert ("opposes", "state:RU", "state:GE") in triples(nlp, "Russia humiliated Georgia for years.")


def test_an_official_stands_for_the_state(nlp):
    got = triples(nlp, "Russia's president humiliated Ukraine over the border closure.")
    assert ("opposes", "state:RU", "state:UA") in got


def test_passive_takes_the_agent_as_source(nlp):
    got = triples(nlp, "Ukraine was humiliated by Russia at the talks.")
    assert ("opposes", "state:RU", "state:UA") in got
    assert ("opposes", "state:UA", "state:RU") not in got


def test_modal_and_negation_hedge_the_fallback(nlp):
    assert not triples(nlp, "Poland would never humiliate Ukraine.")
    assert not triples(nlp, "Poland did not humiliate Ukraine at the summit.")


def test_the_object_of_a_feeling_verb_is_no_target(nlp):
    assert not triples(nlp, "The missile tests angered Japan and the Philippines.")
    assert not any(r == "opposes" for r, _, _ in triples(nlp, "Norway regretted the decision by Chile."))


def test_a_demanded_act_is_not_done(nlp):
    got = triples(nlp, "They endorsed a joint call for Chile to abandon Peru.")
    assert ("opposes", "state:CL", "state:PE") not in got


def test_negative_label_opposes_the_labelled(nlp):
    got = triples(nlp, "Russia described Ukraine as a menace to the region.")
    assert ("opposes", "state:RU", "state:UA") in got


def test_speaker_judging_an_actor_opposes_it(nlp):
    got = triples(nlp, "Germany said Russia was irresponsible.")
    assert ("opposes", "state:DE", "state:RU") in got


def test_judgement_denied_or_a_feeling_is_no_opposition(nlp):
    assert not triples(nlp, "Germany said Russia was not a threat.")
    assert not triples(nlp, "Germany said Russia was worried about the vote.")


def test_a_place_described_is_no_judgement_of_its_state(nlp):
    assert not triples(nlp, "The agency said Syria was the most dangerous place for aid workers.")


def test_an_attitude_said_of_an_actor_is_no_judgement_of_it(nlp):
    got = triples(nlp, "Britain said the US government was suspicious of the motives of Germany.")
    assert ("opposes", "state:GB", "state:US") not in got


def test_ceasing_is_no_act_against(nlp):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, "Chile abandoned the Andean Pact last year."))


def test_judging_an_actors_conduct_judges_the_actor(nlp):
    assert ("opposes", "state:DE", "state:RU") in triples(nlp, "Germany said Russia's decision was irresponsible.")
    assert not triples(nlp, "Germany said Russia's economy was weak.")


def test_rejecting_an_actors_remarks_is_no_opposition(nlp):
    got = triples(nlp, "Norway has rejected Chile's remarks over the fishing quota.")
    assert ("opposes", "state:NO", "state:CL") not in got
