"""Round 18 (A), persons: names the model calls persons that the list they stand in shows are bodies (made-up
sentences; the model's labels are set by hand where it does not make the mistake on these words)."""

from extraction import persons, tokens


LIST = "Among those expelled are Halden Aid, Orvik Vision, Plan Brakvor, the Tessar Council and Marta Lune."


def test_names_in_a_long_list_of_bodies_are_no_persons(nlp):
    assert tokens(nlp, LIST)[4:18] == ["Halden", "Aid", ",", "Orvik", "Vision", ",", "Plan", "Brakvor", ",", "the",
                                       "Tessar", "Council", "and", "Marta"]
    ents = [(4, 6, "PERSON"), (7, 9, "ORG"), (10, 12, "ORG"), (13, 16, "ORG"), (17, 19, "PERSON")]
    assert not persons(nlp, LIST, ents)


def test_name_in_a_long_list_of_persons_is_a_person(nlp):
    ents = [(4, 6, "PERSON"), (7, 9, "PERSON"), (10, 12, "PERSON"), (13, 16, "ORG"), (17, 19, "PERSON")]
    assert "Marta Lune" in persons(nlp, LIST, ents)


def test_name_with_its_post_in_a_list_of_bodies_is_a_person(nlp):
    text = "Among those expelled are Halden Aid, Orvik Vision, Plan Brakvor, the Tessar Council and Marta Lune, a senator."
    ents = [(4, 6, "ORG"), (7, 9, "ORG"), (10, 12, "ORG"), (13, 16, "ORG"), (17, 19, "PERSON")]
    assert "Marta Lune" in persons(nlp, text, ents)


SPLIT = "The ministry closed the offices. Talem Brakvor, the interior minister, told reporters. Brakvor said so."


def test_surname_the_model_took_for_a_place_after_a_first_name_stays_in_the_name(nlp):
    assert tokens(nlp, SPLIT)[6:9] == ["Talem", "Brakvor", ","]
    assert persons(nlp, SPLIT, [(6, 7, "PERSON"), (7, 8, "GPE"), (16, 17, "PERSON")]) == {"Talem Brakvor"}


def test_town_the_gazetteer_knows_after_a_name_is_left_out_of_it(nlp):
    text = "Officials met Talem Brakvor Paris on Monday, a spokesman said."
    assert "Talem Brakvor Paris" not in persons(nlp, text, [(2, 4, "PERSON"), (4, 5, "GPE")])


def test_name_titled_once_stays_a_person_where_it_also_names_a_policy(nlp):
    text = "The United States, under President Orvan, paid nothing. The Orvan-Kessel foreign policy failed."
    assert tokens(nlp, text)[5:8] == ["President", "Orvan", ","]
    assert tokens(nlp, text)[11:15] == ["The", "Orvan", "-", "Kessel"]
    assert "Orvan" in persons(nlp, text, [(6, 7, "PERSON"), (12, 13, "PERSON")])


def test_name_never_titled_that_only_names_a_thing_is_no_person(nlp):
    text = "The United States paid nothing. The Orvan-Kessel foreign policy failed."
    assert tokens(nlp, text)[6:8] == ["The", "Orvan"]
    assert "Orvan" not in persons(nlp, text, [(7, 8, "PERSON")])


def test_name_after_a_royal_title_the_model_left_untagged_is_a_person(nlp):
    text = "Details of the feud of the emir’s brother, Prince Talvo, became public on Monday."
    assert tokens(nlp, text)[9:12] == [",", "Prince", "Talvo"]
    assert persons(nlp, text, []) == {"Talvo"}


def test_name_after_a_church_title_the_model_ran_into_a_body_is_a_person(nlp):
    text = "We must accept the hand of our brothers, Patriarch Orvan Kessel said on Monday."
    assert tokens(nlp, text)[9:12] == ["Patriarch", "Orvan", "Kessel"]
    assert persons(nlp, text, [(9, 12, "ORG")]) == {"Orvan Kessel"}


def test_royal_title_opening_a_base_or_a_brigade_gives_no_person(nlp):
    text = "The envoy flew into King Talvo Air Base. Fighters of the Prince Marek brigade advanced."
    assert tokens(nlp, text)[4:8] == ["King", "Talvo", "Air", "Base"]
    assert tokens(nlp, text)[12:15] == ["Prince", "Marek", "brigade"]
    assert not persons(nlp, text, [])


def test_name_broken_where_a_pasted_text_lost_letters_is_mended(nlp):
    text = "The board made Ivo o Marek o its head, and Ada Pow r, the lawmaker, said so. Marek o thanked them."
    assert tokens(nlp, text)[3:8] == ["Ivo", "o", "Marek", "o", "its"]
    assert tokens(nlp, text)[11:15] == ["Ada", "Pow", "r", ","]
    found = persons(nlp, text, [(3, 6, "PERSON"), (11, 13, "PERSON"), (21, 22, "PERSON")])
    assert found == {"Ivo o Marek o", "Ada Pow r"}


def test_clitic_or_short_noun_after_a_name_is_no_broken_name(nlp):
    text = "Fighters loyal to Marek s forces attacked, and a Marek ad ran on Monday, officials said."
    assert tokens(nlp, text)[3:6] == ["Marek", "s", "forces"]
    assert tokens(nlp, text)[10:12] == ["Marek", "ad"]
    assert persons(nlp, text, [(3, 4, "PERSON"), (10, 11, "PERSON")]) == {"Marek"}
