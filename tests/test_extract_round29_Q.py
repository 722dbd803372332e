"""Round 29 (Q): posts of lawmakers set off after their name with a side's word before the title.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import holdings

VARNA = "VARNA (Reuters) - Bulgaria's parliament sat late on Monday. "


@pytest.mark.parametrize("text", [
    VARNA + "Ivo Marinski, an opposition lawmaker, told reporters the bill was rushed.",
    VARNA + "The bill was rushed, argued Ivo Marinski, an opposition lawmaker.",
    VARNA + "Ivo Marinski, an opposition senator and surgeon, told reporters the bill was rushed.",
])
def test_an_opposition_lawmaker_set_off_after_the_name_holds_a_seat(nlp, text):
    assert ("person:ivo-marinski", "Legislator", "state:BG") in holdings(nlp, text)


@pytest.mark.parametrize("text", [
    # a past seat, or the first of two past posts
    VARNA + "Ivo Marinski, a former lawmaker, told reporters the bill was rushed.",
    VARNA + "Ivo Marinski, former party chief and prime minister, told reporters the bill was rushed.",
    # a side's post, no public one
    VARNA + "Ivo Marinski, an opposition leader, told reporters the bill was rushed.",
    VARNA + "Ivo Marinski, a shadow minister, told reporters the bill was rushed.",
])
def test_a_past_seat_or_a_side_s_post_set_off_after_the_name_is_none(nlp, text):
    assert not {h for h in holdings(nlp, text) if h[0] == "person:ivo-marinski"}


TUNIS = "TUNIS (Reuters) - Tunisia's president spoke on Tuesday. "


@pytest.mark.parametrize("text", [
    TUNIS + "The president phoned Malta's speaker of parliament on Monday about migrants. His office said he "
            "later received Speaker Joseph Vella in Carthage.",
    TUNIS + "The president hosted Malta's parliament speaker on Monday. His office said he discussed fishing "
            "rights with Speaker Joseph Vella.",
])
def test_a_bare_title_takes_the_state_of_a_longer_title_of_that_post_just_before(nlp, text):
    held = holdings(nlp, text)
    assert ("person:joseph-vella", "Legislator", "state:MT") in held
    assert ("person:joseph-vella", "Legislator", "state:TN") not in held


@pytest.mark.parametrize("text", [
    # the longer title is another role's ("prime minister" is no minister's post)
    TUNIS + "The president phoned Malta's prime minister on Monday. His office said he later received "
            "Minister Joseph Vella in Carthage.",
    # too far before: three sentences back
    TUNIS + "The president phoned Malta's speaker of parliament on Monday. Migrants were discussed. Fishing was "
            "too. His office said he later received Speaker Joseph Vella in Carthage.",
])
def test_a_longer_title_of_another_role_or_too_far_back_gives_no_state(nlp, text):
    assert not any(h[0] == "person:joseph-vella" and h[2] == "state:MT" for h in holdings(nlp, text))
