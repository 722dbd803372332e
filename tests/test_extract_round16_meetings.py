"""Round 16 meeting shapes, on made-up names: someone who sat in on talks between two other sides ("took part in
talks between A and B", "was involved in the meeting between A and B") is a third participant of them, unless the
attendance is still to come; hosting told by a participle ("Hosting Y, X said", "X said after hosting Y"), which takes
the tense of the clause it hangs on; a meal or a drink shared with someone ("drank wine with Y", "lunched with Y")."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def parties(nlp, text, date="2018-08-27"):
    """The participants of every meeting the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


THREE = frozenset({"person:lars-vik", "person:ivo-kask", "person:ona-dauk"})


@pytest.mark.parametrize("text", [
    "Estonian Foreign Minister Lars Vik took part in talks between Latvian President Ivo Kask and Lithuanian "
    "President Ona Dauk in Vilnius on Monday.",
    "Estonian Foreign Minister Lars Vik was involved in the talks between Latvian President Ivo Kask and "
    "Lithuanian President Ona Dauk in Vilnius last month.",
    "Estonian Foreign Minister Lars Vik attended a meeting between Latvian President Ivo Kask and Lithuanian "
    "President Ona Dauk in Vilnius on Monday.",
    "Estonian Foreign Minister Lars Vik participated in talks between Latvian President Ivo Kask and Lithuanian "
    "President Ona Dauk in Vilnius on Monday.",
])
def test_one_who_sat_in_on_talks_between_others_is_a_participant(nlp, text):
    assert THREE in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian Foreign Minister Lars Vik will attend talks between Latvian President Ivo Kask and Lithuanian "
    "President Ona Dauk in Vilnius next week.",
    "Estonian Foreign Minister Lars Vik flew to Vilnius on Monday to attend talks between Latvian President Ivo "
    "Kask and Lithuanian President Ona Dauk.",
    "Estonian Foreign Minister Lars Vik welcomed the talks between Latvian President Ivo Kask and Lithuanian "
    "President Ona Dauk in Vilnius on Monday.",
])
def test_one_who_is_to_attend_or_only_comments_is_no_participant(nlp, text):
    assert THREE not in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Hosting Latvian President Ivo Kask in Tallinn on Monday, Estonian President Lars Vik said ties were strong.",
    "Estonian President Lars Vik, hosting Latvian President Ivo Kask in Tallinn, said ties were strong.",
    "After hosting Latvian President Ivo Kask in Tallinn, Estonian President Lars Vik said ties were strong.",
])
def test_hosting_told_by_a_participle_of_a_past_clause_is_a_meeting(nlp, text):
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian President Lars Vik, who is hosting Latvian President Ivo Kask in Tallinn next week, said ties were "
    "strong.",
    "Hosting Latvian President Ivo Kask in Tallinn next week, Estonian President Lars Vik will say ties are strong.",
    "Estonian President Lars Vik said he hoped to mend ties before hosting Latvian President Ivo Kask in Tallinn.",
])
def test_hosting_still_to_come_is_no_meeting(nlp, text):
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) not in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Late on Tuesday, Estonian President Lars Vik and other senior officials drank wine with Latvian President Ivo "
    "Kask, aides said.",
    "Estonian President Lars Vik lunched with Latvian President Ivo Kask in Riga on Monday.",
    "Estonian President Lars Vik drank coffee with Latvian President Ivo Kask in Riga on Monday.",
])
def test_a_meal_or_drink_shared_with_someone_is_a_meeting(nlp, text):
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Estonian President Lars Vik will drink tea with Latvian President Ivo Kask in Riga next week.",
    "Estonian President Lars Vik drank water with his lunch while Latvian President Ivo Kask spoke in Riga.",
])
def test_a_meal_to_come_or_shared_with_no_one_named_is_no_meeting(nlp, text):
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) not in parties(nlp, text)
