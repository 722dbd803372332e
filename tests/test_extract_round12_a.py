"""Round 12 (A), persons: names the model calls persons where the text puts a place (made-up sentences)."""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def persons(nlp, text):
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.name for e in ex.entities if e.kind == "person"}


def test_name_before_a_port_noun_is_a_place(nlp):
    got = persons(nlp, "Crude would be exported through Sadiq Abbas port, said the minister.")
    assert "Sadiq Abbas" not in got


def test_name_before_a_state_noun_is_a_place(nlp):
    got = persons(nlp, "Aid groups have been barred from northern Rakhine Kolo state since the army began its operation.")
    assert "Rakhine Kolo" not in got


def test_name_after_the_state_of_is_a_place(nlp):
    got = persons(nlp, "Fighting displaced thousands in the western state of Pemba Lor, according to the United Nations.")
    assert "Pemba Lor" not in got


def test_name_after_an_island_noun_is_a_place(nlp):
    got = persons(nlp, "The pipeline would run north of the Danish island Hallam Ness in international waters.")
    assert "Hallam Ness" not in got


def test_name_after_a_capital_noun_is_a_place(nlp):
    got = persons(nlp, "Insurgents briefly overran the defences of the provincial capital Tarin Dosh last year.")
    assert "Tarin Dosh" not in got


def test_name_after_a_place_that_ends_in_its_noun_is_a_person(nlp):
    got = persons(nlp, "The governor of Homs province Talal Barrazi told AP the bomb was placed inside a bus.")
    assert "Talal Barrazi" in got


def test_name_before_a_state_visit_stays_a_person(nlp):
    got = persons(nlp, "Peter Holm said the Peter Holm state visit to Paris was postponed.")
    assert "Peter Holm" in got
