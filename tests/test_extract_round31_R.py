"""Round 31 (R): ends never found as actors: a civil body whose name a state's demonym opens (an Orthodox
church, a civil-liberties union, a Red Cross) is an organisation of its own, not the state.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article

from extraction import triples


def orgs(nlp, text):
    """The organisations `text` gives, by key, with their kinds."""
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.key: e.org_kind for e in ex.entities if e.kind == "org"}


@pytest.mark.parametrize("text, source, state", [
    ("The Peruvian Civil Rights Union condemned Bolivia for the arrests on Monday.",
     "org:peruvian-civil-rights-union", "state:PE"),
    ("The Peruvian Evangelical Church accused Bolivia of jailing the pastors.",
     "org:peruvian-evangelical-church", "state:PE"),
    ("The Chilean Red Cross accused Bolivia of blocking its convoys.", "org:chilean-red-cross", "state:CL"),
])
def test_a_civil_body_a_demonym_opens_is_its_own_actor(nlp, text, source, state):
    found = triples(nlp, text)
    assert ("opposes", source, "state:BO") in found
    assert ("opposes", state, "state:BO") not in found   # the body speaks, not its state


def test_the_civil_body_is_an_organisation_of_no_party_kind(nlp):
    assert orgs(nlp, "The Peruvian Evangelical Church praised Bolivia.").get(
        "org:peruvian-evangelical-church") == "other"


@pytest.mark.parametrize("text, key", [
    ("The Peruvian Defence Ministry condemned Bolivia for the arrests.", "org:peruvian-defence-ministry"),  # an organ
    ("The Peruvian Church praised Bolivia for freeing the pastors.", "org:peruvian-church"),  # the demonym and a noun
])
def test_a_state_s_organ_or_a_bare_noun_is_no_civil_body(nlp, text, key):
    assert key not in orgs(nlp, text)
