"""Round 25 (M) meeting shapes, on made-up sentences: "the pope" / "the pontiff" is the one head of the Holy See
the article names; a meeting told "later" in a present clause is still to come; "he" after a sentence whose subject
is a title is the one holder the title names; an official who meets people of no side of their own (farmers,
refugees) in another state is there on a visit; "him" or "her" met is the one other person named before."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def dated(nlp, text, date="2018-08-27"):
    """(participants, date) of every meeting the text gives, read as one article of `date` (a Monday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


def parties(nlp, text, date="2018-08-27"):
    return {p for p, _ in dated(nlp, text, date)}


HOLY = "ROME (Reuters) - Pope Francis spoke at the Vatican on Tuesday about the poor of Chile. "
POPE_CL = frozenset({"person:pope-francis", "state:CL"})


@pytest.mark.parametrize("text", [
    HOLY + "The pope met Chile's defence officials on Monday.",
    HOLY + "The pontiff met Chile's defence officials on Monday.",
    HOLY + "The elderly pontiff met Chile's defence officials on Monday.",
])
def test_the_pope_is_the_one_head_of_the_holy_see_named(nlp, text):
    assert (POPE_CL, "2018-08-27") in dated(nlp, text)


@pytest.mark.parametrize("text", [
    # no Vatican named: the pope is given no post, so "the pope" is no one the article ties to a name
    "ROME (Reuters) - Pope Francis spoke on Tuesday about the poor. The pope met Chile's defence officials on Monday.",
    # a former pope is not the one who holds the post
    HOLY + "The former pope met Chile's defence officials on Monday.",
    # the pope named by no one before: nobody
    "ROME (Reuters) - The pope met Chile's defence officials on Monday at the Vatican, aides said.",
])
def test_no_pope_without_a_post_a_former_one_or_one_never_named(nlp, text):
    assert not any("person:pope-francis" in p for p in parties(nlp, text))


ROJAS = "person:ana-rojas"


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peruvian President Jorge Salas is sounding out party chiefs this week; next is his meeting "
    "with Chilean Foreign Minister Ana Rojas later on Monday.",
    "LIMA (Reuters) - The final round is a meeting between Peruvian President Jorge Salas and Chilean Foreign "
    "Minister Ana Rojas later on Monday.",
    "LIMA (Reuters) - Peruvian President Jorge Salas and Chilean Foreign Minister Ana Rojas are meeting in Lima "
    "later today.",
    "LIMA (Reuters) - Peruvian President Jorge Salas is meeting Chilean President Ana Rojas later on Monday.",
    "LIMA (Reuters) - Peruvian President Jorge Salas's meeting with Chilean President Ana Rojas is later on Monday.",
])
def test_a_meeting_later_the_same_day_is_still_to_come(nlp, text):
    assert not any(ROJAS in p for p in parties(nlp, text))


def test_a_meeting_told_later_in_the_past_took_place(nlp):
    text = "LIMA (Reuters) - Peruvian President Jorge Salas met Chilean President Ana Rojas later on Monday."
    assert (frozenset({"person:jorge-salas", ROJAS}), "2018-08-27") in dated(nlp, text)


TITLED = ("LIMA (Reuters) - {} spoke on Tuesday. The {} said trade would grow. He met Chilean Foreign Minister Ana Rojas "
          "in Santiago on Monday.")


def test_he_after_a_title_subject_is_the_one_holder_it_names(nlp):
    text = TITLED.format("Peruvian President Jorge Salas", "president")
    assert (frozenset({"person:jorge-salas", "person:ana-rojas"}), "2018-08-27") in dated(nlp, text)


@pytest.mark.parametrize("text", [
    # two presidents: the title names no one
    TITLED.format("Peruvian President Jorge Salas and Bolivian President Evo Rocha", "president"),
    # a former holder is not the one the article gives the post
    TITLED.format("Peruvian President Jorge Salas", "former president"),
])
def test_he_after_an_unsure_title_subject_is_no_one(nlp, text):
    assert not any("person:ana-rojas" in p and len(p) == 2 and "person:jorge-salas" in p for p in parties(nlp, text))


LIMA = "LIMA (Reuters) - Peruvian President Jorge Salas said on Tuesday that peace was possible. "
SALAS_CL = frozenset({"person:jorge-salas", "state:CL"})


@pytest.mark.parametrize("text", [
    LIMA + "Salas met a group of farmers in Chile on Monday.",
    LIMA + "Salas met farmers in Santiago on Monday.",
    LIMA + "He met Bolivian migrants in Santiago on Monday.",
])
def test_people_of_no_side_met_abroad_are_met_on_a_visit(nlp, text):
    assert (SALAS_CL, "2018-08-27") in dated(nlp, text)


@pytest.mark.parametrize("text", [
    # not people: another sense of "meet"
    LIMA + "Salas met stiff resistance in Chile on Monday.",
    # to come
    LIMA + "Salas will meet farmers in Santiago on Monday.",
    # no post: a private trip
    "LIMA (Reuters) - Peruvian novelist Jorge Salas said on Tuesday that peace was possible. Salas met farmers in "
    "Santiago on Monday.",
    # no place told: nothing says where he was
    LIMA + "Salas met a group of farmers on Monday.",
])
def test_no_visit_for_things_met_plans_private_persons_or_no_place(nlp, text):
    assert not any("state:CL" in p for p in parties(nlp, text))


def test_people_met_at_home_are_no_visit(nlp):
    text = "LIMA (Reuters) - Peruvian President Jorge Salas met farmers in Cusco, Peru, on Monday."
    assert not any("person:jorge-salas" in p and "state:PE" in p for p in parties(nlp, text))


SALAS_ROJAS = frozenset({"person:jorge-salas", "person:ana-rojas"})


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peruvian President Jorge Salas praised Chilean lawmaker Ana Rojas on Tuesday. He met her in "
    "Santiago on Monday.",
    "LIMA (Reuters) - Peruvian President Jorge Salas said on Tuesday that peace was possible. Salas spoke about "
    "Chilean lawmaker Ana Rojas. But Salas, who met her in Santiago on Monday, said trade would grow.",
    "LIMA (Reuters) - A complaint against Peruvian minister Jorge Salas was filed by Ana Rojas, a scholar. She had "
    "met him at a dinner in 2014.",
])
def test_him_or_her_met_is_the_one_other_person_named_before(nlp, text):
    assert SALAS_ROJAS in parties(nlp, text)


@pytest.mark.parametrize("text", [
    # two other persons named before: which one is not told
    "LIMA (Reuters) - Peruvian President Jorge Salas praised Chilean lawmaker Ana Rojas and Chilean lawmaker Eva "
    "Cruz on Tuesday. He met her in Santiago on Monday.",
    # to come
    "LIMA (Reuters) - Peruvian President Jorge Salas praised Chilean lawmaker Ana Rojas on Tuesday. He will meet her "
    "in Santiago on Friday.",
    # a call, not a meeting
    "LIMA (Reuters) - Peruvian President Jorge Salas praised Chilean lawmaker Ana Rojas on Tuesday. He called her on "
    "Monday.",
    # no one else named before
    "LIMA (Reuters) - Peruvian President Jorge Salas said on Tuesday that peace was possible. Salas met her in "
    "Santiago on Monday.",
])
def test_no_one_met_by_pronoun_when_unsure_planned_or_remote(nlp, text):
    assert not any("person:ana-rojas" in p and "person:jorge-salas" in p for p in parties(nlp, text))
