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


def test_an_attempt_to_join_is_no_membership(nlp):
    from geokg.ingest.meetings import extract_memberships
    from geokg.ingest.extract import build_context
    text = "Greece has vetoed Macedonia's attempts to join the EU. Montenegro joined NATO in 2017."
    ctx = build_context(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    assert {(m.member, m.group) for m in extract_memberships(ctx)} == {("state:ME", "org:nato")}
