"""What the store knows about one entity: the facts an entity page shows, and its RDF description."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from geokg.namespaces import PREFIXES

from .view import Term, best_label, labels_of, select

GK = PREFIXES["gk"]
PROLOGUE = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
RELATIONS = ("supports", "alliedWith", "opposes", "memberOf")
SAMEAS_TARGETS = (("Wikidata", "http://www.wikidata.org/entity/"),
                  ("GeoNames", "https://sws.geonames.org/"),
                  ("GeoNames", "http://sws.geonames.org/"),
                  ("DBpedia", "http://dbpedia.org/resource/"))
MENTIONS_SHOWN = 100
ROWS_READ = 5000  # per section; the page says so when a section is cut

# what every statement node carries: its sentence and the article it came from
EVIDENCE = """
  OPTIONAL { ?n gk:sentence ?sentence } OPTIONAL { ?n gk:confidence ?confidence }
  OPTIONAL { ?n prov:wasDerivedFrom ?art .
             OPTIONAL { ?art dcterms:title ?artTitle } OPTIONAL { ?art dcterms:date ?artDate }
             OPTIONAL { ?art schema:url ?artUrl } }"""


@dataclass
class Evidence:
    sentence: str | None
    confidence: str | None
    article: str | None
    title: str | None
    date: str | None
    url: str | None
    node: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Fact:
    """One fact (a post, a relation, a meeting) with every sentence that supports it."""

    key: tuple
    parts: dict[str, Term | None]
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EntityView:
    iri: str
    label: str | None
    types: list[Term]
    alt_labels: list[str]
    same_as: list[tuple[str, str]]          # (target name, IRI)
    properties: list[tuple[Term, Term, list[tuple[Term, Term]]]]   # p, o, and a blank node's own properties
    posts_held: list[Fact]
    officials: list[Fact]                   # posts whose jurisdiction is this entity
    relations: list[Fact]
    meetings: list[Fact]
    mentions: list[dict[str, Term]]
    mention_count: int
    incoming: list[tuple[Term, Term]]       # other things pointing here: (subject, predicate)
    is_article: bool
    labels: dict[str, str]
    truncated: list[str] = field(default_factory=list)

    def _reference_members(self, position: str) -> list[Term]:
        """Memberships known only from the reference tables (no sentence), with this entity at `position` (x or y)."""
        other = "y" if position == "x" else "x"
        found = [f.parts[other] for f in self.relations
                 if not f.evidence and f.parts["p"].value == GK + "memberOf" and f.parts[position].value == self.iri]
        return sorted(found, key=lambda t: self.labels.get(t.value, t.value).lower())

    @property
    def member_of(self) -> list[Term]:
        return self._reference_members("x")

    @property
    def members(self) -> list[Term]:
        return self._reference_members("y")

    @property
    def other_relations(self) -> list[Fact]:
        """Relations from the news (with sentences), and any reference relation other than membership."""
        return [f for f in self.relations if f.evidence or f.parts["p"].value != GK + "memberOf"]

    @property
    def officials_by_holder(self) -> list[tuple[Term, list[Fact]]]:
        """The officials, each person once with their posts, the most recently seen first."""
        groups: dict[str, tuple[Term, list[Fact]]] = {}
        for fact in self.officials:  # already newest first
            holder = fact.parts["holder"]
            groups.setdefault(holder.value, (holder, []))[1].append(fact)
        return list(groups.values())


def _evidence(row: dict[str, Term]) -> Evidence:
    def v(name: str) -> str | None:
        return row[name].value if name in row else None
    return Evidence(v("sentence"), v("confidence"), v("art"), v("artTitle"), v("artDate"), v("artUrl"), v("n"),
                    {k: row[k].value for k in ("cue", "cameo", "plover", "observed", "title") if k in row})


def _facts(rows: list[dict[str, Term]], key_vars: tuple[str, ...]) -> list[Fact]:
    """Rows grouped into facts by key_vars, each with its distinct pieces of evidence, newest first."""
    facts: dict[tuple, Fact] = {}
    for row in rows:
        key = tuple(row[k].value if k in row else None for k in key_vars)
        fact = facts.setdefault(key, Fact(key, {k: row.get(k) for k in key_vars}))
        ev = _evidence(row)
        if (ev.sentence or ev.article) and ev not in fact.evidence:
            fact.evidence.append(ev)
    for fact in facts.values():
        fact.evidence.sort(key=lambda ev: (ev.date or "", ev.sentence or ""), reverse=True)
    # newest news first; among equals, the fact with more evidence
    return sorted(facts.values(), key=lambda f: (max((ev.date or "" for ev in f.evidence), default=""),
                                                 len(f.evidence)), reverse=True)


def _holdings(anchor: str) -> list[dict[str, Term]]:
    return select(PROLOGUE + f"""SELECT DISTINCT ?holder ?role ?jur ?n ?title ?observed ?sentence ?confidence
  ?art ?artTitle ?artDate ?artUrl WHERE {{
  {anchor}
  ?n a gk:PositionHolding ; gk:holder ?holder ; gk:role ?role .
  OPTIONAL {{ ?n gk:jurisdiction ?jur }} OPTIONAL {{ ?n gk:title ?title }} OPTIONAL {{ ?n gk:observedOn ?observed }}
  {EVIDENCE}
}} LIMIT {ROWS_READ}""")


def _relations(anchor: str) -> list[dict[str, Term]]:
    values = " ".join(f"gk:{r}" for r in RELATIONS)
    return select(PROLOGUE + f"""SELECT DISTINCT ?x ?p ?y ?n ?cue ?cameo ?plover ?sentence ?confidence
  ?art ?artTitle ?artDate ?artUrl WHERE {{
  VALUES ?p {{ {values} }}
  {anchor}
  OPTIONAL {{ ?n gk:subject ?x ; gk:predicate ?p ; gk:object ?y .
             OPTIONAL {{ ?n gk:cue ?cue }} OPTIONAL {{ ?n gk:cameoCode ?cameo }} OPTIONAL {{ ?n gk:ploverCode ?plover }}
             {EVIDENCE} }}
}} LIMIT {ROWS_READ}""")


def _meetings(anchor: str) -> list[dict[str, Term]]:
    return select(PROLOGUE + f"""SELECT DISTINCT ?n ?other ?loc ?date ?sentence ?confidence
  ?art ?artTitle ?artDate ?artUrl WHERE {{
  {anchor}
  ?n a gk:Meeting ; gk:participant ?other .
  OPTIONAL {{ ?n gk:location ?loc }} OPTIONAL {{ ?n gk:date ?date }}
  {EVIDENCE}
}} LIMIT {ROWS_READ}""")


def _meeting_facts(rows: list[dict[str, Term]]) -> list[Fact]:
    """One fact per meeting node, with all its participants."""
    by_node: dict[str, Fact] = {}
    participants: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        node = row["n"].value
        participants[node].add(row["other"].value)
        fact = by_node.setdefault(node, Fact((node,), {"loc": row.get("loc"), "date": row.get("date")}))
        ev = _evidence(row)
        if (ev.sentence or ev.article) and ev not in fact.evidence:
            fact.evidence.append(ev)
    for node, fact in by_node.items():
        fact.parts["participants"] = [Term("uri", p) for p in sorted(participants[node])]  # type: ignore[assignment]
    return sorted(by_node.values(), key=lambda f: str(f.parts.get("date") or ""), reverse=True)


def describe(iri: str) -> EntityView | None:
    """Everything an entity page shows about iri, or None when the store knows nothing of it."""
    e = f"<{iri}>"
    out = select(PROLOGUE + f"""SELECT DISTINCT ?p ?o ?bp ?bo WHERE {{ {e} ?p ?o .
  OPTIONAL {{ FILTER(isBlank(?o)) ?o ?bp ?bo }} }} LIMIT {ROWS_READ}""")
    incoming = select(PROLOGUE + f"""SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {e} .
  FILTER(?p NOT IN (gk:mentions, gk:holder, gk:jurisdiction, gk:participant, gk:subject, gk:object,
                    gk:location, gk:supports, gk:alliedWith, gk:opposes, gk:memberOf, prov:wasDerivedFrom)) }}
  ORDER BY ?p ?s LIMIT 200""")
    if not out and not incoming and not select(f"SELECT ?s WHERE {{ ?s ?p {e} }} LIMIT 1"):
        return None
    props: dict[tuple[Term, Term], list[tuple[Term, Term]]] = {}
    for row in out:
        nested = props.setdefault((row["p"], row["o"]), [])
        if "bp" in row and (row["bp"], row["bo"]) not in nested:
            nested.append((row["bp"], row["bo"]))
    values = defaultdict(list)
    for (p, o) in props:
        values[p.value].append(o)
    types = values[PREFIXES["rdf"] + "type"]
    is_article = any(t.value == GK + "Article" for t in types)
    rdfs_labels = [t for t in values[PREFIXES["rdfs"] + "label"] if t.kind == "literal"]
    pref = [t for t in values[PREFIXES["skos"] + "prefLabel"] if t.kind == "literal"]
    titles = [t for t in values[PREFIXES["dcterms"] + "title"] if t.kind == "literal"]
    label = best_label(rdfs_labels) or best_label(pref) or best_label(titles)
    alt = sorted({t.value for t in values[PREFIXES["skos"] + "altLabel"] + rdfs_labels + pref} - {label})
    same_as = []
    for o in values[PREFIXES["owl"] + "sameAs"]:
        name = next((n for n, ns in SAMEAS_TARGETS if o.value.startswith(ns)), "other")
        same_as.append((name, o.value))
    same_as.sort()

    truncated = ["statements"] if len(out) >= ROWS_READ else []

    def read(section: str, rows: list[dict[str, Term]]) -> list[dict[str, Term]]:
        if len(rows) >= ROWS_READ:
            truncated.append(section)
        return rows

    holding_key = ("holder", "role", "jur")
    if is_article:
        anchor = f"?n prov:wasDerivedFrom {e} ."
        posts_held = _facts(read("posts", _holdings(anchor)), holding_key)
        officials: list[Fact] = []
        relations = _facts(read("relations", _relations(
            f"?n prov:wasDerivedFrom {e} ; gk:subject ?x ; gk:predicate ?p ; gk:object ?y .")), ("x", "p", "y"))
        meetings = _meeting_facts(read("meetings", _meetings(anchor)))
        mentions, mention_count = [], 0
    else:
        posts_held = _facts(read("posts", _holdings(f"?n gk:holder {e} .")), holding_key)
        officials = _facts(read("officials", _holdings(f"?n gk:jurisdiction {e} .")), holding_key)
        relations = _facts(read("relations", _relations(
            f"{{ {e} ?p ?y . BIND({e} AS ?x) }} UNION {{ ?x ?p {e} . BIND({e} AS ?y) }}")), ("x", "p", "y"))
        meetings = _meeting_facts(read("meetings", _meetings(
            f"{{ ?n gk:participant {e} }} UNION {{ ?n gk:location {e} }}")))
        mentions = select(PROLOGUE + f"""SELECT ?art (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?u) AS ?url)
  (SAMPLE(?src) AS ?source) WHERE {{ ?art gk:mentions {e} .
  OPTIONAL {{ ?art dcterms:title ?t }} OPTIONAL {{ ?art dcterms:date ?d }} OPTIONAL {{ ?art schema:url ?u }}
  OPTIONAL {{ ?art dcterms:source ?src }} }} GROUP BY ?art ORDER BY DESC(?date) ?art LIMIT {MENTIONS_SHOWN}""")
        count = select(PROLOGUE + f"SELECT (COUNT(DISTINCT ?art) AS ?n) WHERE {{ ?art gk:mentions {e} }}")
        mention_count = int(count[0]["n"].value) if count else len(mentions)

    view = EntityView(iri, label, types, alt, same_as,
                      [(p, o, nested) for (p, o), nested in sorted(props.items(), key=lambda kv: (kv[0][0].value, kv[0][1].value))],
                      posts_held, officials, relations, meetings, mentions, mention_count,
                      [(r["s"], r["p"]) for r in incoming], is_article, {}, truncated)
    view.labels = labels_of(_iris(view))
    return view


def _iris(view: EntityView) -> set[str]:
    """Every IRI the page shows, so their labels are read in one go."""
    iris = {t.value for t in view.types}
    iris |= {t.value for p, o, nested in view.properties for t in (p, o, *[x for pair in nested for x in pair]) if t.is_iri}
    for fact in view.posts_held + view.officials + view.relations + view.meetings:
        for part in fact.parts.values():
            for t in (part if isinstance(part, list) else [part]):
                if isinstance(t, Term) and t.is_iri:
                    iris.add(t.value)
    iris |= {t.value for s, p in view.incoming for t in (s, p) if t.is_iri}
    return iris
