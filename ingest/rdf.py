"""Extraction -> the N-Triples text of the article's named graph, exactly as CONTRACT.md says.

The only ingest module that names ontology terms. IRIs are minted deterministically (slugs, ISO
codes, sha1 of the fact's parts) and the lines are sorted, so the same article always gives the
same bytes and re-ingesting it changes nothing. Lines are written directly rather than through an
rdflib Graph: this runs once per article and must cost next to nothing beside spaCy.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from datetime import date as Date

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .. import __version__
from ..namespaces import DBR, GEONAMES, GK, RESOURCE, SCHEMA, WD
from .model import Entity, Evidence, Extraction
from .reference import slug  # one slug for every minted IRI, so the reference's IRIs and ingest's agree

AGENT = f"{RESOURCE}agent/geokg-{__version__}"
EXTRACTOR = f"geokg-{__version__}"

ENTITY_CLASS = {"state": GK.State, "person": GK.Person, "city": GK.City, "place": GK.Place, "org": GK.Organization}
ORG_CLASS = {"igo": GK.InternationalOrganization, "alliance": GK.Alliance, "armed_group": GK.ArmedGroup,
             "party": GK.PoliticalParty, "government_body": GK.GovernmentBody, "company": GK.Company}
RELATIONS = {"supports": GK.supports, "alliedWith": GK.alliedWith, "opposes": GK.opposes}
ROLES = {"HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister", "Minister", "Ambassador",
         "MilitaryOfficer", "Legislator", "Official"}

# characters an IRI may not hold as they are (RFC 3987 / N-Triples IRIREF); percent-encoded instead
IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:.+")
CAMEO_CODE = re.compile(r"[0-9]{2,4}")
PLOVER_CODE = re.compile(r"[A-Z_]+")
LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def short_hash(*parts: object) -> str:
    """The first 16 hex digits of sha1 over the parts (joined by a separator no part holds)."""
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def article_iri(article_id: str) -> str:
    """gkr:article/<slug of the id>; a hash is added where slugging loses something, so ids never collide."""
    s = slug(article_id)
    if s != article_id:
        s = f"{s}-{short_hash(article_id)[:8]}" if s else short_hash(article_id)
    return f"{RESOURCE}article/{s}"


def entity_iri(key: str, geonames: str | None = None) -> str:
    """The IRI of an entity key ("state:IR", "org:NATO", "person:bashar-al-assad", "city:damascus")."""
    kind, _, name = key.partition(":")
    if kind == "state":
        return f"{RESOURCE}state/{slug(name).upper()}"
    if kind == "city":
        gid = geonames or (name if name.isdigit() else None)
        return f"{RESOURCE}city/{gid}" if gid else f"{RESOURCE}place/{slug(name)}"
    if kind == "org":
        return f"{RESOURCE}org/{slug(name)}"
    if kind == "person":
        return f"{RESOURCE}person/{slug(name)}"
    return f"{RESOURCE}place/{slug(name)}"


def iri(value: str) -> str:
    """An IRI as an N-Triples term, with the characters IRIs may not hold percent-encoded."""
    return "<" + IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value) + ">"


def literal(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal as an N-Triples term."""
    text = '"' + value.translate(LITERAL_ESCAPES) + '"'
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^<{datatype}>" if datatype else text


def valid_date(value: str | None) -> str | None:
    """The date if it is a real YYYY-MM-DD, else None."""
    if not value:
        return None
    try:
        return Date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def decimal(value: float) -> str:
    """An xsd:decimal literal in [0, 1] with at most three digits after the point."""
    value = value if math.isfinite(value) else 0.0
    text = f"{min(max(value, 0.0), 1.0):.3f}".rstrip("0")
    return literal(text + "0" if text.endswith(".") else text, datatype=str(XSD.decimal))


def integer(value: int) -> str:
    return literal(str(int(value)), datatype=str(XSD.integer))


def date_literal(value: str) -> str:
    return literal(value, datatype=str(XSD.date))


def graph_of(extraction: Extraction) -> tuple[str, str]:
    """(the article graph's IRI, its N-Triples text: sorted lines, each ending with a newline)."""
    return article_iri(extraction.article.id), to_ntriples(extraction)


