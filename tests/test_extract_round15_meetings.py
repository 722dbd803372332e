"""Round 15 meeting shapes, on made-up names: a side named again by a bare post title ("Latvia's prime minister")."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def parties(nlp, text, date="2018-08-27"):
    """The participants of every meeting the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {frozenset(m.participants) for m in ex.meetings}


@pytest.mark.parametrize("text, other", [
    ("Latvian Prime Minister Ivo Kask said the border was safe. Estonian Foreign Minister Lars Vik met Latvia's "
     "prime minister in Riga on Monday.", "person:ivo-kask"),
    ("Latvian Defence Minister Ivo Kask said the border was safe. Estonian Foreign Minister Lars Vik held talks "
     "with the Latvian defence minister in Riga on Monday.", "person:ivo-kask"),
    ("Latvian Foreign Minister Ivo Kask said the border was safe. Estonian Prime Minister Lars Vik met the Latvian "
     "foreign minister in Riga on Monday.", "person:ivo-kask"),
])
def test_a_side_named_again_by_its_post_is_the_person(nlp, text, other):
    assert frozenset({"person:lars-vik", other}) in parties(nlp, text)


def test_a_post_two_persons_hold_stays_the_state(nlp):
    text = ("Latvian Prime Minister Ivo Kask and Latvian Prime Minister Aija Berg were named. Estonian Foreign "
            "Minister Lars Vik met Latvia's prime minister in Riga on Monday.")
    assert frozenset({"person:lars-vik", "state:LV"}) in parties(nlp, text)


def test_a_bare_minister_is_no_post(nlp):
    text = ("Latvian Prime Minister Ivo Kask said the border was safe. Estonian Foreign Minister Lars Vik met a "
            "Latvian minister in Riga on Monday.")
    assert frozenset({"person:lars-vik", "person:ivo-kask"}) not in parties(nlp, text)
