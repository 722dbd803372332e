"""Round 12 (C): descriptions that stand for an actor told before ("the government", "the regime", "the coalition")
when the clause's own actor is a state too.

Made-up sentences throughout; each case fails without the reading it names.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, expected", [
    # the only state of the clause is the one acting: the government is the state told just before
    ("Ecuador shelled a border town on Sunday. Colombia accused the regime of killing farmers.",
     ("opposes", "state:CO", "state:EC")),
    ("Peru held a disputed vote on Sunday. Chile criticised the government over the count.",
     ("opposes", "state:CL", "state:PE")),
    # the parser hangs "of killing" on the noun: still a bare "the coalition", its leader told before
    ("The Peruvian-led coalition bombed the port on Sunday. Bolivia accused the coalition of killing fishermen.",
     ("opposes", "state:BO", "state:PE")),
])
def test_a_bare_description_beside_a_state_is_the_state_told_before(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Colombia accused the regime of killing farmers on Sunday.",
    "Ecuador held a vote on Sunday. Colombia and Ecuador later accused the government of fraud.",
])
def test_the_acting_state_is_never_the_government_it_accuses(nlp, text):
    got = triples(nlp, text)
    assert not any(s == t for _, s, t in got)
    assert not any(t in ("state:CO", "state:EC") and r == "opposes" for r, _, t in got)


@pytest.mark.parametrize("text, expected", [
    # "they" in what a plural subject says is that subject, when it stands for one actor
    ("Peruvian troops said on Sunday they had attacked Islamic State fighters near the border.",
     ("opposes", "state:PE", "org:islamic-state")),
    ("Houthi rebels said on Sunday they had fired a missile at Saudi Arabia.",
     ("opposes", "org:houthis", "state:SA")),
    # the sentence before has a plural subject: "They" opening the next one is that subject
    ("Peruvian troops took the town on Sunday. They then attacked Islamic State fighters near the border.",
     ("opposes", "state:PE", "org:islamic-state")),
])
def test_they_is_the_plural_subject_told_just_before(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Analysts said on Sunday they feared Chile would attack Peru.",
    "Peruvian troops and local farmers said on Sunday they had attacked Islamic State fighters.",
])
def test_they_of_people_or_of_a_mixed_list_is_nobody(nlp, text):
    got = triples(nlp, text)
    assert not any(r == "opposes" and t == "org:islamic-state" for r, _, t in got)
    assert not any(s == "state:CL" and t == "state:PE" and r == "opposes" for r, s, t in got)


@pytest.mark.parametrize("text, expected", [
    # "of fraud" after "accused" is the charge, not the government's owner
    ("Peru held a disputed vote on Sunday. Chile accused the government of fraud.", ("opposes", "state:CL", "state:PE")),
    ("Chile held a disputed vote on Sunday. Peru accused the government of fraud.", ("opposes", "state:PE", "state:CL")),
])
def test_the_government_accused_of_a_charge_is_the_state_told_before(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_the_government_after_two_states_told_is_nobody(nlp):
    got = triples(nlp, "Peru and Bolivia held talks on Sunday. Chile accused the government of fraud.")
    assert not any(s == "state:CL" and r == "opposes" for r, s, _ in got)


@pytest.mark.parametrize("text, expected", [
    # an organisation's name is plural in news: "they" in what it says is the organisation
    ("The Taliban said on Sunday they had attacked American troops near the border.",
     ("opposes", "org:taliban", "state:US")),
    # an object "them" is the list of names, or the plural actor, that is the subject of the sentence before
    ("Chile and Peru imposed tariffs on Sunday. Bolivia criticised them for the move.",
     ("opposes", "state:BO", "state:PE")),
    ("Islamic State fighters seized the town on Sunday. Peruvian troops later attacked them.",
     ("opposes", "state:PE", "org:islamic-state")),
])
def test_they_and_them_are_the_subject_told_just_before(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a plural noun told between the subject and "them" may be what "them" is
    "Chile and Peru imposed tariffs on Sunday. Bolivia sent envoys and criticised them.",
    # the acting state is never "them"
    "Chile and Bolivia imposed tariffs on Sunday. Bolivia criticised them for the move.",
])
def test_them_with_a_nearer_plural_or_the_acting_state_is_nobody(nlp, text):
    got = triples(nlp, text)
    assert ("opposes", "state:BO", "state:PE") not in got
    assert ("opposes", "state:BO", "state:CL") not in got


def test_their_beside_its_own_plural_subject_is_not_the_subject_before(nlp):
    got = triples(nlp, "Chilean jets bombed the port on Sunday. Local militias continued their assault on Islamic State "
                       "fighters in the town.")
    assert ("opposes", "state:CL", "org:islamic-state") not in got
