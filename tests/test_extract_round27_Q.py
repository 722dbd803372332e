"""Round 27 (Q): a bare title whose holder the officials table places in a state the text never names.

Made-up sentences and a made-up officials table; the positive case fails without the guard, the negative ones guard it.
"""

import pytest

from geokg.ingest import officials
from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


@pytest.fixture
def table(monkeypatch):
    """An officials table that knows one made-up president, Tomas Arvelo, as the leader of Chile."""
    monkeypatch.setattr(officials, "load_officials", lambda: ({("tomas", "arvelo"): "state:CL"}, {"arvelo": "state:CL"}))


def posts(nlp, text):
    ctx = build_context(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_a_known_leader_of_an_unnamed_state_takes_no_post_in_the_story_s_states(nlp, table):
    found = posts(nlp, "MOSCOW (Reuters) - Russia sent two warships to the Caribbean on Monday. Loans from Russia "
                       "and Iran keep the cabinet of President Tomas Arvelo afloat, officials said.")
    assert not any(p == "Tomas Arvelo" for p, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # the state the table names is in the text: it is still the one taken
    ("MOSCOW (Reuters) - Russia sent two warships to Chile on Monday. The government of President Tomas Arvelo "
     "welcomed them, officials said.", ("Tomas Arvelo", "HeadOfState", "state:CL")),
    # a person the table does not know keeps the dateline's state as before
    ("MOSCOW (Reuters) - Russia will send two warships to the Caribbean, President Ramon Quintero said on Monday.",
     ("Ramon Quintero", "HeadOfState", "state:RU")),
])
def test_the_guard_leaves_named_states_and_unknown_persons_alone(nlp, table, text, expected):
    assert expected in posts(nlp, text)


LEAD = "Russia sent two warships to the Caribbean on Monday. Russia says the ships carry aid. "


@pytest.mark.parametrize("text", [
    LEAD + "President Ramon Quintero's cabinet is funded by Russia and Iran, officials said.",
    LEAD + "President Ramon Quintero's cabinet is funded by Iran and Russia, officials said.",
    "Iran sent two warships to the Caribbean on Monday. President Ramon Quintero was criticised by Iran on Monday.",
])
def test_a_state_agent_of_a_passive_on_the_person_or_what_they_own_is_not_theirs(nlp, text):
    assert not any(p == "Ramon Quintero" for p, _, _ in posts(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # the state is the patient's, not the agent: still the person's
    ("Russia sent two warships to the Caribbean on Monday. Russia was praised by President Ramon Quintero, officials "
     "said.", ("Ramon Quintero", "HeadOfState", "state:RU")),
    # the passive's patient is no one the person owns
    (LEAD + "The ships are funded by Russia, President Ramon Quintero said.",
     ("Ramon Quintero", "HeadOfState", "state:RU")),
])
def test_a_passive_agent_beside_someone_else_s_patient_is_left_alone(nlp, text, expected):
    assert expected in posts(nlp, text)