def to_ntriples(extraction: Extraction) -> str:
    """The N-Triples text of everything the article says, per CONTRACT.md."""
    lines: set[str] = set()
    add = lambda s, p, o: lines.add(f"{s} {iri(str(p))} {o} .")  # noqa: E731
    art = extraction.article
    a = iri(article_iri(art.id))
    date = valid_date(art.date)
    model = extraction.model or "unknown"
    extractor = extraction.extractor or EXTRACTOR
    run = iri(f"{RESOURCE}run/{short_hash(art.id, extractor, model)}")

    add(a, RDF.type, iri(str(GK.Article)))
    add(a, DCTERMS.identifier, literal(art.id))
    if art.title:
        add(a, DCTERMS.title, literal(art.title))
    if date:
        add(a, DCTERMS.date, date_literal(date))
    if art.source:
        add(a, DCTERMS.source, literal(art.source))
    if art.url and ABSOLUTE_IRI.fullmatch(art.url.strip()):
        add(a, SCHEMA.url, iri(art.url.strip()))

    add(run, RDF.type, iri(str(PROV.Activity)))
    add(run, PROV.used, a)
    add(run, PROV.wasAssociatedWith, iri(AGENT))
    add(run, GK.model, literal(model))
    add(iri(AGENT), RDF.type, iri(str(PROV.SoftwareAgent)))
    add(iri(AGENT), RDFS.label, literal(f"geokg {__version__}"))

    entities = {e.key: e for e in extraction.entities}
    ids = {key: iri(entity_iri(key, e.geonames)) for key, e in entities.items()}

    def node(key: str) -> str:
        if key not in ids:   # a fact about an entity extract did not list: described from its key
            ids[key] = iri(entity_iri(key))
            kind, _, name = key.partition(":")
            label = name.replace("-", " ").title() if kind == "person" else name
            _describe(add, ids[key], Entity(key=key, kind=kind, name=label))
            add(a, GK.mentions, ids[key])
        return ids[key]

    for e in entities.values():
        _describe(add, node(e.key), e)
        add(a, GK.mentions, node(e.key))

    def evidence(s: str, ev: Evidence) -> None:
        sentence, start, end = ev.sentence, ev.start, ev.end
        if len(sentence) == end - start:   # trim the paragraph break a sentence span may end with
            stripped = sentence.strip()
            start += len(sentence) - len(sentence.lstrip())
            sentence, end = stripped, start + len(stripped)
        add(s, GK.sentence, literal(sentence))
        add(s, GK.startOffset, integer(start))
        add(s, GK.endOffset, integer(end))
        add(s, GK.confidence, decimal(ev.confidence))
        add(s, PROV.wasDerivedFrom, a)
        add(s, PROV.wasGeneratedBy, run)

    for h in _best(extraction.holdings, lambda h: (h.person, h.role, h.jurisdiction)):
        s = iri(f"{RESOURCE}holding/{short_hash(art.id, 'holding', h.person, h.role, h.jurisdiction)}")
        add(s, RDF.type, iri(str(GK.PositionHolding)))
        add(s, GK.holder, node(h.person))
        add(s, GK.role, iri(str(GK[h.role] if h.role in ROLES else GK.Official)))
        if h.jurisdiction:
            add(s, GK.jurisdiction, node(h.jurisdiction))
        if h.title:
            add(s, GK.title, literal(h.title))
        if date:
            add(s, GK.observedOn, date_literal(date))
        evidence(s, h.evidence)

    relations = [r for r in extraction.relations if r.rel in RELATIONS and r.source != r.target]
    for r in _best(relations, lambda r: (r.rel, *((sorted((r.source, r.target))) if r.rel == "alliedWith"
                                                  else (r.source, r.target)))):
        p = RELATIONS[r.rel]
        add(node(r.source), p, node(r.target))
        s = iri(f"{RESOURCE}statement/{short_hash(art.id, r.rel, r.source, r.target)}")
        _statement(add, s, node(r.source), p, node(r.target))
        if r.evidence.cue:
            add(s, GK.cue, literal(r.evidence.cue))
        if r.cameo and CAMEO_CODE.fullmatch(r.cameo):
            add(s, GK.cameoCode, literal(r.cameo))
        if r.plover and PLOVER_CODE.fullmatch(r.plover):
            add(s, GK.ploverCode, literal(r.plover))
        evidence(s, r.evidence)

    for ms in _best([m for m in extraction.memberships if m.member != m.group], lambda m: (m.member, m.group)):
        add(node(ms.member), GK.memberOf, node(ms.group))
        s = iri(f"{RESOURCE}statement/{short_hash(art.id, 'memberOf', ms.member, ms.group)}")
        _statement(add, s, node(ms.member), GK.memberOf, node(ms.group))
        if ms.evidence.cue:
            add(s, GK.cue, literal(ms.evidence.cue))
        evidence(s, ms.evidence)

    for mt in _best(extraction.meetings, lambda m: (tuple(sorted(set(m.participants))), m.place, valid_date(m.date))):
        parts = sorted(set(mt.participants))
        if len(parts) < 2:   # a meeting takes two; the shapes say so
            continue
        s = iri(f"{RESOURCE}meeting/{short_hash(art.id, 'meeting', *parts, mt.place, valid_date(mt.date))}")
        add(s, RDF.type, iri(str(GK.Meeting)))
        for p in parts:
            add(s, GK.participant, node(p))
        if mt.place:
            add(s, GK.location, node(mt.place))
        if valid_date(mt.date):
            add(s, GK.date, date_literal(valid_date(mt.date)))
        evidence(s, mt.evidence)

    return "".join(line + "\n" for line in sorted(lines))


def _describe(add, e_iri: str, e: Entity) -> None:
    cls = ORG_CLASS.get(e.org_kind or "", GK.Organization) if e.kind == "org" else ENTITY_CLASS.get(e.kind, GK.Place)
    add(e_iri, RDF.type, iri(str(cls)))
    add(e_iri, RDFS.label, literal(e.name, lang="en"))
    for alias in e.aliases:
        if alias and alias != e.name:
            add(e_iri, SKOS.altLabel, literal(alias, lang="en"))
    for link in _links(e):
        add(e_iri, OWL.sameAs, iri(link))


def _links(e: Entity) -> Iterable[str]:
    if e.wikidata:
        yield e.wikidata if e.wikidata.startswith("http") else f"{WD}{e.wikidata}"
    if e.geonames:
        yield e.geonames if e.geonames.startswith("http") else f"{GEONAMES}{e.geonames}/"
    if e.dbpedia:
        yield e.dbpedia if e.dbpedia.startswith("http") else f"{DBR}{e.dbpedia.replace(' ', '_')}"


def _statement(add, s: str, subject: str, predicate, obj: str) -> None:
    add(s, RDF.type, iri(str(GK.RelationStatement)))
    add(s, GK.subject, subject)
    add(s, GK.predicate, iri(str(predicate)))
    add(s, GK.object, obj)


def _best(facts: Iterable, key) -> list:
    """One fact per key: the one with the surest evidence (then the first in the text)."""
    best: dict = {}
    for f in facts:
        k = key(f)
        rank = (-f.evidence.confidence, f.evidence.start, f.evidence.end)
        if k not in best or rank < best[k][0]:
            best[k] = (rank, f)
    return [f for _, f in best.values()]
