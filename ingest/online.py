"""`geokg link [--online]`: persons and organisations without a Wikidata link, linked through the Wikidata API.

A link needs a reason, not only a name: a person must be a human (P31 Q5) holding a position (P39)
of the jurisdiction the store gives them (the position's P1001 / P17 / P361 / P2389), or a citizen
(P27) of it who holds some position; an organisation must be of the kind the store gives it (its
P31 classes or its description). Exactly one candidate must pass: two is no link.

Links go to their own named graph (LINKS_GRAPH), each with a PROV record of when it was made and
which API answer justified it. Answers are cached (wikidata.py); without --online only the cache
is used, so a run can be repeated offline.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import click
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from .. import __version__
from ..namespaces import GK, GRAPH, RESOURCE, WD
from ..settings import Settings
from .rdf import iri, literal
from .reference import ensure_reference, fold
from .wikidata import API, WikidataAPI, claim_ids, english_names

LINKS_GRAPH = str(GRAPH["links"])
AGENT = f"{RESOURCE}agent/geokg-{__version__}"
HUMAN = "Q5"
POSITION_LINKS = ("P1001", "P17", "P361", "P2389")   # applies to jurisdiction, country, part of, organisation directed
KINDS = {str(GK.InternationalOrganization): "igo", str(GK.Alliance): "alliance", str(GK.ArmedGroup): "armed_group",
         str(GK.PoliticalParty): "party", str(GK.GovernmentBody): "government_body", str(GK.Company): "company"}
# Wikidata classes (P31) and description words that fit each kind of organisation
KIND_CLASSES = {
    "igo": {"Q484652", "Q245065", "Q1335818"},                      # international / intergovernmental org.
    "alliance": {"Q1127126", "Q245065", "Q484652"},                # military alliance
    "armed_group": {"Q17127659", "Q176799"},                        # terrorist organisation, military unit
    "party": {"Q7278"},                                             # political party
    "government_body": {"Q327333", "Q2659904", "Q192350"},          # government agency / organisation, ministry
    "company": {"Q4830453", "Q783794", "Q891723", "Q6881511"},      # business, company, public company, enterprise
}
KIND_WORDS = {
    "igo": ("international organization", "international organisation", "intergovernmental", "united nations"),
    "alliance": ("alliance", "treaty organization", "military pact"),
    "armed_group": ("militant", "armed group", "terrorist", "rebel", "insurgent", "jihadist", "paramilitary",
                    "militia", "guerrilla"),
    "party": ("political party",),
    "government_body": ("agency", "department", "ministry", "government", "intelligence service", "parliament",
                        "legislature"),
    "company": ("company", "corporation", "manufacturer", "conglomerate", "business"),
}
SPARQL_JSON = "application/sparql-results+json"
DEFAULT_CACHE = "geokg-wikidata.sqlite"


@dataclass
class Report:
    """What a run did."""

    linked: list[tuple[str, str, str, str]] = field(default_factory=list)    # (entity, QID, why, source URL)
    ambiguous: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


def _rows(store, q: str) -> list[dict]:
    body = json.loads(store.query(q, media_type=SPARQL_JSON).body)
    return [{k: v["value"] for k, v in b.items()} for b in body["results"]["bindings"]]


def unlinked(store) -> tuple[list[dict], list[dict]]:
    """Persons (with the QIDs of their posts' jurisdictions) and organisations (with their kind) lacking a QID."""
    no_qid = f'FILTER NOT EXISTS {{ ?e <{OWL.sameAs}> ?x FILTER(STRSTARTS(STR(?x), "{WD}")) }}'
    persons = _rows(store, f"""SELECT ?e (SAMPLE(?l) AS ?name) (GROUP_CONCAT(DISTINCT STR(?jq); separator=" ") AS ?js)
WHERE {{ ?e a <{GK.Person}> ; <{RDFS.label}> ?l . {no_qid}
  OPTIONAL {{ ?h <{GK.holder}> ?e ; <{GK.jurisdiction}> ?j . ?j <{OWL.sameAs}> ?jq FILTER(STRSTARTS(STR(?jq), "{WD}")) }}
}} GROUP BY ?e ORDER BY ?e""")
    orgs = _rows(store, f"""SELECT ?e (SAMPLE(?l) AS ?name) (SAMPLE(?c) AS ?cls) WHERE {{
  ?e a ?c ; <{RDFS.label}> ?l . {no_qid}
  VALUES ?c {{ <{GK.Organization}> {' '.join(f'<{c}>' for c in KINDS)} }}
}} GROUP BY ?e ORDER BY ?e""")
    return persons, orgs


def _named(hits: list[dict], name: str) -> list[str]:
    """Search hits whose label or matched alias is the name itself (not a longer or other name)."""
    want = fold(name)
    return [h["id"] for h in hits if want in {fold(h.get("label", "")), fold(h.get("match", {}).get("text", ""))}]


def match_person(api: WikidataAPI, name: str, jurisdictions: set[str]) -> tuple[str, str, str] | str | None:
    """(QID, why, source URL) of the one human fitting the name and jurisdiction; "ambiguous"; or None."""
    if not jurisdictions:
        return None   # nothing to check a namesake against
    hits, _ = api.search(name)
    cands = api.entities(_named(hits, name))
    humans = {q: e for q, (e, _) in cands.items() if HUMAN in claim_ids(e, "P31") and fold(name) in
              {fold(n) for n in english_names(e)}}
    positions = api.entities({p for e in humans.values() for p in claim_ids(e, "P39")})
    passed = []
    for q, e in humans.items():
        held = [p for p in claim_ids(e, "P39") if p in positions and
                jurisdictions & set().union(*(claim_ids(positions[p][0], k) for k in POSITION_LINKS))]
        if held:
            passed.append((q, f"human holding position {held[0]} of {'/'.join(sorted(jurisdictions))}"))
        elif claim_ids(e, "P27") & jurisdictions and claim_ids(e, "P39"):
            passed.append((q, f"human, citizen of {'/'.join(sorted(jurisdictions & claim_ids(e, 'P27')))}, "
                              "holding a position"))
    return _one(passed, cands)


def match_org(api: WikidataAPI, name: str, kind: str | None) -> tuple[str, str, str] | str | None:
    """(QID, why, source URL) of the one organisation of this kind with this name; "ambiguous"; or None."""
    hits, _ = api.search(name)
    cands = api.entities(_named(hits, name))
    kinds = [kind] if kind in KIND_CLASSES else list(KIND_CLASSES)
    passed = []
    for q, (e, _) in cands.items():
        if fold(name) not in {fold(n) for n in english_names(e)}:
            continue
        desc = e.get("descriptions", {}).get("en", {}).get("value", "").lower()
        for k in kinds:
            classes = claim_ids(e, "P31") & KIND_CLASSES[k]
            if classes:
                passed.append((q, f"{k}: instance of {sorted(classes)[0]}"))
                break
            word = next((w for w in KIND_WORDS[k] if re.search(rf"\b{w}", desc)), None)
            if word and kind is not None:   # descriptions decide only when the store knows the kind
                passed.append((q, f"{k}: described as '{desc}'"))
                break
    return _one(passed, cands)


def _one(passed: list[tuple[str, str]], cands: dict) -> tuple[str, str, str] | str | None:
    if len(passed) > 1:
        return "ambiguous"
    if not passed:
        return None
    q, why = passed[0]
    return q, why, cands[q][1]


def link_store(store, api: WikidataAPI, now: str | None = None) -> Report:
    """Link what lacks a QID, and add the links with their provenance to LINKS_GRAPH."""
    now = now or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    report = Report()
    persons, orgs = unlinked(store)
    for p in persons:
        js = {j.removeprefix(str(WD)) for j in p.get("js", "").split()}
        _record(report, p["e"], match_person(api, p["name"], js))
    for o in orgs:
        _record(report, o["e"], match_org(api, o["name"], KINDS.get(o["cls"])))
    if report.linked:
        old = io.BytesIO()
        if LINKS_GRAPH in store.graphs():
            store.dump(old, format="ntriples", graph=LINKS_GRAPH)
        lines = set(old.getvalue().decode("utf-8").splitlines(keepends=True))
        lines |= {line for e, q, why, url in report.linked for line in _link_lines(e, q, why, url, now)}
        store.replace_graphs({LINKS_GRAPH: "".join(sorted(lines))})
    return report


def _record(report: Report, entity: str, got) -> None:
    if got == "ambiguous":
        report.ambiguous.append(entity)
    elif got is None:
        report.unmatched.append(entity)
    else:
        report.linked.append((entity, *got))


def _link_lines(entity: str, qid: str, why: str, url: str, now: str) -> list[str]:
    e, target = iri(entity), iri(f"{WD}{qid}")
    st = iri(f"{RESOURCE}link/{hashlib.sha1(f'{entity} {qid}'.encode()).hexdigest()[:16]}")
    triples = [(e, OWL.sameAs, target), (st, RDF.type, iri(str(RDF.Statement))), (st, RDF.type, iri(str(PROV.Entity))),
               (st, RDF.subject, e), (st, RDF.predicate, iri(str(OWL.sameAs))), (st, RDF.object, target),
               (st, PROV.generatedAtTime, literal(now, datatype=str(XSD.dateTime))),
               (st, PROV.wasDerivedFrom, iri(url)), (st, DCTERMS.source, iri(API if "wikidata.org" in url else url)),
               (st, PROV.wasAttributedTo, iri(AGENT)), (st, RDFS.comment, literal(why, "en"))]
    return [f"{s} {p if p.startswith('<') else iri(str(p))} {o} .\n" for s, p, o in triples]


def main(settings: Settings, online: bool, cache: str | None, api_url: str, delay: float = 1.0) -> int:
    """The `geokg link` command; the exit status."""
    from ..store import open_store

    cache = cache or DEFAULT_CACHE
    with open_store(settings) as store:
        ensure_reference(store)
        api = WikidataAPI(cache, api=api_url, online=online, delay=delay)
        try:
            report = link_store(store, api)
        finally:
            api.close()
    click.echo(f"linked {len(report.linked)}, ambiguous {len(report.ambiguous)}, no match {len(report.unmatched)}"
               f" ({api.calls} API calls, cache {cache})", err=True)
    for e, q, why, _ in report.linked:
        click.echo(f"  {e} -> {q} ({why})", err=True)
    if not online and api.misses:
        click.echo(f"{api.misses} answers were not in the cache; run with --online to ask Wikidata", err=True)
    return 0
