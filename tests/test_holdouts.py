"""The project's own hold-outs (bench/holdouts/): annotations only, well formed, and joined with their
articles the way `make eval` scores them."""

import json
from pathlib import Path

import pytest
from scriptload import load_script

from geokg.ingest import reference as ref

ROOT = Path(__file__).resolve().parents[1]
HOLDOUTS = sorted((ROOT / "bench" / "holdouts").glob("*.jsonl"))
SHARED_EVAL = ROOT.parent / "shared" / "eval"
needs_shared = pytest.mark.skipif(not (SHARED_EVAL / "news" / "corpus.jsonl").exists(),
                                  reason=f"{SHARED_EVAL} is absent (the corpus the hold-outs annotate)")
ROLES = {"HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister", "Minister", "Ambassador",
         "MilitaryOfficer", "Legislator", "Official"}
KINDS = {"igo", "alliance", "armed_group", "party", "government_body", "other"}


def annotations(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def load_eval():
    return load_script("bench_eval", ROOT / "bench" / "eval.py")


def test_there_are_hold_outs():
    assert HOLDOUTS, "bench/holdouts/ holds no annotation file"


@pytest.mark.parametrize("path", HOLDOUTS, ids=lambda p: p.stem)
def test_a_hold_out_holds_annotations_and_no_article_text(path):
    for gold in annotations(path):
        assert not {"text", "title"} & gold.keys(), f"{path.name}: {gold['id']} copies its article"
        assert {"id", "states", "persons", "organizations", "holdings", "relations", "meetings"} <= gold.keys()


@pytest.mark.parametrize("path", HOLDOUTS, ids=lambda p: p.stem)
def test_every_fact_names_a_listed_actor_and_a_known_role(path):
    qids = {s.wikidata for s in ref.states()}
    for gold in annotations(path):
        states = {s["wikidata"] for s in gold["states"]}
        assert states <= qids, gold["id"]
        persons = {n for p in gold["persons"] for n in [p["name"], *p["aliases"]]}
        orgs = {n for o in gold["organizations"] for n in [o["name"], *o["aliases"]]}
        assert {o["kind"] for o in gold["organizations"]} <= KINDS, gold["id"]
        for h in gold["holdings"]:
            assert h["role"] in ROLES and h["person"] in persons, (gold["id"], h)
            assert h["jurisdiction"] is None or h["jurisdiction"] in states | orgs, (gold["id"], h)
        for r in gold["relations"]:
            assert r["rel"] in {"supports", "alliedWith", "opposes"}, (gold["id"], r)
            assert {r["from"], r["to"]} <= states | persons | orgs, (gold["id"], r)
        for m in gold["meetings"]:
            assert set(m["participants"]) <= states | persons | orgs, (gold["id"], m)


def test_hold_outs_do_not_overlap_each_other():
    ids = [gold["id"] for path in HOLDOUTS for gold in annotations(path)]
    assert len(ids) == len(set(ids))


@needs_shared
def test_hold_outs_are_corpus_articles_outside_the_dev_gold():
    with open(SHARED_EVAL / "news_dev_gold.jsonl", encoding="utf-8") as f:
        dev = {json.loads(line)["id"] for line in f}
    with open(SHARED_EVAL / "news" / "corpus.jsonl", encoding="utf-8") as f:
        corpus = {json.loads(line)["id"] for line in f}
    for path in HOLDOUTS:
        ids = {gold["id"] for gold in annotations(path)}
        assert ids <= corpus and not ids & dev, path.name


def test_eval_joins_annotations_with_their_article(tmp_path):
    bench_eval = load_eval()
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"id": "a1", "states": [], "relations": []}) + "\n", encoding="utf-8")
    corpus = {"a1": {"id": "a1", "title": "T", "date": "2017-01-02", "source": "S", "text": "Body.", "origin": "x"}}
    joined = annotations(bench_eval.with_articles(notes, corpus, tmp_path / "gold.jsonl"))
    assert joined == [{"id": "a1", "title": "T", "date": "2017-01-02", "source": "S", "text": "Body.",
                       "states": [], "relations": []}]


def test_eval_names_an_annotation_whose_article_is_missing(tmp_path):
    bench_eval = load_eval()
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"id": "gone"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="notes.jsonl:1: article gone is not in"):
        bench_eval.with_articles(notes, {}, tmp_path / "gold.jsonl")
