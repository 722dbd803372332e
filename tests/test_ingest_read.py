"""The readers: each input format, each kind of bad input, and any bytes in -> an Article or a BadItem."""

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geokg.ingest.model import Article, BadItem
from geokg.ingest.read import count_articles, iter_articles, read_html, read_jsonl, read_txt

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "articles" / "iran-syria-2018-08-27.txt"

PAGE = b"""<!DOCTYPE html><html><head><title>Iran and Syria sign military pact | Example News</title>
<meta name="date" content="2018-08-27"></head><body><nav>Home | World | Business</nav>
<article><h1>Iran and Syria sign military pact</h1>
<p>Iran's defence minister Amir Hatami met his Syrian counterpart Abdullah Ayoub in Damascus on Sunday.</p>
<p>Tehran has provided steady political, financial and military backing to President Bashar al-Assad.</p>
<p>The two ministers signed an agreement on military cooperation, Iranian state media reported.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def read(paths, stdin=None):
    return list(iter_articles([str(p) for p in paths], stdin=stdin))


def only(items):
    assert len(items) == 1, items
    return items[0]


def jsonl(tmp_path, *lines, name="a.jsonl"):
    p = tmp_path / name
    p.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return p


# -- formats -------------------------------------------------------------------------------------

def test_seed_txt_date_prefix_on_the_first_line_is_stripped():
    a = only(read([SEED]))
    assert isinstance(a, Article)
    assert a.id == "iran-syria-2018-08-27"
    assert a.date == "2018-08-27"
    assert a.text.startswith("Iran\u2019s top defence official met")
    assert "date 2018" not in a.text
    assert a.origin == str(SEED)


def test_seed_txt_text_matches_the_gold_text():
    gold = SHARED / "eval" / "seed_gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared is absent")
    g = json.loads(gold.read_text(encoding="utf-8"))
    a = only(read([SEED]))
    # offsets of the evidence refer to this text: the .txt and the gold line must agree
    assert a.text.rstrip() == g["text"].rstrip()


def test_txt_without_date(tmp_path):
    p = tmp_path / "plain-article.txt"
    p.write_text("NATO met in Brussels.\nIt was a long day.", encoding="utf-8")
    a = only(read([p]))
    assert (a.id, a.date, a.text) == ("plain-article", None, "NATO met in Brussels.\nIt was a long day.")


def test_txt_date_on_its_own_line(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("date 2020-02-29\nThe text.", encoding="utf-8")
    a = only(read([p]))
    assert (a.date, a.text) == ("2020-02-29", "The text.")


def test_txt_opening_with_the_word_date(tmp_path):
    p = tmp_path / "palms.txt"
    p.write_text("date palms grow in Iraq.", encoding="utf-8")
    a = only(read([p]))
    assert (a.date, a.text) == (None, "date palms grow in Iraq.")


def test_txt_with_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffdate 2018-01-02 Text here.".encode("utf-8"))
    a = only(read([p]))
    assert (a.date, a.text) == ("2018-01-02", "Text here.")


def test_jsonl_fields_and_other_keys_ignored(tmp_path):
    p = jsonl(tmp_path, json.dumps({"id": "a1", "text": "Some text.", "title": "T", "date": "2019-05-06",
                                    "url": "https://example.org/a1", "source": "Reuters", "states": [1, 2]}),
              "", json.dumps({"id": 7, "text": "Number id.", "title": None}))
    a, b = read([p])
    assert a == Article(id="a1", text="Some text.", title="T", date="2019-05-06", url="https://example.org/a1",
                        source="Reuters", origin=f"{p}:1")
    assert (b.id, b.title, b.origin) == ("7", None, f"{p}:3")


def test_jsonl_iso_datetime_is_a_date(tmp_path):
    a = only(read([jsonl(tmp_path, json.dumps({"id": "x", "text": "t", "date": "2018-08-27T10:11:12Z"}))]))
    assert a.date == "2018-08-27"


STORY = ("Norway's army shelled positions of the Blue Brigade on Monday, the ministry said. The brigade denied it. "
         "Analysts said the fighting would go on through the winter, and that talks had stalled again. ")


@pytest.mark.parametrize("furniture", ["Related News Sweden's vote | Finland elects a president | Chile's new budget",
                                       "Source Example Agency Related Stories Peru's premier resigns",
                                       "Follow us on Instagram. Subscribe to our channel."])
def test_page_furniture_after_the_story_is_left_out(tmp_path, furniture):
    """Links to other stories and calls to follow a site, kept by a scraper after the story, are no part of it: the
    text read is the story, a prefix of the text given, so offsets hold for both."""
    text = STORY + furniture
    got = only(read([jsonl(tmp_path, json.dumps({"id": "a1", "text": text}))]))
    assert got.text == STORY.rstrip()
    assert text.startswith(got.text)


def test_words_of_furniture_inside_the_story_are_read(tmp_path):
    """Before the text's second half, or not after a sentence's end, such words are the story's own."""
    early = "Related News outlets reported the strike. " + STORY
    inner = STORY + STORY + "A blog called Related News Daily, run from Oslo, said so. " + STORY
    for text in (early, inner):
        assert only(read([jsonl(tmp_path, json.dumps({"id": "a1", "text": text}))])).text == text


