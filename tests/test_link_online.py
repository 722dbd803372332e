"""The online linker against a tiny local fake of the two Wikidata API calls (never the real service)."""

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geokg.ingest.model import Article, Entity, Evidence, Extraction, Holding
from geokg.ingest.online import LINKS_GRAPH, link_store
from geokg.ingest.rdf import graph_of
from geokg.ingest.reference import ensure_reference
from geokg.ingest.wikidata import WikidataAPI
from geokg.store import open_store

EV = Evidence("A sentence.", 0, 11, 0.9)
PERSON = "https://w3id.org/geokg/resource/person/"
ORG = "https://w3id.org/geokg/resource/org/"


def claims(**props):
    return {p: [{"mainsnak": {"datavalue": {"value": {"id": q}}}} for q in qs] for p, qs in props.items()}


def item(label, description="", **props):
    return {"labels": {"en": {"value": label}}, "descriptions": {"en": {"value": description}}, "aliases": {},
            "claims": claims(**props)}


def hit(qid, label):
    return {"id": qid, "label": label, "match": {"type": "label", "text": label}}


# fake items: Q9001 is Iran's defence minister; Q9002 an Iranian footballer of the same name;
# two John Smiths hold US posts; Q9021 is the armed group, Q9022 a film of the same name
ENTITIES = {
    "Q9001": item("Amir Hatami", "Iranian general", P31=["Q5"], P39=["Q9101"]),
    "Q9101": item("Minister of Defence of Iran", P1001=["Q794"]),
    "Q9002": item("Amir Hatami", "Iranian footballer", P31=["Q5"], P27=["Q794"]),
    "Q9011": item("John Smith", "American diplomat", P31=["Q5"], P39=["Q9111"]),
    "Q9111": item("United States Ambassador", P17=["Q30"]),
    "Q9012": item("John Smith", "American politician", P31=["Q5"], P27=["Q30"], P39=["Q9112"]),
    "Q9112": item("Member of Parliament", P17=["Q145"]),
    "Q9021": item("Hayat Tahrir al-Sham", "Salafi jihadist militant group in Syria", P31=["Q17127659"]),
    "Q9022": item("Hayat Tahrir al-Sham", "2019 documentary film", P31=["Q11424"]),
}
SEARCHES = {
    "Amir Hatami": [hit("Q9001", "Amir Hatami"), hit("Q9002", "Amir Hatami")],
    "John Smith": [hit("Q9011", "John Smith"), hit("Q9012", "John Smith")],
    "Hayat Tahrir al-Sham": [hit("Q9021", "Hayat Tahrir al-Sham"), hit("Q9022", "Hayat Tahrir al-Sham")],
}


class FakeWikidata(BaseHTTPRequestHandler):
    """GET /w/api.php?action=wbsearchentities|wbgetentities, with one 429 and one maxlag answer to start."""

    def do_GET(self):
        srv = self.server
        q = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
        srv.requests.append((q, self.headers.get("User-Agent", "")))
        if not srv.throttled:
            srv.throttled = True
            return self.answer(429, {"error": "too many requests"}, {"Retry-After": "0"})
        if q.get("action") == "wbgetentities" and not srv.lagged:
            srv.lagged = True
            return self.answer(200, {"error": {"code": "maxlag", "info": "Waiting for a replica"}}, {"Retry-After": "0"})
        if q.get("action") == "wbsearchentities":
            return self.answer(200, {"search": SEARCHES.get(q.get("search"), [])})
        if q.get("action") == "wbgetentities":
            ids = q.get("ids", "").split("|")
            return self.answer(200, {"entities": {i: ENTITIES.get(i, {"id": i, "missing": ""}) for i in ids}})
        return self.answer(400, {"error": {"code": "badaction", "info": "unknown"}})

    def answer(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), FakeWikidata)
    srv.requests, srv.throttled, srv.lagged = [], False, False
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv, f"http://127.0.0.1:{srv.server_address[1]}/w/api.php"
    srv.shutdown()
    srv.server_close()


def article_ntriples():
    ents = [Entity("state:IR", "state", "Iran", wikidata="Q794"), Entity("state:US", "state", "United States"),
            Entity("person:amir-hatami", "person", "Amir Hatami"), Entity("person:john-smith", "person", "John Smith"),
            Entity("person:nobody-known", "person", "Nobody Known"),
            Entity("org:hayat-tahrir-al-sham", "org", "Hayat Tahrir al-Sham", org_kind="armed_group"),
            Entity("org:acme-widgets", "org", "Acme Widgets", org_kind="company")]
    holdings = (Holding("person:amir-hatami", "DefenceMinister", "state:IR", "defence minister", EV),
                Holding("person:john-smith", "Ambassador", "state:US", "ambassador", EV))
    x = Extraction(article=Article(id="a1", text="A sentence.", date="2018-08-27"), entities=tuple(ents),
                   holdings=holdings, model="m", extractor="e")
    return graph_of(x)


