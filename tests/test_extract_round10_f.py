"""Round 10 (F): event anaphora - reactions to "the arrests", "their release", "the strikes" told elsewhere in the
article attach to the one agent of that act (invented sentences)."""

import pytest

from extraction import triples


@pytest.mark.parametrize("text, source", [
    ("Two engineers were arrested in Belarus last week. Poland demanded their immediate release.", "state:PL"),
    ("Three sailors remain in detention in Iran. Britain called for the release of the sailors.", "state:GB"),
    ("Peru detained four fishermen on Monday. Chile condemned the arrests on Friday.", "state:CL"),
    ("The activists were jailed in Egypt in May. The arrests were denounced by Germany.", "state:DE"),
])
def test_a_reaction_to_custody_opposes_the_holder(nlp, text, source):
    holder = {"state:BY", "state:IR", "state:PE", "state:EG"}
    got = {(r, s, t) for r, s, t in triples(nlp, text) if r == "opposes" and t in holder}
    assert got and all(s == source for _, s, _ in got)


def test_a_release_asked_of_a_named_state_opposes_it(nlp):
    got = triples(nlp, "Austria urged Turkey to release the journalists, who were held for months.")
    assert ("opposes", "state:AT", "state:TR") in got


def test_two_holders_leave_the_release_unattached(nlp):
    text = ("Two engineers were arrested in Belarus. A student was detained in Iran. "
            "Poland demanded their immediate release.")
    assert not any(s == "state:PL" for _, s, _ in triples(nlp, text))


def test_a_release_of_things_is_no_custody(nlp):
    text = "Three sailors were arrested in Iran. Japan called for the release of the report."
    assert not any(s == "state:JP" for _, s, _ in triples(nlp, text))


def test_a_hoped_release_is_hedged(nlp):
    text = "Two engineers were arrested in Belarus. Poland might demand their release."
    assert not any(s == "state:PL" for _, s, _ in triples(nlp, text))


def test_a_condemned_attack_attaches_to_the_one_attacker_told_before(nlp):
    text = ("Turkish jets bombed Kurdish positions in Iraq on Sunday, officials said. Many villages were hit. "
            "These bombings were denounced by Iran on Tuesday.")
    assert ("opposes", "state:IR", "state:TR") in triples(nlp, text)
    far = text.replace("Many villages were hit.", "Many villages were hit. Residents fled. Schools closed.")
    assert ("opposes", "state:IR", "state:TR") not in triples(nlp, far)   # attacks are many: kept near


def test_an_untold_attack_leaves_the_condemnation_unattached(nlp):
    text = ("Turkish jets bombed Kurdish positions in Iraq on Sunday. Residents fled. A bombing hit a market in "
            "Baghdad on Monday. Later, Iran condemned the bombing.")
    assert ("opposes", "state:IR", "state:TR") not in triples(nlp, text)


@pytest.mark.parametrize("text, source, holder", [
    ("Two engineers were arrested in Belarus. Poland urged Minsk to respect the law and release the engineers.",
     "state:PL", "state:BY"),
    ("Three sailors were detained in Iran on Monday. Britain called for the sailors to be released.",
     "state:GB", "state:IR"),
    ("Norway spoke about five students detained in Egypt. Denmark demanded their release on Friday.",
     "state:DK", "state:EG"),
])
def test_release_asked_in_other_shapes(nlp, text, source, holder):
    assert ("opposes", source, holder) in triples(nlp, text)


def test_an_act_called_a_threat_opposes_its_agent(nlp):
    text = "Four bloggers were detained in Vietnam last week. Sweden called the arrests a threat to democracy."
    assert ("opposes", "state:SE", "state:VN") in triples(nlp, text)
