"""Round 28 (R): support told by a state-backed description of a name, and aid given with "with" or as a sum "in aid".

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, source, target", [
    # the parser hangs the description on the verb, after a comma and the name's short form
    ("ALEPPO (Reuters) - The fighters surrendered to the Northern Shield Front (NSF), a U.S.-backed alliance of Arab "
     "and Kurdish fighters, on Monday.", "state:US", "org:northern-shield-front"),
    # "the Kenyan government-funded X": the state before "government" funds it
    ("NAIROBI (Reuters) - A report by the Kenyan government-funded Tana Policy Institute said shutdowns cost millions.",
     "state:KE", "org:tana-policy-institute"),
])
def test_a_state_backed_description_supports_the_name_it_describes(nlp, text, source, target):
    assert any(r == "supports" and s == source and target in t for r, s, t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    # a backed act, not a name
    "ALEPPO (Reuters) - Thousands fled the fighting, a U.S.-backed offensive by Kurdish forces.",
    # no state before "government"
    "NAIROBI (Reuters) - A report by the government-funded Tana Policy Institute said shutdowns cost millions.",
    # the word before the comma names no actor
    "ALEPPO (Reuters) - The fighters surrendered on Monday, a U.S.-backed alliance said.",
])
def test_a_backed_description_without_a_described_name_or_state_adds_no_support(nlp, text):
    assert not any(r == "supports" for r, _, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    # the receiver is the object, what is given follows "with"
    "OSLO (Reuters) - Norway supplied Mali with rifles and ammunition last year.",
    "OSLO (Reuters) - Norway provided Mali with four patrol boats in March.",
    # a sum "in aid" hung on the verb, the receiver after "to" or joined to the sum by the parser
    "OSLO (Reuters) - Norway has sent millions of dollars in aid to Mali since 2015.",
    "OSLO (Reuters) - Norway has sent Mali millions of dollars in aid since 2015.",
    # a count of what is given, "to" hung on the thing given
    "MOSCOW (Reuters) - Russia handed over thousands of assault rifles to Mali on Wednesday.",
])
def test_aid_given_with_with_or_as_a_sum_in_aid_supports_the_receiver(nlp, text):
    giver = "state:RU" if text.startswith("MOSCOW") else "state:NO"
    assert ("supports", giver, "state:ML") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "OSLO (Reuters) - Norway has denied supplying Mali with weapons.",
    "OSLO (Reuters) - Norway sent thousands of tourists to Mali last year.",
    "OSLO (Reuters) - Norway sent millions of dollars in payments to Mali last year.",
    "OSLO (Reuters) - Norway handed over the bodies to Mali on Tuesday.",
    "OSLO (Reuters) - Norway may send Mali millions of dollars in aid.",
])
def test_no_aid_when_what_is_given_is_no_aid_or_the_giving_is_denied_or_hedged(nlp, text):
    assert not any(r == "supports" for r, _, _ in triples(nlp, text))
