"""Round 25 (P): relations with a person at one end, told by a stance prefix or a challenge.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - Peru's President Raul Ibarra faces a vote on Monday. "


@pytest.mark.parametrize("text, rel", [
    (LIMA + "The ruling was upheld by the pro-Ibarra Supreme Court on Thursday.", "supports"),
    (LIMA + "The ruling was upheld by the anti-Ibarra National Assembly on Tuesday.", "opposes"),
])
def test_a_named_body_with_a_person_s_prefix_takes_that_stance_on_him(nlp, text, rel):
    got = triples(nlp, text)
    assert any(r == rel and src in ("org:supreme-court", "org:national-assembly")
               and dst in ("person:raul-ibarra", "state:PE") for r, src, dst in got)


def test_a_prefix_before_a_body_s_name_and_its_noun_is_the_body_s(nlp):
    got = triples(nlp, LIMA + "The opposition refuses to recognise the pro-Ibarra Constituent Assembly body.")
    assert any(r == "supports" and src == "org:constituent-assembly" for r, src, _ in got)


@pytest.mark.parametrize("text", [
    # the prefix's word begins a name the gazetteer knows: one name, no stance
    "CAIRO (Reuters) - Egypt's army said on Monday it killed 20 militants of the pro-Islamic State group.",
    # a lower-case word after the prefix: no body named
    LIMA + "The pro-Ibarra election board ruled on Thursday.",
])
def test_a_prefix_with_no_named_body_after_it_gives_no_body(nlp, text):
    got = triples(nlp, text)
    assert not any(src in ("org:state", "org:state-group", "org:election-board") for _, src, _ in got)
    assert not any(r == "supports" and dst in ("org:islamic-state",) for r, _, dst in got)


def test_a_state_body_s_verb_on_its_own_head_stays_the_state_s_own_act(nlp):
    # only the prefix keeps a state's body and its head apart; a cue verb between them is still the state's own act
    got = triples(nlp, LIMA + "The Supreme Court backed Ibarra on Thursday.")
    assert ("supports", "org:supreme-court", "person:raul-ibarra") not in got


@pytest.mark.parametrize("text, src, dst", [
    (LIMA + "Last year former mayor Jorge Salas challenged Chile's mining plan in a Lima court.",
     "person:jorge-salas", "state:CL"),
    (LIMA + "For years the Condor Party has challenged Chile's fishing policy.", "org:condor-party", "state:CL"),
    (LIMA + "Ibarra spoke, challenging Senator Maria Lopez and Judge Ana Ruiz to publish their accounts.",
     "person:raul-ibarra", "person:maria-lopez"),
])
def test_one_who_challenges_an_actor_or_its_plan_opposes_it(nlp, text, src, dst):
    assert ("opposes", src, dst) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a contest offered, not a stand
    LIMA + "Former mayor Jorge Salas challenged Ibarra to a debate.",
    # hedged or denied
    LIMA + "Speculation grew that Former mayor Jorge Salas would challenge Ibarra for the leadership.",
    LIMA + "Former mayor Jorge Salas did not challenge Ibarra's claim.",
    LIMA + "Former mayor Jorge Salas may challenge Ibarra.",
    # the noun: a challenge faced names no stand of its own
    LIMA + "Former mayor Jorge Salas faces a challenge from Ibarra.",
])
def test_a_challenge_offered_hedged_or_told_as_a_noun_names_no_opposition(nlp, text):
    got = triples(nlp, text)
    assert not any(r == "opposes" and {src, dst} & {"person:jorge-salas", "state:PE", "person:raul-ibarra"}
                   and "jorge-salas" in src + dst for r, src, dst in got)


@pytest.mark.parametrize("text", [
    LIMA + "The Condor Party challenged the ruling.",
    # a description as the object may be a region's own government; an actor's body is no act of his
    LIMA + "The Condor Party has often challenged the government over taxes.",
    LIMA + "The Condor Party is challenging Ibarra's ruling coalition.",
])
def test_a_challenged_thing_that_is_no_name_nor_a_named_actor_s_act_names_nobody(nlp, text):
    assert not any(src == "org:condor-party" for _, src, _ in triples(nlp, text))


@pytest.mark.parametrize("text, src, dst", [
    (LIMA + "Senator Maria Lopez threw her weight behind Ibarra on Tuesday.", "person:maria-lopez", "person:raul-ibarra"),
    (LIMA + "The Condor Party threw its support behind Ibarra.", "org:condor-party", "state:PE"),
    (LIMA + "The Condor Party stuck with Ibarra.", "org:condor-party", "state:PE"),
    (LIMA + "The Condor Party has stuck by Senator Maria Lopez throughout the scandal.", "org:condor-party", "state:PE"),
])
def test_weight_thrown_behind_or_sticking_with_an_actor_backs_it(nlp, text, src, dst):
    assert ("supports", src, dst) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # hedged or denied
    LIMA + "The Condor Party could soon throw its weight behind Ibarra.",
    LIMA + "The Condor Party did not throw its weight behind Ibarra.",
    LIMA + "The Condor Party may stick with Ibarra.",
    # no weight or support thrown; a thing stuck to, no actor
    LIMA + "Protesters from the Condor Party threw stones behind Ibarra's car.",
    LIMA + "The Condor Party stuck with its decision.",
])
def test_weight_not_thrown_or_a_thing_stuck_to_backs_nobody(nlp, text):
    assert not any(r == "supports" and src == "org:condor-party" for r, src, _ in triples(nlp, text))


def test_a_passive_stuck_by_a_place_backs_nobody(nlp):
    got = triples(nlp, LIMA + "Trucks carrying Condor Party flags were stuck by the border with Chile.")
    assert not any(r == "supports" for r, _, _ in got)


ANKARA = "ANKARA (Reuters) - Turkey's President Tayyip Erdogan faces a vote on Monday. "


@pytest.mark.parametrize("text, state", [
    (ANKARA + "Jorge Salas has been in detention for six weeks.", "state:TR"),
    (ANKARA + "Jorge Salas has been kept under house arrest since May.", "state:TR"),
    (ANKARA + "Jorge Salas remains in custody.", "state:TR"),
    (ANKARA + "Jorge Salas was placed under house arrest.", "state:TR"),
    (ANKARA + "Jorge Salas, who remains in detention, denied the charges.", "state:TR"),
    (ANKARA + "Jorge Salas remains in custody in Chile.", "state:CL"),
])
def test_a_named_person_told_as_held_now_is_held_by_the_custody_state(nlp, text, state):
    assert ("opposes", state, "person:jorge-salas") in triples(nlp, text)


def test_two_persons_in_custody_are_both_held(nlp):
    got = triples(nlp, ANKARA + "Jorge Salas and Maria Lopez are in police custody.")
    assert {("opposes", "state:TR", "person:jorge-salas"), ("opposes", "state:TR", "person:maria-lopez")} <= got


@pytest.mark.parametrize("text", [
    # a custody only past
    ANKARA + "Jorge Salas was under house arrest from 1990 until 2005.",
    ANKARA + "Jorge Salas was in custody in Chile for four months in 2011.",
    # denied, hedged, a pronoun's
    ANKARA + "Jorge Salas is not in custody.",
    ANKARA + "Jorge Salas may remain in custody.",
    ANKARA + "Jorge Salas denied fraud. He remains in custody.",
    # no custody
    ANKARA + "Jorge Salas is in charge of custody.",
])
def test_a_custody_past_denied_hedged_or_of_a_pronoun_names_nobody(nlp, text):
    assert not any(r == "opposes" and dst == "person:jorge-salas" for r, _, dst in triples(nlp, text))
