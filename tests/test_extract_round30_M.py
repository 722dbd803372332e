"""Round 30 (M): meetings. A named speaker at a gathering an international body convenes attended it, post or no
post; a gathering held in the dateline's city with no time of its own is of the lede's day.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import met, sides


@pytest.mark.parametrize("text, want", [
    ("LIMA (Reuters) - Ada Rell said at an EU summit in Vilnius on Tuesday that open trade was vital.",
     {"person:ada-rell", "org:european-union"}),
    ("LIMA (Reuters) - Olaf Berg warned Ardia in his address at the United Nations last May.",
     {"person:olaf-berg", "org:united-nations"}),
])
def test_a_named_speaker_at_a_gathering_of_an_international_body_attended_it(nlp, text, want):
    assert frozenset(want) in sides(nlp, text)


@pytest.mark.parametrize("text", [
    # no body convenes it: with no post, the speaker's own state is unknown, so the gathering may be at home
    "LIMA (Reuters) - Ada Rell said at an industry forum in Vilnius on Tuesday that Lithuania needs open trade.",
    # still to come
    "LIMA (Reuters) - Ada Rell will say at an EU summit in Vilnius on Tuesday that open trade is vital.",
    # a body's own official reporting to it is no meeting with it
    "LIMA (Reuters) - Envoy of the U.N. Ada Rell told the Security Council on Tuesday that the Ardian truce held.",
])
def test_no_attendance_without_a_body_or_still_to_come(nlp, text):
    assert not any("person:ada-rell" in parts for parts in sides(nlp, text))


LEDE = "VILNIUS (Reuters) - Trade ministers on Thursday called for calm over tariffs. "


def test_a_gathering_in_the_datelines_city_with_no_time_is_of_the_ledes_day(nlp):
    text = LEDE + "Chilean Foreign Minister Ada Rell said at an EU summit in Vilnius that open trade was vital."
    assert (frozenset({"person:ada-rell", "org:european-union"}), "2018-08-30") in met(nlp, text)


@pytest.mark.parametrize("text", [
    # a time of its own: not the lede's day
    LEDE + "Chilean Foreign Minister Ada Rell said at an EU summit in Vilnius last month that open trade was vital.",
    # held in another city than the dateline's
    LEDE + "Chilean Foreign Minister Ada Rell said at an EU summit in Riga that open trade was vital.",
])
def test_no_ledes_day_for_a_gathering_elsewhere_or_told_with_a_time(nlp, text):
    assert (frozenset({"person:ada-rell", "org:european-union"}), "2018-08-30") not in met(nlp, text)
