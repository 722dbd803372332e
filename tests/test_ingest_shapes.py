"""What ingest really writes conforms to the SHACL shapes and keeps the ontology consistent."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF

from geokg.namespaces import GK
from geokg.ontology import validate

SEED = Path(__file__).resolve().parents[1] / "examples" / "articles" / "iran-syria-2018-08-27.txt"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def seed_dump(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shapes")
    store, dump = tmp / "st", tmp / "d.nq"
    sources = [str(SEED)]
    dev = SHARED / "eval" / "news_dev_gold.jsonl"
    if dev.exists():  # more variety when the dev articles are at hand
        sources.append(str(dev))
    for args in (["ingest", *sources, "--store", str(store)],
                 ["dump", "--store", str(store), "--format", "nquads", "-o", str(dump)]):
        out = subprocess.run([sys.executable, "-m", "geokg", *args], capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr
    ds = rdflib.Dataset()
    ds.parse(dump, format="nquads")
    return ds


def test_every_article_graph_conforms_to_the_shapes(seed_dump):
    reference = rdflib.Graph()
    for s, p, o, g in seed_dump.quads((None, None, None, None)):
        if g is not None and str(g).endswith("/graph/reference"):
            reference.add((s, p, o))
    articles = [g for g in seed_dump.graphs() if (None, RDF.type, GK.Article) in g]
    assert articles, "no article graph in the dump"
    failures = []
    for g in articles:
        data = rdflib.Graph()
        for t in g:
            data.add(t)
        data += reference  # the reference graph types the states and organisations an article links to
        ok, report = validate(data)
        if not ok:
            failures.append(f"{g.identifier}:\n{report[:2000]}")
    assert not failures, "\n".join(failures[:3])


def test_holdings_and_relations_are_there(seed_dump):
    assert len(list(seed_dump.quads((None, RDF.type, GK.PositionHolding, None)))) >= 3
    assert len(list(seed_dump.quads((None, RDF.type, GK.RelationStatement, None)))) >= 1


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java, and there is no `java`")
def test_the_data_is_consistent_with_the_ontology(seed_dump):
    from geokg.ontology.check import check

    data = rdflib.Graph()
    for s, p, o, _ in seed_dump.quads((None, None, None, None)):
        data.add((s, p, o))
    result = check(data)
    assert result.consistent, result.message
