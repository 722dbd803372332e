"""bench/relation_cues.py: each relation statement of a dump, right or wrong by the gold, grouped by its cue."""

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
def seed_changed(tmp_path_factory):
    """The seed article's gold without Russia's backing of Syria and with Iran opposing the US, its dump, the script."""
    tmp = tmp_path_factory.mktemp("cues")
    with open(SHARED_EVAL / "seed_gold.jsonl", encoding="utf-8") as f:
        gold = json.loads(f.readline())
    gold.setdefault("text", (SHARED_EVAL / "seed_article.txt").read_text(encoding="utf-8"))
    gold["relations"] = [r for r in gold["relations"] if (r["from"], r["to"]) != ("Q159", "Q858")]
    gold["relations"].append({"rel": "opposes", "from": "Q794", "to": "Q30"})
    path = tmp / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    script = load_script("relation_cues", ROOT / "bench" / "relation_cues.py")
    dump = sys.modules["missed_relations"].dump_of(path, tmp)   # the script's own import of its neighbour
    scorer = script.load_scorer()
    return script, gold, path, dump, scorer.Graph(str(dump)), scorer


def test_a_statement_no_gold_relation_holds_is_wrong_and_an_unstated_reverse_is_counted(seed_changed):
    script, gold, _, _, graph, scorer = seed_changed
    got = {(st["rel"], st["cue"]): (st["right"], st["reverse"]) for st in script.statements(scorer, gold, graph)}
    assert got[("supports", "with help")] == (False, False)    # Russia backing Syria: no longer in the gold
    assert got[("opposes", "ousting")] == (True, True)         # the US against Iran; the gold has Iran against the US
    assert got[("supports", "backed")] == (True, False)        # Hezbollah backing Syria: held, one way only
    assert got[("alliedWith", "relationship")] == (True, False)


def test_the_script_prints_the_cues_most_wrong_first(seed_changed):
    _, _, path, dump, _, _ = seed_changed
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "relation_cues.py"), str(path), str(dump)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "8 relation statements in 1 articles: 7 right, 1 wrong"
    rows = [line.split(None, 3) for line in out[3:]]
    assert rows[0] == ["0", "1", "0", "supports with help"]
    assert ["1", "0", "1", "opposes ousting"] in rows


def test_against_a_base_lists_what_a_change_added_and_dropped(seed_changed, tmp_path):
    """A base dump with no opposes statement: the full dump adds the seed's opposes relations, right or wrong by the
    gold, and drops nothing; read the other way round it drops them."""
    _, _, path, dump, _, _ = seed_changed
    base = tmp_path / "base.nq"
    base.write_text("".join(line for line in dump.read_text(encoding="utf-8").splitlines(keepends=True)
                            if "#opposes>" not in line), encoding="utf-8")
    script = [sys.executable, str(ROOT / "bench" / "relation_cues.py"), str(path)]
    out = subprocess.run(script + [str(dump), "--against", str(base)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    added = [line for line in out if line.startswith("  added ")]
    assert added and all(" opposes " in line for line in added)
    assert any(" right " in line and "(ousting)" in line for line in added)
    assert out[-2:] == [f"added: {sum(' right ' in line for line in added)} right, "
                        f"{sum(' WRONG ' in line for line in added)} wrong", "dropped: 0 right, 0 wrong"]
    back = subprocess.run(script + [str(base), "--against", str(dump)],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    assert back[-2] == "added: 0 right, 0 wrong"
    assert back[-1] == out[-2].replace("added", "dropped")
