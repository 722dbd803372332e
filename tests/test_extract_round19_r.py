"""Round 19 (R): ends never found as actors: parties named by their family's plural ("the Greens", "the opposition
Socialists") and governments of regions that are no states ("the Catalan government", "Catalonia's regional
government").

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


def test_a_regional_adjective_names_the_region_s_government(nlp):
    text = "Voters in Catalonia went to the polls. The Catalan government blamed Spain for the blockade."
    assert orgs(nlp, text).get("org:catalan-government") == "government_body"
    assert ("opposes", "org:catalan-government", "state:ES") in triples(nlp, text)


def test_a_region_s_possessive_names_its_regional_government(nlp):
    found = triples(nlp, "Catalonia's regional government condemned the Spanish police raids on Monday.")
    assert ("opposes", "org:catalonias-regional-government", "state:ES") in found


def test_a_state_s_government_stays_the_state(nlp):
    found = triples(nlp, "Voters in Catalonia went to the polls. The Spanish government accused Peru of meddling.")
    assert ("opposes", "state:ES", "state:PE") in found
    assert not any(k.endswith("government") for k in orgs(nlp, "The Spanish government accused Peru of meddling."))


def test_an_adjective_of_no_region_named_is_no_government(nlp):
    # the adjective opens a longer name the article gives, and names no place: no region's government
    text = "The Communist Party of Freedonia met in Lima. The Communist government condemned Peru."
    assert not any(k.endswith("government") for k in orgs(nlp, text))
    assert "org:catalan-government" not in orgs(nlp, "The Catalan government accused Spain of seizing offices.")


def test_a_town_or_a_continent_before_government_is_no_region(nlp):
    # a town of the article's state stands for that state's government; a continent's adjective names no region
    town = "Voters in Peru met in Arequipa. Chile condemned the Arequipa government on Monday."
    assert not any(k.endswith("government") for k in orgs(nlp, town))
    assert not any(k.endswith("government") for k in orgs(
        nlp, "Europe watched the vote. Marek promised Peru a stable, pro-European government."))


def test_a_party_named_after_its_state_is_its_own_actor(nlp):
    # the state's adjective inside the party's name is no state acting: "the Rwandan Patriotic Front" is the party
    found = triples(nlp, "Rwigara criticized the Rwandan Patriotic Front on Monday.")
    assert ("opposes", "person:rwigara", "org:rwandan-patriotic-front") in found
    assert orgs(nlp, "The Cambodian People's Party condemned Peru.").get("org:cambodian-peoples-party") == "party"
    assert "org:united-peru-party" in orgs(nlp, "He said he had worked for the United Peru party for ten years.")


def test_an_owner_before_a_party_s_name_is_no_part_of_it(nlp):
    # "Beijing's Communist Party" is the gazetteer's party, not a new one; a body holding a state word is no party
    found = orgs(nlp, "Beijing's Communist Party condemned Peru.")
    assert "org:communist-party" in found and not any(k.startswith("org:beijing") for k in found)
    assert not any(k.endswith("league") for k in orgs(nlp, "The Arab League condemned Peru on Monday.")
                   if k != "org:arab-league")


def test_free_and_christian_democrats_are_no_us_party(nlp):
    # a party family's "Democrats" with its first word is a party of its own, even where the model tags nothing
    text = "Coalition talks in Lima stalled over the liberal Free Democrats (FDP). The FDP condemned Peru."
    found = orgs(nlp, text)
    assert found.get("org:free-democrats") == "party" and "org:democratic-party" not in found
    assert ("opposes", "org:free-democrats", "state:PE") in triples(nlp, text)
    assert "org:democratic-party" in orgs(nlp, "Senate Democrats condemned Peru on Monday.")
