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


def test_name_whose_every_mention_is_in_a_place_slot_is_a_place(nlp):
    got = persons(nlp, "The militants attacked fighters in Joban Bai near the border, activists said.")
    assert "Joban Bai" not in got


def test_name_coordinated_with_a_place_in_a_place_slot_is_a_place(nlp):
    got = persons(nlp, "The situation is particularly dire in Ah Nauk Pyin and nearby Naung Pin Gyi, where no escape "
                       "route is open.")
    assert "Naung Pin Gyi" not in got


def test_name_in_a_place_slot_called_a_person_stays(nlp):
    got = persons(nlp, "In Barcelona, Jordi Mercade, a 32-year-old engineer celebrating with friends, said he was happy.")
    assert "Jordi Mercade" in got


def test_name_in_a_place_slot_before_a_verb_of_speech_stays(nlp):
    got = persons(nlp, "A strike hit a warehouse in the Turmanin neighborhood Vasik Harak told Anadolu Agency.")
    assert "Vasik Harak" in got


def test_trust_in_a_name_is_no_place_slot(nlp):
    assert "Peter Holm" in persons(nlp, "Voters placed their trust in Peter Holm.")
    assert "John Marlow" in persons(nlp, "Party members said they had lost confidence in John Marlow.")


def test_demonym_of_a_former_state_is_no_person(nlp):
    got = persons(nlp, "Skopje said the ex-Yugoslav republic would hold a vote. Greece vetoed the Former Yugoslav "
                       "Republic of Macedonia name.")
    assert "Yugoslav" not in got


def model_persons(nlp, text, spans):
    """The persons of `text` when the model tags the given token ranges PERSON (a mistake it makes on other texts)."""
    from spacy.tokens import Span
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in spans]
    ex = extract(doc, Article(id="t", text=text, date="2018-08-27"))
    return {e.name for e in ex.entities if e.kind == "person"}


def test_service_word_alone_is_no_person(nlp):
    got = model_persons(nlp, "Trump picked a battle-hardened Marine commander to lead the department.", [(6, 7)])
    assert "Marine" not in got


def test_name_before_an_adjective_and_a_movement_noun_is_no_person(nlp):
    got = persons(nlp, "Lawyers defending practitioners of the banned Kolo Vang spiritual movement were detained.")
    assert "Kolo Vang" not in got


def test_body_ending_in_lords_is_no_person(nlp):
    got = model_persons(nlp, "The Law Lords ruled last month that the detainees were being held unlawfully.", [(1, 3)])
    assert "Law Lords" not in got


def test_titled_name_before_an_adjective_and_a_place_noun_stays(nlp):
    got = persons(nlp, "Fighting came within 12 miles of the village where Syrian President Bashar al-Assad ancestral "
                       "home stands.")
    assert "Bashar al-Assad" in got


def test_an_attempt_to_join_is_no_membership(nlp):
    from geokg.ingest.meetings import extract_memberships
    from geokg.ingest.extract import build_context
    text = "Greece has vetoed Macedonia's attempts to join the EU. Montenegro joined NATO in 2017."
    ctx = build_context(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    assert {(m.member, m.group) for m in extract_memberships(ctx)} == {("state:ME", "org:nato")}


def test_name_coordinated_only_with_places_is_a_place(nlp):
    got = persons(nlp, "Helicopters dropped barrels on the neighbourhoods of Seif al Kola and Zubdiya, a monitor said.")
    assert "Seif al Kola" not in got


def test_name_with_an_age_coordinated_with_a_place_stays(nlp):
    got = persons(nlp, "The banker, 32, admitted attacking Sumarti Ningsih, 23, and Seneng Mujiasih, 26, at a hotel in 2014.")
    assert "Seneng Mujiasih" in got