def fresh_store(location="memory:"):
    store = open_store(location)
    ensure_reference(store)
    graph, nt = article_ntriples()
    store.replace_graphs({graph: nt})
    return store


def sames(store):
    q = f"SELECT ?e ?x WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?e <http://www.w3.org/2002/07/owl#sameAs> ?x }} }}"
    rows = json.loads(store.query(q, media_type="application/sparql-results+json").body)["results"]["bindings"]
    return {r["e"]["value"]: r["x"]["value"] for r in rows}


def test_links_only_with_a_reason_and_records_provenance(fake, tmp_path):
    srv, url = fake
    waits = []
    api = WikidataAPI(str(tmp_path / "cache.sqlite"), api=url, online=True, delay=0.0, sleep=waits.append)
    store = fresh_store()
    report = link_store(store, api, now="2026-11-26T18:00:00+00:00")
    links = sames(store)
    assert links == {f"{PERSON}amir-hatami": "http://www.wikidata.org/entity/Q9001",        # not the footballer
                     f"{ORG}hayat-tahrir-al-sham": "http://www.wikidata.org/entity/Q9021"}  # not the film
    assert f"{PERSON}john-smith" in report.ambiguous          # two namesakes with US posts: no link
    assert f"{PERSON}nobody-known" in report.unmatched and f"{ORG}acme-widgets" in report.unmatched
    # Wikimedia's rules: a descriptive User-Agent with a contact URL, maxlag, and waits as asked
    assert all(ua.startswith("geokg/") and "https://" in ua for _, ua in srv.requests)
    assert all(q.get("maxlag") == "5" for q, _ in srv.requests)
    assert waits.count(0.0) >= 2                              # Retry-After: 0 of the 429 and of the maxlag answer
    # PROV: when and from which API answer
    q = f"""PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?t ?src WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?s rdf:subject <{PERSON}amir-hatami> ; prov:generatedAtTime ?t ;
  prov:wasDerivedFrom ?src }} }}"""
    rows = json.loads(store.query(q, media_type="application/sparql-results+json").body)["results"]["bindings"]
    assert rows[0]["t"]["value"].startswith("2026-11-26T18:00:00")
    assert rows[0]["src"]["value"].startswith(url) and "wbgetentities" in rows[0]["src"]["value"]
    api.close()


def test_a_second_run_is_answered_from_the_cache_offline(fake, tmp_path):
    srv, url = fake
    cache = str(tmp_path / "cache.sqlite")
    first = WikidataAPI(cache, api=url, online=True, delay=0.0, sleep=lambda s: None)
    link_store(fresh_store(), first)
    first.close()
    sent = len(srv.requests)
    offline = WikidataAPI(cache, api=url, online=False)
    store = fresh_store()
    link_store(store, offline)
    assert len(srv.requests) == sent and offline.calls == 0 and offline.misses == 0
    assert set(sames(store).values()) == {"http://www.wikidata.org/entity/Q9001", "http://www.wikidata.org/entity/Q9021"}
    # linked entities are not asked about again
    again = link_store(store, offline)
    assert not again.linked and f"{PERSON}amir-hatami" not in again.unmatched
    offline.close()


def test_the_command_line(fake, tmp_path):
    srv, url = fake
    store_dir = str(tmp_path / "store")
    fresh_store(store_dir).close()
    dead = "http://127.0.0.1:9/w/api.php"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "geokg", "link", "--store", store_dir, "--delay", "0", *args],
                              capture_output=True, text=True, timeout=120)

    out = run("--online", "--cache", str(tmp_path / "c.sqlite"), "--api", url)
    assert out.returncode == 0, out.stderr
    assert "linked 2" in out.stderr and "Q9001" in out.stderr
    # offline with an empty cache: says what is missing, links nothing, no traceback
    out = run("--cache", str(tmp_path / "empty.sqlite"), "--api", dead)
    assert out.returncode == 0 and "linked 0" in out.stderr and "--online" in out.stderr
    assert "Traceback" not in out.stderr
    # online but the API cannot be reached: one line and a hint
    out = run("--online", "--cache", str(tmp_path / "e2.sqlite"), "--api", dead)
    assert out.returncode != 0 and "cannot reach the Wikidata API" in out.stderr and "Traceback" not in out.stderr
