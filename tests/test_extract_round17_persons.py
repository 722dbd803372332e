"""Round 17 (A), persons: names that the words around them show are a building, a house or a group, not a person
(made-up sentences; the model's labels are set by hand where it does not make the mistake on these words)."""

from extraction import persons, tokens


def test_name_before_a_hospital_is_no_person(nlp):
    text = "Twelve wounded men were taken to the Sir Orin Malvek hospital, said surgeon Ada Power."
    assert tokens(nlp, text)[7:11] == ["Sir", "Orin", "Malvek", "hospital"]
    assert persons(nlp, text, [(8, 10, "PERSON"), (14, 16, "PERSON")]) == {"Ada Power"}


def test_names_coordinated_before_plural_temples_are_no_persons(nlp):
    text = "The procession went on to the Wat Kellan and Wat Toraveth temples on Sunday."
    assert tokens(nlp, text)[6:12] == ["Wat", "Kellan", "and", "Wat", "Toraveth", "temples"]
    assert not persons(nlp, text, [(6, 8, "PERSON"), (9, 11, "PERSON")])


def test_name_before_a_dynasty_or_rebels_is_no_person(nlp):
    text = "The Ruvan Tal dynasty has ruled for decades. Troops fought Morak Lion rebels in the north."
    assert not persons(nlp, text, [(1, 3, "PERSON"), (11, 13, "PERSON")])


def test_person_whose_full_name_is_used_elsewhere_keeps_a_building_named_after_him(nlp):
    text = "President Ada Power opened a school on Monday. The Ada Power school has 300 pupils."
    assert tokens(nlp, text)[10:13] == ["Ada", "Power", "school"]
    assert "Ada Power" in persons(nlp, text, [(1, 3, "PERSON"), (10, 12, "PERSON")])


def test_name_listed_with_a_person_whose_surname_comes_back_is_a_person(nlp):
    text = "Prosecutors named party heavyweights including Ivo Marek and Ada Power. Marek received the money, they said."
    assert tokens(nlp, text)[5:9] == ["Ivo", "Marek", "and", "Ada"]
    assert "Ivo Marek" in persons(nlp, text, [(5, 7, "ORG"), (8, 10, "PERSON"), (11, 12, "ORG")])


def test_company_listed_with_a_company_is_no_person(nlp):
    text = "Auditors named the lenders including Halden Brakk and Orvik Bank. Brakk received the money, they said."
    assert not persons(nlp, text, [(5, 7, "ORG"), (8, 10, "ORG"), (11, 12, "ORG")])


def test_name_after_the_kind_of_an_outlet_is_no_person(nlp):
    text = "The minister, Ada Power, resigned, broadcaster Kanal Vesti said. On Monday, the weekly Nova Rec said so."
    assert tokens(nlp, text)[8:11] == ["broadcaster", "Kanal", "Vesti"]
    assert tokens(nlp, text)[17:20] == ["weekly", "Nova", "Rec"]
    assert persons(nlp, text, [(3, 5, "PERSON"), (9, 11, "PERSON"), (18, 20, "PERSON")]) == {"Ada Power"}


def test_name_after_an_outlets_kind_in_a_text_that_lost_its_commas_is_kept(nlp):
    text = "In a piece published on the agency website Ivo Marek of the Halden Institute said the war was over"
    assert tokens(nlp, text)[7:10] == ["website", "Ivo", "Marek"]
    assert "Ivo Marek" in persons(nlp, text, [(8, 10, "PERSON")])


def test_pope_keeps_his_title_in_his_name(nlp):
    text = "Crowds gathered as Pope Clement arrived on Monday. Clement said peace was possible."
    assert tokens(nlp, text)[3:5] == ["Pope", "Clement"]
    assert persons(nlp, text, [(3, 5, "PERSON"), (10, 11, "PERSON")]) == {"Pope Clement"}
    assert persons(nlp, text, [(4, 5, "PERSON"), (10, 11, "PERSON")]) == {"Pope Clement"}


def test_other_titles_still_leave_the_name(nlp):
    text = "Crowds gathered as President Ada Power arrived on Monday."
    assert persons(nlp, text, [(3, 6, "PERSON")]) == {"Ada Power"}


def test_one_word_name_tagged_a_place_as_often_as_a_person_is_a_place(nlp):
    text = "The drill was held near the stadium at Kellavik, officials said. Kellavik's committee has hired guards."
    assert tokens(nlp, text)[8] == "Kellavik" and tokens(nlp, text)[13] == "Kellavik"
    assert not persons(nlp, text, [(8, 9, "GPE"), (13, 14, "PERSON")])


def test_one_word_name_in_a_tie_that_speaks_is_a_person(nlp):
    text = "Kellavik's rally was large on Sunday. Kellavik said the vote was fair."
    assert tokens(nlp, text)[0] == "Kellavik" and tokens(nlp, text)[8] == "Kellavik"
    assert "Kellavik" in persons(nlp, text, [(0, 1, "GPE"), (8, 9, "PERSON")])


def test_name_coordinated_only_with_organisations_is_no_person(nlp):
    text = "Ratings agencies Orvik Global Ratings and Tessel have cut the bank's rating, analysts said."
    assert tokens(nlp, text)[2:7] == ["Orvik", "Global", "Ratings", "and", "Tessel"]
    assert not persons(nlp, text, [(2, 5, "ORG"), (6, 7, "PERSON")])


def test_person_coordinated_with_an_organisation_keeps_a_title(nlp):
    text = "The Orvik Group and Chairman Ada Power denied the report, officials said."
    assert tokens(nlp, text)[1:7] == ["Orvik", "Group", "and", "Chairman", "Ada", "Power"]
    assert "Ada Power" in persons(nlp, text, [(1, 3, "ORG"), (5, 7, "PERSON")])


def test_place_a_post_is_of_is_cut_from_the_name_after_it(nlp):
    text = ("The former governor of Varnia Ivo Marek was jailed. Marek denied the charges. "
            "Protests spread in Varnia on Monday.")
    assert tokens(nlp, text)[4:7] == ["Varnia", "Ivo", "Marek"] and tokens(nlp, text)[18] == "Varnia"
    assert persons(nlp, text, [(4, 7, "ORG"), (10, 11, "PERSON"), (18, 19, "GPE")]) == {"Ivo Marek"}


def test_word_of_a_longer_place_is_not_cut_from_a_name(nlp):
    text = ("Shells hit the town of Urvan al-Kellavik on Monday. Fighting went on in Urvan al-Kellavik, Ada Power said. "
            "Urvan al-Kellavik was shelled again.")
    assert tokens(nlp, text)[5:9] == ["Urvan", "al", "-", "Kellavik"]
    assert tokens(nlp, text)[16:20] == ["Urvan", "al", "-", "Kellavik"]
    assert tokens(nlp, text)[25:29] == ["Urvan", "al", "-", "Kellavik"]
    found = persons(nlp, text, [(5, 9, "PERSON"), (16, 20, "GPE"), (21, 23, "PERSON"), (25, 29, "PERSON")])
    assert not any("Kellavik" in name and "Urvan" not in name for name in found)
