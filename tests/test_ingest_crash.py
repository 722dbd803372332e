"""kill -9 of a running `geokg ingest` at a few moments, then running it again, gives the clean run's store."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from ingest_dump import canonical_dump as dump

STATES = [("Iran", "Tehran", "Hassan Rouhani"), ("Syria", "Damascus", "Bashar al-Assad"),
          ("Russia", "Moscow", "Vladimir Putin"), ("Turkey", "Ankara", "Tayyip Erdogan"),
          ("France", "Paris", "Emmanuel Macron"), ("Egypt", "Cairo", "Abdel Fattah al-Sisi"),
          ("Japan", "Tokyo", "Shinzo Abe"), ("India", "New Delhi", "Narendra Modi")]
MINISTERS = ["Javad Zarif", "Walid al-Moualem", "Sergei Lavrov", "Mevlut Cavusoglu", "Jean-Yves Le Drian",
             "Sameh Shoukry", "Taro Kono", "Sushma Swaraj"]


def articles(n: int) -> list[str]:
    """n short news-like articles, each different, built from a few real names."""
    out = []
    for i in range(n):
        a, b = STATES[i % len(STATES)], STATES[(i * 3 + 1) % len(STATES)]
        minister = MINISTERS[i % len(MINISTERS)]
        text = (f"{a[0]}'s foreign minister {minister} met {b[0]}'s President {b[2]} in {b[1]} on Monday, "
                f"the {i}th visit this year. {a[0]} has provided political and military backing to {b[0]}.\n\n"
                f"{minister} said the two countries would sign a cooperation pact. {a[0]} condemned the sanctions "
                f"imposed by the United States, which it accused of undermining talks.")
        out.append(json.dumps({"id": f"crash-{i:02d}", "text": text, "date": f"2019-03-{i % 28 + 1:02d}",
                               "title": f"{a[0]} and {b[0]}"}))
    return out


def env():
    return {k: v for k, v in os.environ.items() if not k.startswith("GEOKG_")}


def run(*args):
    out = subprocess.run([sys.executable, "-m", "geokg", *map(str, args)], capture_output=True, text=True,
                         timeout=300, env=env())
    assert out.returncode == 0, out.stderr
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    src = tmp / "articles.jsonl"
    src.write_text("\n".join(articles(24)) + "\n", encoding="utf-8")
    clean = tmp / "clean"
    t = time.monotonic()
    run("ingest", src, "--store", clean)
    return src, dump(clean), time.monotonic() - t


def kill_after(src, store, seconds, *extra):
    proc = subprocess.Popen([sys.executable, "-m", "geokg", "ingest", str(src), "--store", str(store), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(), start_new_session=True)
    time.sleep(seconds)
    finished = proc.poll() is not None   # (poll reaps it when it has finished: then there is nothing to kill)
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)   # the ingest process itself, as a crash would
        proc.wait()
    time.sleep(0.3)
    try:   # then whatever it started (worker processes), so nothing is left running
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return finished


@pytest.mark.slow
def test_kill_at_a_few_moments_then_rerun_gives_the_clean_store(corpus, tmp_path):
    src, clean, clean_seconds = corpus
    assert len([q for q in clean if "#Article>" in q]) == 24
    for i, fraction in enumerate((0.3, 0.6, 0.85)):
        store = tmp_path / f"st{i}"
        kill_after(src, store, clean_seconds * fraction)
        if (store / "CURRENT").exists():
            dump(store)   # the killed store opens and reads: no corruption
        run("ingest", src, "--store", store)
        assert dump(store) == clean, f"killed at {fraction:.0%} of a run: the re-run's store differs"


@pytest.mark.slow
def test_killed_twice_and_with_workers(corpus, tmp_path):
    src, clean, clean_seconds = corpus
    store = tmp_path / "st"
    kill_after(src, store, clean_seconds * 0.5, "--workers", "2")
    kill_after(src, store, clean_seconds * 0.7)
    run("ingest", src, "--store", store)
    assert dump(store) == clean
