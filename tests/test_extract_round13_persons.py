"""Round 13 (A), persons: classes of names the model cut or missed, and of non-persons it kept (made-up sentences)."""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def persons(nlp, text):
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    return {e.name for e in ex.entities if e.kind == "person"}


def test_byline_after_an_editors_note_is_no_person(nlp):
    got = persons(nlp, "(This version of the story corrects the date in paragraph 4) By Maren Holt and Piet Anker "
                       "OSLO (Reuters) - Finance minister Siv Jensen said on Monday the budget would pass. Jensen "
                       "spoke to reporters.")
    assert "Maren Holt" not in got and "Piet Anker" not in got and not any("OSLO" in n for n in got)
    assert "Siv Jensen" in got
