"""Round 31 (M): meetings. "In the talks with" a state or body, with no day or place of their own, is the running
negotiation a stance is taken in, not a sitting.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import sides


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Chilean Foreign Minister Olaf Berg set out three firm conditions in the long talks with the EU.",
    "LIMA (Reuters) - That came after Chilean Foreign Minister Olaf Berg, the premier's main rival, set out three "
    "firm conditions in the difficult talks with the EU.",
])
def test_a_stance_in_the_talks_with_a_body_is_no_meeting(nlp, text):
    assert sides(nlp, text) == set()


@pytest.mark.parametrize("text, want", [
    # a day and a place of their own: a sitting
    ("LIMA (Reuters) - Chilean Foreign Minister Olaf Berg set out three firm conditions in the talks with the EU "
     "in Brussels on Tuesday.", {"person:olaf-berg", "org:european-union"}),
    # no article: talks held
    ("LIMA (Reuters) - Chilean Foreign Minister Olaf Berg set out three firm conditions in talks with NATO.",
     {"person:olaf-berg", "org:nato"}),
    # a named person on the other side sits at them
    ("LIMA (Reuters) - Chilean Foreign Minister Olaf Berg raised the matter in the talks with Peruvian President "
     "Ada Rell.", {"person:olaf-berg", "person:ada-rell"}),
])
def test_talks_with_a_day_a_place_or_a_person_stay_meetings(nlp, text, want):
    assert frozenset(want) in sides(nlp, text)
