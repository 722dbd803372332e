"""Round 15 (A), persons: companies, bodies and places the model took for persons, and names it split (made-up
sentences; the model's mistakes are set by hand where it does not make them on these words)."""

from extraction import persons


def test_company_after_a_company_noun_is_no_person(nlp):
    text = "Ivo Marek, head of equity fund Lindqvist Partners, said the deal was sound."
    got = persons(nlp, text, [(0, 2, "PERSON"), (7, 9, "PERSON")])
    assert got == {"Ivo Marek"}
    text = "Ada Power, an analyst at risk consultancy Harlow Quist, said the vote was close."
    assert persons(nlp, text, [(0, 2, "PERSON"), (8, 10, "PERSON")]) == {"Ada Power"}


def test_company_noun_with_a_capital_is_a_bodys_name(nlp):
    text = "The head of the International Monetary Fund Ada Power said growth would slow."
    assert "Ada Power" in persons(nlp, text, [(7, 9, "PERSON")])


def test_owned_company_or_held_town_is_no_person(nlp):
    text = "The ship was built by Kestrel and privately held Brunsvik, the ministry said."
    assert "Brunsvik" not in persons(nlp, text, [(5, 6, "ORG"), (9, 10, "PERSON")])
    text = "Officials of state-owned Halvorsen Ostby said the mine would close."
    assert not persons(nlp, text, [(5, 7, "PERSON")])


def test_held_as_a_verb_keeps_its_object(nlp):
    text = "Police held Omar Haddad for two days, his lawyer said."
    assert "Omar Haddad" in persons(nlp, text, [(2, 4, "PERSON")])


def test_body_spelled_out_with_its_acronym_is_no_person_where_it_comes_back(nlp):
    text = ("The Sabah Rakyat (SR) coalition leads the polls. Budgets help Sabah Rakyat win votes, said Ivo Marek "
            "of the opposition.")
    got = persons(nlp, text, [(1, 3, "ORG"), (13, 15, "PERSON"), (19, 21, "PERSON")])
    assert got == {"Ivo Marek"}


def test_persons_own_initials_keep_the_name(nlp):
    text = "Andres Manuel Lopez Obrador (AMLO) leads the polls. Lopez Obrador spoke on Monday."
    assert "Andres Manuel Lopez Obrador" in persons(nlp, text, [(0, 4, "PERSON"), (10, 12, "PERSON")])


def test_name_split_in_two_persons_is_one(nlp):
    text = "The budget is a tool to win votes, said Tan Wei Ming of the opposition party."
    assert persons(nlp, text, [(10, 12, "PERSON"), (12, 13, "PERSON")]) == {"Tan Wei Ming"}


def test_lower_case_word_between_two_names_keeps_them_apart(nlp):
    text = "The rally was peaceful, said Ochieng supporter Ada Power on Monday."
    got = persons(nlp, text, [(6, 8, "PERSON"), (8, 10, "PERSON")])
    assert "Ada Power" in got and not any("supporter" in n for n in got)


def test_places_of_governors_are_no_persons(nlp):
    text = "The newly elected governors for Tachira, Merida, Costa Brava and Alcantara swore themselves in."
    got = persons(nlp, text, [(5, 6, "ORG"), (7, 8, "GPE"), (9, 11, "PERSON"), (12, 13, "PERSON")])
    assert not got


def test_name_set_off_after_a_governors_place_is_a_person(nlp):
    text = "The governor of Homs Ada Power said the road was open."
    assert "Ada Power" in persons(nlp, text, [(3, 4, "GPE"), (4, 6, "PERSON")])


def test_name_set_off_as_the_apposition_of_a_persons_noun(nlp):
    text = "It was not a setback, her close ally, Ivo Marek, said on Sunday."
    assert "Ivo Marek" in persons(nlp, text, [])   # the model gave the name no entity


def test_apposition_one_of_a_plural_post(nlp):
    text = "If you want reform, Ada Power, one of parliament's vice speakers, told Reuters, you must start now."
    assert "Ada Power" in persons(nlp, text, [(5, 7, "ORG"), (16, 17, "ORG")])


def test_one_of_a_plural_thing_is_no_person(nlp):
    text = "The pact was signed by Goldman Sachs, one of the biggest banks."
    assert not persons(nlp, text, [(5, 7, "ORG")])


def test_alias_after_known_as_is_the_same_person(nlp):
    text = ("The summit will help Omar Haddad, also known as Abu Karim, who leads the talks. Abu Karim spoke on "
            "Monday.")
    assert persons(nlp, text, [(4, 6, "PERSON"), (10, 12, "PERSON"), (18, 20, "PERSON")]) == {"Omar Haddad"}


def test_brand_before_a_product_noun_is_no_person(nlp):
    text = "He bought her a $5,000 Harlow Quist watch and a bag."
    assert not persons(nlp, text, [(6, 8, "PERSON")])


def test_name_run_into_an_unknown_body_after_its_title(nlp):
    text = ("Speaking on Wednesday, the spokeswoman for the National Electoral Commission Ada Power rejected the "
            "complaints.")
    assert "Ada Power" in persons(nlp, text, [(7, 13, "ORG")])


def test_body_alone_after_a_title_is_no_person(nlp):
    text = "Speaking on Wednesday, the spokeswoman for the Electoral Reform Commission rejected the complaints."
    assert not persons(nlp, text, [(7, 11, "ORG")])


def test_name_before_radio_or_television_is_a_broadcaster(nlp):
    text = "We will not give in, the interior minister told Brava radio on Monday."
    assert not persons(nlp, text, [(10, 11, "PERSON")])
    text = "The plan is sound, Ada Power told Kestrel Halden television."
    assert persons(nlp, text, [(5, 7, "PERSON"), (8, 10, "PERSON")]) == {"Ada Power"}


def test_television_interview_keeps_the_person_before_it(nlp):
    text = "In a television interview, Ada Power said the plan was sound."
    assert "Ada Power" in persons(nlp, text, [(5, 7, "PERSON")])