def test_gold_files_are_valid_input():
    golds = [SHARED / "eval" / "seed_gold.jsonl", SHARED / "eval" / "news_dev_gold.jsonl"]
    if not all(g.exists() for g in golds):
        pytest.skip("../shared is absent")
    items = read(golds)
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, BadItem)]
    assert len(items) == 43


def test_html_main_text_title_and_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(PAGE)
    a = only(read([p]))
    assert isinstance(a, Article), a
    assert a.id == "page"
    assert "Amir Hatami met his Syrian counterpart" in a.text
    assert "Copyright" not in a.text and "Business" not in a.text
    assert a.title == "Iran and Syria sign military pact"
    assert a.date == "2018-08-27"


def test_directory_recursive_other_files_reported(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text("B text.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A text.", encoding="utf-8")
    jsonl(tmp_path / "sub" / "deeper", json.dumps({"id": "j1", "text": "J text."}), name="c.jsonl")
    (tmp_path / "sub" / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "sub" / "pic.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items = read([tmp_path])
    arts = sorted(i.id for i in items if isinstance(i, Article))
    bad = {Path(i.where).name: i.reason for i in items if isinstance(i, BadItem)}
    assert arts == ["a", "b", "j1"]
    assert set(bad) == {"notes.md", "pic.png"}
    assert all("skipped" in r for r in bad.values())
    assert count_articles([str(tmp_path)]) >= 3


def test_stdin_json_lines():
    stdin = io.BytesIO(b'{"id": "s1", "text": "From stdin."}\nnot json\n')
    a, bad = read(["-"], stdin=stdin)
    assert (a.id, a.origin) == ("s1", "<stdin>:1")
    assert isinstance(bad, BadItem) and bad.where == "<stdin>:2"
    assert count_articles(["-"]) is None


# -- bad input, one by one -----------------------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    (b'{"id": "x", "text": "unterminated', "not valid JSON"),
    (b'["a", "list"]', "not an object"),
    (b'{"text": "no id"}', "missing id"),
    (b'{"id": "", "text": "empty id"}', "missing id"),
    (b'{"id": true, "text": "bool id"}', "missing id"),
    (b'{"id": "x"}', "missing text"),
    (b'{"id": "x", "text": 5}', "missing text"),
    (b'{"id": "x", "text": ""}', "empty text"),
    (b'{"id": "x", "text": "  \\n\\t "}', "empty text"),
    (b'{"id": "x", "text": "bell \\u0007 here"}', "control character U+0007"),
    (b'{"id": "x", "text": "nul \\u0000"}', "control character U+0000"),
    (b'{"id": "x", "text": "lone \\ud800 surrogate"}', "U+D800"),
    (b'{"id": "x", "text": "ok", "title": "esc \\u001b"}', "in the title"),
    (b'{"id": "x", "text": "ok", "date": "27/08/2018"}', "bad date"),
    (b'{"id": "x", "text": "ok", "date": "2018-02-30"}', "bad date"),
    (b'{"id": "x", "text": "ok", "title": ["a"]}', "title is a JSON list"),
    (b'{"id": "x", "text": "caf\xe9"}', "not UTF-8"),
])
def test_bad_jsonl_line_is_named_with_its_reason(tmp_path, line, reason):
    p = jsonl(tmp_path, b'{"id": "good", "text": "Good."}', line, b'{"id": "after", "text": "After."}')
    items = read([p])
    assert [i.id for i in items if isinstance(i, Article)] == ["good", "after"]
    bad = only([i for i in items if isinstance(i, BadItem)])
    assert bad.where.startswith(f"{p}:2")
    assert reason in bad.reason


