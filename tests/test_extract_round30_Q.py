"""Round 30 (Q): posts the text dates long before the article.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from extraction import holdings

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


@pytest.mark.parametrize("text, person", [
    ("VIENNA (Reuters) - Austria's new cabinet drew little protest, unlike what European leaders did when Chancellor "
     "Hans Vollmer built a government with a far-right party in 1999.", "person:hans-vollmer"),
    ("GENEVA (Reuters) - The principle, set out by U.S. President Tom Harlan a century ago in answer to a rival's "
     "ideas, shaped the charter.", "person:tom-harlan"),
    ("MOSCOW (Reuters) - Russia's defence ministry was at its strongest in the 1960s, when General Piet Moran was "
     "defence minister.", "person:piet-moran"),
])
def test_a_title_in_a_clause_dated_long_before_the_article_gives_no_post(nlp, text, person):
    assert not any(p == person for p, _, _ in holdings(nlp, text))


@pytest.mark.parametrize("text, held", [
    # a date in the holder's own phrase: the post may still be held
    ("KINSHASA (Reuters) - On Friday she will meet Congolese President Joseph Tabu, who has ruled since 1995 "
     "when he took over.", ("person:joseph-tabu", "HeadOfState", "state:CD")),
    # a recent date
    ("DAMASCUS (Reuters) - Syria's opera house, which was opened by Syrian President Omar Sabri in 2011, was "
     "damaged.", ("person:omar-sabri", "HeadOfState", "state:SY")),
    # the same post given again with no date
    ("VIENNA (Reuters) - When Austrian Chancellor Hans Vollmer built a government in 1999, Europe shunned him. "
     "Austrian Chancellor Hans Vollmer said on Monday he would stay.", ("person:hans-vollmer", "HeadOfGovernment",
                                                                        "state:AT")),
    # a sentence that marks the posts no longer held leaves the others current
    ("LONDON (Reuters) - Guests have included former Mayor Tom Harlan and Britain's Queen Ana Morel in 1990 "
     "and two popes.", ("person:ana-morel", "HeadOfState", "state:GB")),
    # a date of another clause the verb governs
    ("BUDAPEST (Reuters) - In May, Hungarian Foreign Minister Ede Kardos said ties were at their worst since the "
     "border treaty of 1991 took effect.", ("person:ede-kardos", "ForeignMinister", "state:HU")),
])
def test_a_post_dated_recently_or_in_the_holders_own_phrase_stands(nlp, text, held):
    assert held in holdings(nlp, text)


def test_an_article_with_no_date_reads_no_dated_clause(nlp):
    text = ("VIENNA (Reuters) - Austria's new cabinet drew little protest, unlike what European leaders did when "
            "Chancellor Hans Vollmer built a government with a far-right party in 1999.")
    ex = extract(nlp(text), Article(id="t", text=text))
    assert any(h.person == "person:hans-vollmer" for h in ex.holdings)
