"""Round 16 (A), persons: names the model tags as a body, a place or nothing, told as persons by their surname
coming back alone and by what stands around one of their mentions (made-up sentences; the model's labels are set by
hand where it does not make the mistake on these words)."""

from extraction import persons


def test_surname_that_comes_back_alone_and_speaks_is_a_person(nlp):
    text = "Rurik Vandel on Thursday accused the regulator of bias. Vandel told reporters the case was political."
    assert "Rurik Vandel" in persons(nlp, text, [(0, 2, "ORG"), (10, 11, "ORG")])
    assert "Rurik Vandel" in persons(nlp, text, [(0, 2, "GPE")])


def test_surname_that_owns_a_death_is_a_person(nlp):
    text = "Soldiers searched the old house of Tomas Brenik for weeks. Brenik's death ended the siege of the town."
    assert "Tomas Brenik" in persons(nlp, text, [(6, 8, "ORG"), (11, 12, "ORG")])


def test_company_whose_last_word_comes_back_without_a_persons_mark_is_no_person(nlp):
    text = "Halden Brakk reported higher profits on Monday. Brakk shares rose four percent after the report."
    assert not persons(nlp, text, [(0, 2, "ORG"), (8, 9, "ORG")])


def test_clause_set_off_after_a_place_is_no_apposition(nlp):
    text = "Israel claims sovereignty over West Jerusalem, diplomats say. Jerusalem is holy to three faiths."
    assert not persons(nlp, text, [(0, 1, "GPE"), (4, 6, "GPE"), (10, 11, "GPE")])


def test_name_of_three_words_named_as_a_post_is_a_person(nlp):
    text = "The board named Ivo Tenek Marusa as chairman of the port. Marusa will start in May."
    assert "Ivo Tenek Marusa" in persons(nlp, text, [(3, 6, "GPE"), (12, 13, "GPE")])


def test_name_the_model_ran_a_body_into_keeps_two_words(nlp):
    text = ("The regional director for the Pacific Mara Lindqvist said the aid was late. Lindqvist told reporters "
            "more was needed.")
    got = persons(nlp, text, [(4, 8, "ORG"), (14, 15, "ORG")])
    assert "Mara Lindqvist" in got and "Pacific Mara Lindqvist" not in got


def test_name_set_off_with_an_age_is_a_person(nlp):
    text = "At the market, Liyana, 34, said prices had doubled since the spring."
    assert persons(nlp, text, [(4, 5, "ORG")]) == {"Liyana"}


def test_count_after_a_place_is_no_age(nlp):
    text = "In Brelo, 12 people died when the bridge fell."
    assert not persons(nlp, text, [(1, 2, "GPE")])
