"""Round 19 (R): ends never found as actors: parties named by their family's plural ("the Greens", "the opposition
Socialists").

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article

from extraction import triples


def orgs(nlp, text):
    """The organisations `text` gives, by key, with their kinds."""
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.key: e.org_kind for e in ex.entities if e.kind == "org"}


def test_the_greens_are_a_party(nlp):
    text = "Talks resumed in Lima. Party leader Ivo Marek blasted the Greens for their demands on coal."
    assert orgs(nlp, text).get("org:greens") == "party"
    assert ("opposes", "person:ivo-marek", "org:greens") in triples(nlp, text)


def test_the_opposition_socialists_are_a_party(nlp):
    found = triples(nlp, "The opposition Socialists demanded the resignation of Ivo Marek, the party's chairman.")
    assert ("opposes", "org:socialists", "person:ivo-marek") in found


def test_a_party_family_in_lower_case_is_no_party(nlp):
    assert "org:greens" not in orgs(nlp, "Farmers in Peru grow greens and beans for the market.")