def test_bad_line_names_the_id_when_it_has_one(tmp_path):
    bad = only(read([jsonl(tmp_path, b'{"id": "art-9", "text": ""}')]))
    assert bad.where == f"{tmp_path / 'a.jsonl'}:1 (art-9)"


@pytest.mark.parametrize("data, reason", [
    (b"\xff\xfe not utf-8", "not UTF-8"),
    (b"", "empty text"),
    (b"date 2018-08-27   \n\n", "empty text"),
    (b"form\x0cfeed", "control character U+000C"),
    (b"date 2018-99-99 text", "bad date"),
])
def test_bad_txt(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    bad = only(read([p]))
    assert isinstance(bad, BadItem) and bad.where == str(p)
    assert reason in bad.reason


def test_tabs_newlines_and_carriage_returns_are_fine(tmp_path):
    p = tmp_path / "ok.txt"
    p.write_bytes(b"a\tb\r\nc\n")
    assert isinstance(only(read([p])), Article)


def test_missing_path_and_unknown_kind(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    a, b = read([tmp_path / "nope.txt", tmp_path / "x.pdf"])
    assert "no such file" in a.reason
    assert "skipped" in b.reason


def test_empty_html_is_bad(tmp_path):
    p = tmp_path / "empty.html"
    p.write_bytes(b"<html><body></body></html>")
    assert "no article text" in only(read([p])).reason


def test_duplicate_ids(tmp_path):
    same = json.dumps({"id": "d", "text": "Same text."})
    p = jsonl(tmp_path, same, same, json.dumps({"id": "d", "text": "Another text."}))
    items = read([p])
    assert [type(i).__name__ for i in items] == ["Article", "BadItem"]
    assert "duplicate id 'd'" in items[1].reason and items[1].where.startswith(f"{p}:3")


# -- any bytes in, an Article or a BadItem out -----------------------------------------------------

def check(items):
    for item in items:
        assert isinstance(item, (Article, BadItem))
        if isinstance(item, Article):
            assert item.text.strip() and item.id
            item.text.encode("utf-8")   # storable: no lone surrogates
            assert not any(c < " " and c not in "\n\t\r" for c in item.text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_txt(data):
    check([read_txt(data, "f.txt", "f")])


JSON_VALUES = st.one_of(st.text(max_size=20), st.integers(), st.none(), st.lists(st.integers(), max_size=2))
JSON_LINES = st.builds(lambda d: json.dumps(d).encode(),
                       st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "x"]), JSON_VALUES))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=120), JSON_LINES), max_size=6))
def test_any_bytes_jsonl(lines):
    check(list(read_jsonl(io.BytesIO(b"\n".join(lines)), "f.jsonl")))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.binary(max_size=300),
                 st.text(max_size=200).map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode(
                     "utf-8", "surrogatepass"))))
def test_any_bytes_html(data):
    check([read_html(data, "f.html", "f")])


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          deadline=None)
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_any_file_through_iter_articles(tmp_path, data, suffix):
    p = tmp_path / f"any{suffix}"
    p.write_bytes(data)
    check(read([p]))
