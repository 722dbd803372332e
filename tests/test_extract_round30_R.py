"""Round 30 (R): relation ends the model never tags as organisations.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it. Where the model happens to tag a made-up name right, a test sets the entities by hand (`ents`: token spans
and labels) as the model tags real names it does not know.
"""

from spacy.tokens import Span

from extraction import tokens, triples
from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def _read(nlp, text, ents=None):
    doc = nlp(text)
    if ents is not None:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return extract(doc, Article(id="t", text=text, date="2018-08-27"))


def _orgs(nlp, text, ents=None):
    return {e.name: e.org_kind for e in _read(nlp, text, ents).entities if e.kind == "org"}


# a name before a party's noun (bodies.named_parties)

def test_a_faction_the_model_calls_a_person_is_a_party_with_its_ties(nlp):
    text = "Chile's police raided offices of the Kavu political faction, which is allied to Tendai Moyo."
    got = triples(nlp, text)
    assert ("opposes", "state:CL", "org:kavu") in got
    assert ("supports", "org:kavu", "person:tendai-moyo") in got


def test_a_name_the_model_calls_a_person_before_party_is_a_party(nlp):
    text = "Senator Tendai Moyo of the ruling Umoja party spoke on Monday."
    assert tokens(nlp, text)[6] == "Umoja"
    assert _orgs(nlp, text, [(1, 3, "PERSON"), (6, 7, "PERSON")]).get("Umoja") == "party"


def test_a_hyphened_acronym_the_model_cuts_is_one_party(nlp):
    text = "The KPD-R party condemned Chile on Tuesday."
    assert ("opposes", "org:kpd-r", "state:CL") in triples(nlp, text)


def test_a_later_bare_use_of_the_name_is_the_party(nlp):
    text = ("Senator Tendai Moyo of the ruling Umoja party spoke on Monday. Later, Umoja condemned Chile for the "
            "arrests.")
    assert tokens(nlp, text)[6] == "Umoja" and tokens(nlp, text)[14] == "Umoja"
    ents = [(1, 3, "PERSON"), (6, 7, "PERSON"), (14, 15, "PERSON"), (16, 17, "GPE")]
    got = {(r.rel, r.source, r.target) for r in _read(nlp, text, ents).relations}
    assert ("opposes", "org:umoja", "state:CL") in got


def test_the_models_own_party_name_is_kept_whole(nlp):
    text = "The ruling Umoja party criticized Chile on Monday."
    assert ("opposes", "org:umoja-party", "state:CL") in triples(nlp, text)


def test_a_place_or_people_before_party_is_no_party(nlp):
    text = "Chile's envoy praised a Northern Irish party on Monday."
    assert not any(k == "party" for k in _orgs(nlp, text).values())
    text = "Chile's envoy praised the Northern Ireland party on Monday."
    assert "Northern Ireland" not in _orgs(nlp, text)


def test_a_party_familys_word_alone_is_no_party(nlp):
    text = "Pedro Varga left the Communist party in 1990 and condemned Chile."
    assert "Communist" not in _orgs(nlp, text)


def test_a_party_told_by_what_it_is_is_no_party(nlp):
    text = "Chile banned a Kavu party last week."
    assert tokens(nlp, text)[3] == "Kavu"
    assert "Kavu" not in _orgs(nlp, text, [(0, 1, "GPE"), (3, 4, "PERSON")])


# a body's last word in lower case (gazetteer._lowered_body_noun)

def test_a_lower_case_parliament_after_its_bloc_is_the_bodys(nlp):
    got = triples(nlp, "The EU parliament condemned Chile on Tuesday.")
    assert ("opposes", "org:european-parliament", "state:CL") in got


def test_a_lower_case_council_after_the_un_is_the_security_council(nlp):
    got = triples(nlp, "In a vote on Friday, U.N. Security council members imposed new sanctions on Chile.")
    assert ("opposes", "org:united-nations-security-council", "state:CL") in got


def test_a_lower_case_state_or_party_is_no_body(nlp):
    assert "Islamic State" not in _orgs(nlp, "Rebels in Chile seek an Islamic state, the police said.")
    assert "Communist Party" not in _orgs(nlp, "Pedro Varga left the Communist party in 1990 and condemned Chile.")


def test_generic_words_before_a_lower_case_council_name_no_body(nlp):
    orgs = _orgs(nlp, "The National Security council of Chile met on Friday to discuss the protests.")
    assert "National Security Council" not in orgs


def test_the_end_of_a_longer_name_is_no_party(nlp):
    # the model leaves parts of a longer party name untagged: its last words alone are no party
    text = "Tendai Moyo of the ruling Law and Order party condemned Chile on Monday."
    assert tokens(nlp, text)[7] == "Order"
    ents = [(0, 2, "PERSON"), (5, 6, "ORG"), (7, 8, "PERSON"), (10, 11, "GPE")]
    assert "Order" not in _orgs(nlp, text, ents)
    text = "Tendai Moyo of the Republic on the March party condemned Chile on Monday."
    ents = [(0, 2, "PERSON"), (4, 5, "GPE"), (7, 8, "PERSON"), (10, 11, "GPE")]
    assert "March" not in _orgs(nlp, text, ents)
