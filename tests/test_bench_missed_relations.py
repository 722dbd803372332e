"""bench/missed_relations.py: each missed gold relation in the class that says why geokg misses it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scriptload import load_script

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(),
                                reason=f"{SHARED_EVAL} is absent (the script scores with its score.py)")


@pytest.fixture(scope="module")
def seed_with_misses(tmp_path_factory):
    """The seed article's gold with five relations geokg does not write, one dump of the article, and the script."""
    tmp = tmp_path_factory.mktemp("missed")
    with open(SHARED_EVAL / "seed_gold.jsonl", encoding="utf-8") as f:
        gold = json.loads(f.readline())
    gold.setdefault("text", (SHARED_EVAL / "seed_article.txt").read_text(encoding="utf-8"))
    gold["organizations"].append({"name": "Quillon Front", "kind": "armed_group", "aliases": []})
    gold["relations"] += [
        {"rel": "opposes", "from": "Q822", "to": "Q858"},              # Lebanon, Syria: named in one sentence
        {"rel": "opposes", "from": "Q159", "to": "Q30"},               # Russia, the US: never in one sentence
        {"rel": "opposes", "from": "Q30", "to": "Quillon Front"},      # a group the article never names
        {"rel": "opposes", "from": "Q794", "to": "Q858"},              # Iran, Syria: geokg has Iran supporting Syria
    ]
    path = tmp / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    script = load_script("missed_relations", ROOT / "bench" / "missed_relations.py")
    dump = script.dump_of(path, tmp)
    scorer = script.load_scorer()
    return script, gold, scorer.Graph(str(dump)), scorer


def test_each_missed_relation_is_put_in_the_class_that_says_why(seed_with_misses):
    script, gold, graph, scorer = seed_with_misses
    got = {(r["from"], r["to"]): cls for r, cls, _ in script.classify(scorer, gold, graph)}
    assert got == {("Q822", "Q858"): "in one sentence", ("Q159", "Q30"): "apart",
                   ("Q30", "Quillon Front"): "an end never found", ("Q794", "Q858"): "another relation or direction"}


def test_the_word_governing_both_names_is_read_off_the_parse(seed_with_misses, nlp):
    script, *_ = seed_with_misses
    text = "Freedonia accused Sylvania of shelling the border town. Both sides met later."
    assert script.governing_word(nlp, text, ("Freedonia", "Sylvania")) == "accuse/VERB"
    assert script.governing_word(nlp, text, ("Freedonia", "Ruritania")) == "?"


def test_the_script_prints_the_classes_and_their_shares(seed_with_misses, tmp_path):
    gold = seed_with_misses[1]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "missed_relations.py"), str(path), "--examples",
                          "apart"], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0] == "4 missed gold relations in 1 articles"
    assert "[seed-iran-syria-2018-08-27] Q159 opposes Q30" in out
    assert "Q822 opposes Q858" not in out
    assert not any(line.startswith("      ") for line in out.splitlines())   # apart: no sentence names both
    inside = subprocess.run([sys.executable, str(ROOT / "bench" / "missed_relations.py"), str(path), "--examples",
                             "in one sentence"], capture_output=True, text=True, check=True).stdout.splitlines()
    shown = inside.index("  [seed-iran-syria-2018-08-27] Q822 opposes Q858") + 1
    names, sentence = inside[shown].strip().split(": ", 1)
    assert len(names.split(" / ")) == 2 and all(name in sentence for name in names.split(" / "))


def test_initials_do_not_end_a_sentence_and_short_names_match_as_words(seed_with_misses):
    script, *_ = seed_with_misses
    text = "The U.S. navy warned on Monday the EU had hurt Ruritania. Europe's Dr. Vell went on. A. Brisk left."
    assert script.sentences(text) == ["The U.S. navy warned on Monday the EU had hurt Ruritania.",
                                      "Europe's Dr. Vell went on.", "A. Brisk left."]
    first, second = script.sentences(text)[:2]
    assert script.found_in({"EU", "Europe"}, first) == "EU"
    assert script.found_in({"EU"}, second) is None            # not the "Eu" of "Europe's"
    assert script.found_in({"Vell"}, "GENERAL VELL, army chief, said the talks failed.") == "VELL"
