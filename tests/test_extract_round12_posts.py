"""Round 12 posts held: civil titles a military rank hid, and the state of regional and other posts (made-up names)."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-10-24", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_deputy_secretary_general_is_no_general(nlp):
    found = posts(nlp, "The delegation was led by NATO's Deputy Secretary General Rita Halvorsen, and Germany sent "
                       "its own team.")
    assert ("Rita Halvorsen", "Official", "org:nato") in found
    assert not any(role == "MilitaryOfficer" for _, role, _ in found), found


def test_under_secretary_general_of_a_body_with_its_portfolio(nlp):
    found = posts(nlp, "\"The convoy has yet to cross into Syria,\" the UN Under Secretary General for Humanitarian "
                       "Affairs Stephen Oakes said.")
    assert found == {("Stephen Oakes", "Official", "org:united-nations")}


def test_inspector_general_of_a_national_agency(nlp):
    found = posts(nlp, "The report was written by Pentagon Inspector General Glenn Fine, a U.S. official said.")
    assert found == {("Glenn Fine", "Official", "state:US")}
