"""Round 9 lexicon: common news verbs and phrasal verbs of CAMEO 11x-19x and 05x-07x (invented sentences)."""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, rel, source, target", [
    ("The United States took aim at Germany over its trade surplus.", "opposes", "state:US", "state:DE"),
    ("The Turkish prosecutor implicated Iran in the plot.", "opposes", "state:TR", "state:IR"),
    ("Iran defied the United States.", "opposes", "state:IR", "state:US"),
    ("The United States called NATO obsolete.", "opposes", "state:US", "org:nato"),
    ("Russia rebuffed Japan over the islands.", "opposes", "state:RU", "state:JP"),
    ("Venezuela spurned Colombia.", "opposes", "state:VE", "state:CO"),
    ("China bullied Vietnam in the South China Sea.", "opposes", "state:CN", "state:VN"),
    ("Russia blackmailed Ukraine with gas cuts.", "opposes", "state:RU", "state:UA"),
    ("Iran harassed U.S. warships in the Gulf.", "opposes", "state:IR", "state:US"),
    ("Russia declared war on Georgia.", "opposes", "state:RU", "state:GE"),
    ("Indian troops opened fire on Pakistani troops.", "opposes", "state:IN", "state:PK"),
    ("The United States disparaged Mexico.", "opposes", "state:US", "state:MX"),
    ("Putin upbraided Ukraine.", "opposes", "person:putin", "state:UA"),
    ("Russia turned against Turkey.", "opposes", "state:RU", "state:TR"),
    ("Britain ganged up on Russia.", "opposes", "state:GB", "state:RU"),
    ("Russia propped up Assad with air power.", "supports", "state:RU", "person:assad"),
    ("Assad was propped up by Russia.", "supports", "state:RU", "person:assad"),
    ("Iran bolstered the Houthis with missiles.", "supports", "state:IR", "org:houthis"),
    ("The EU bailed out Greece.", "supports", "org:european-union", "state:GR"),
    ("Germany subsidized Greece.", "supports", "state:DE", "state:GR"),
    ("Russia rallied behind Serbia.", "supports", "state:RU", "state:RS"),
    ("China shielded North Korea from sanctions.", "supports", "state:CN", "state:KP"),
])
def test_lexicon_verb_gives_relation(nlp, text, rel, source, target):
    assert (rel, source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Russia did not take aim at Ukraine.",              # negated
    "The United States took a photo at Germany's embassy.",   # "take" without "aim"
    "The delegates stormed out of the talks with Iran.",      # no object stormed
    "China rounded up its diplomats in Japan.",                # "round up", not "round on"
    "Russia turned to Turkey for help.",                        # "turn to", not "turn against"
])
def test_lexicon_verb_without_its_frame_gives_no_opposition(nlp, text):
    assert not any(r == "opposes" for r, _, _ in triples(nlp, text))


@pytest.mark.parametrize("text, rel, source, target", [
    ("The Republic of Korea and U.S. alliance remains strong.", "alliedWith", "state:KR", "state:US"),
    ("The Japan and U.S. alliance is strong.", "alliedWith", "state:JP", "state:US"),
    ("South Korea and the United States held talks. The Korea-U.S. alliance remains strong.",
     "alliedWith", "state:KR", "state:US"),
    ("France joined forces with Britain in Libya.", "alliedWith", "state:FR", "state:GB"),
    ("Qatar partnered with Turkey.", "alliedWith", "state:QA", "state:TR"),
    ("Iran sued the United States at the court.", "opposes", "state:IR", "state:US"),
    ("Russian troops assaulted Ukrainian positions near Donetsk.", "opposes", "state:RU", "state:UA"),
    ("Russia hit back at the United States over the sanctions.", "opposes", "state:RU", "state:US"),
    ("China fired back at Japan.", "opposes", "state:CN", "state:JP"),
    ("Pakistan pushed back against India.", "opposes", "state:PK", "state:IN"),
])
def test_alliance_nominals_and_batch_two_verbs(nlp, text, rel, source, target):
    got = triples(nlp, text)
    assert (rel, source, target) in got or (rel == "alliedWith" and (rel, target, source) in got)


def test_state_and_a_states_alliance_with_an_article_is_not_one_alliance(nlp):
    got = triples(nlp, "Japan and the U.S. alliance are under strain.")
    assert not any(r == "alliedWith" for r, _, _ in got)


def test_fired_from_a_job_is_no_attack(nlp):
    assert not triples(nlp, "He was fired from his job in Britain.")
