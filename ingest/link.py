"""The link stage: states, organisations and cities of an Extraction become the reference entities.

Each entity that is a reference entity takes its reference key (so the IRI is the reference IRI:
"state:IR", "org:nato", "city:112931"), its canonical name (the name written becomes an alias) and
its Wikidata / GeoNames / DBpedia ids. Nothing is linked on a guess: a name several places share
("Georgia", "Jordan", "Chad", "Guinea", "Congo") is linked only when the article gives context for
it, a city name two cities share only when the article names the country, and persons are never
linked offline (`online.py` does that on request, with a source that justifies it).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import reference as ref
from .model import Entity, Extraction

# state names that are also names of other things news mentions (a US state, a river, a person's
# first name, another country): such a state needs context in the article to be linked
AMBIGUOUS_STATE_NAMES = frozenset({"georgia", "jordan", "chad", "guinea", "congo", "niger", "dominica", "dominican",
                                   "congolese", "guinean", "macedonia", "macedonian", "korea", "korean"})
# what makes "Georgia" the US state: the United States or its politics in the article
US_CONTEXT = re.compile(r"\b(Atlanta|Savannah|U\.S\. state|state of Georgia|Gov\.|governor|Senate|Republican|"
                        r"Democrat(ic)?|county|Alabama|Florida|Tennessee|Carolina)\b")


@lru_cache(maxsize=1)
def _org_names() -> dict[str, ref.OrgRecord]:
    """Folded canonical names and aliases -> organisation; a form two organisations share is dropped."""
    index: dict[str, ref.OrgRecord | None] = {}
    for o in ref.organizations():
        for form in {ref.fold(o.name), ref.fold(o.slug.replace("-", " ")), *(ref.fold(a) for a in o.aliases)}:
            index[form] = o if index.get(form, o) is o else None
    return {k: v for k, v in index.items() if v is not None}


def find_org(*names: str) -> ref.OrgRecord | None:
    """The reference organisation one of these names (or entity-key slugs) means, or None."""
    table = _org_names()
    for n in names:
        hit = table.get(ref.fold(n.replace("-", " ")))
        if hit:
            return hit
    return None


def _has_context(s: ref.StateRecord, e: Entity, text: str, states: set[str]) -> bool:
    """Whether the article makes an ambiguous state name mean this state."""
    forms = [e.name, *e.aliases]
    if any(ref.fold(f) not in AMBIGUOUS_STATE_NAMES for f in forms):
        return True   # "Republic of the Congo", "DRC": the form itself decides
    cues = {*s.capitals, *(d for d in s.demonyms if ref.fold(d) not in AMBIGUOUS_STATE_NAMES),
            *(a for a in s.aliases if ref.fold(a) not in AMBIGUOUS_STATE_NAMES)}
    if states & set(s.neighbours) or any(re.search(rf"\b{re.escape(c)}\b", text) for c in cues if c):
        return True   # Georgia beside Russia, Jordan beside Syria; Tbilisi, N'Djamena
    if s.iso2 == "GE":   # the US state is the other Georgia: signs of American state politics leave it open
        return not US_CONTEXT.search(text)
    # a state of the same part of the world (Turkey for Jordan, Nigeria for Chad)
    return any((o := ref.state(iso)) is not None and o.region == s.region for iso in states)


def _state(e: Entity, ctx: _Context) -> Entity:
    s = ref.state(e.key.partition(":")[2])
    if s is None:
        return e
    if not _has_context(s, e, ctx.text, ctx.states - {s.iso2}):
        # the state's IRI is its link (the reference graph says gkr:state/GE owl:sameAs wd:Q230), so
        # "no link" means "not that state": an unlinked place, and facts that needed an actor dropped
        ctx.notes.append(f"{e.key}: '{e.name}' is not taken for the state, the article gives no context for it")
        ctx.not_actors.add(f"place:{ref.slug(e.name)}")
        return Entity(key=f"place:{ref.slug(e.name)}", kind="place", name=e.name, aliases=e.aliases)
    return _as(e, s.key, s.name, wikidata=s.wikidata, geonames=s.geonames, dbpedia=s.dbpedia)


def _org(e: Entity) -> Entity:
    o = find_org(e.key.partition(":")[2], e.name)
    if o is None:
        return e
    return dataclasses.replace(_as(e, o.key, o.name, wikidata=o.wikidata, dbpedia=o.dbpedia), org_kind=o.kind)


def _city(key: str, e: Entity | None, ctx: _Context) -> Entity | None:
    name = e.name if e else key.partition(":")[2].replace("-", " ")
    hits = ref.cities_named(name)
    if not hits and e is None:
        return None
    local = [c for c in hits if c.country in ctx.states]
    if local:   # the article's states decide; two of them with a city of that name leave it open
        city = local[0] if len({c.country for c in local}) == 1 else None
    else:       # a "place" (region or city) needs the article's states; a city may stand on its name alone
        city = ref.city_by_name(name) if (e is None or e.kind == "city") else None
    if city is None:
        return e
    if e is None:
        return Entity(key=city.key, kind="city", name=city.name, geonames=city.geonames)
    return dataclasses.replace(_as(e, city.key, city.name, geonames=city.geonames), kind="city")


def _as(e: Entity, key: str, name: str, **ids) -> Entity:
    """The entity under its reference key and name, the name it had kept as an alias."""
    aliases = tuple(sorted({*e.aliases, e.name} - {name}))
    return dataclasses.replace(e, key=key, name=name, aliases=aliases, **ids)


@dataclasses.dataclass
class _Context:
    text: str
    states: set[str]
    notes: list[str]
    not_actors: set[str] = dataclasses.field(default_factory=set)   # keys that stopped being actors


def link(extraction: Extraction) -> Extraction:
    """The extraction with its states, organisations and cities as reference entities, where there is one."""
    ctx = _Context(extraction.article.text,
                   {e.key[6:] for e in extraction.entities if e.key.startswith("state:")}, [])
    renamed: dict[str, str] = {}
    linked: dict[str, Entity] = {}
    for e in extraction.entities:
        new = e
        if e.kind == "state" and e.key.startswith("state:"):
            new = _state(e, ctx)
        elif e.kind == "org":
            new = _org(e)
        elif e.kind in ("city", "place"):
            new = _city(e.key, e, ctx) or e
        renamed[e.key] = new.key
        linked[new.key] = _merge(linked[new.key], new) if new.key in linked else new
    for key in _place_keys(extraction):
        if key not in renamed and key.startswith(("city:", "place:")):
            city = _city(key, None, ctx)
            if city is not None:
                renamed[key] = city.key
                linked[city.key] = _merge(linked[city.key], city) if city.key in linked else city
    if all(k == v for k, v in renamed.items()) and linked == {e.key: e for e in extraction.entities} \
            and not ctx.notes:
        return extraction

    def k(key: str | None) -> str | None:
        return renamed.get(key, key) if key else key

    def actor(key: str | None) -> str | None:
        key = k(key)
        return None if key in ctx.not_actors else key

    notes = dict(extraction.notes)
    if ctx.notes:
        notes["link"] = tuple(ctx.notes)
    relations = [dataclasses.replace(r, source=k(r.source), target=k(r.target)) for r in extraction.relations]
    meetings = [dataclasses.replace(m, participants=tuple(k(p) for p in m.participants), place=k(m.place))
                for m in extraction.meetings]
    members = [dataclasses.replace(m, member=k(m.member), group=k(m.group)) for m in extraction.memberships]
    return dataclasses.replace(
        extraction,
        entities=tuple(sorted(linked.values(), key=lambda e: e.key)),
        holdings=tuple(dataclasses.replace(h, person=k(h.person), jurisdiction=actor(h.jurisdiction))
                       for h in extraction.holdings),
        relations=tuple(r for r in relations if not {r.source, r.target} & ctx.not_actors),
        meetings=tuple(m for m in meetings if not set(m.participants) & ctx.not_actors),
        memberships=tuple(m for m in members if not {m.member, m.group} & ctx.not_actors),
        notes=notes)


def _place_keys(extraction: Extraction) -> list[str]:
    """Keys of places facts name that the entity list may lack (a meeting's city)."""
    return [m.place for m in extraction.meetings if m.place]


def _merge(a: Entity, b: Entity) -> Entity:
    """Two entities that turned out to be one reference entity: one entity with both sets of names."""
    return dataclasses.replace(a, aliases=tuple(sorted(set(a.aliases) | set(b.aliases) | {b.name} - {a.name})))
