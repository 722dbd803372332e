"""Read articles: .txt, .jsonl, .html files, directories of them, and JSON lines on stdin.

`iter_articles(paths)` yields an `Article` for each readable article and a `BadItem` (where, reason)
for everything else, in input order. It never raises for bad input: a bad line, an undecodable
file or a file of another kind is one BadItem, and reading goes on with the next item.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import BinaryIO

from .model import Article, BadItem

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")
KINDS = "an article file (.txt, .jsonl, .html)"

# " date 2018-08-27 Iran's top ..." (the seed article): the date may share the first line with the text
# (a digit must follow, so a text opening "date palms grow ..." is left alone)
DATE_PREFIX = re.compile(r"\A\s*date\s+(\d\S*)[ \t]*(?:\r?\n)*[ \t]*")
# control characters other than \n \t \r (C0, DEL, C1) and lone surrogates from JSON "\ud800"
BAD_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# a web page's furniture after the story in a scraped text: a heading of links to other stories, a call to follow or
# subscribe ("... said the UN. Related News Iraq's vote | ... Follow us on Instagram."); read only in the text's
# second half, after a sentence's end (a "Source ..." credit may stand between), so a story that quotes such words
# goes on being read
FURNITURE = re.compile(r"\b(?:(?:Related|More) (?:News|Articles|Stories|Coverage|Content|Reading)"
                       r"|You (?:may|might) also like|Recommended for you|Most (?:Read|Popular)"
                       r"|Follow us on|Subscribe to (?:our|the))\b")
SOURCE_CREDIT = re.compile(r"\sSource:? [^.\n]{0,60}?\s*$")

Item = Article | BadItem


def iter_articles(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every article of the given paths (files, directories, "-" for JSON lines on stdin), in order."""
    # id -> (where first read, its content): a second article with the same id would replace the
    # first one's graph; the very same article read twice (a gold file and the corpus) is left out
    seen: dict[str, tuple[str, int]] = {}
    for path in paths:
        for item in _iter_path(path, stdin):
            if isinstance(item, Article):
                content = hash((item.text, item.title, item.date, item.url, item.source))
                first, first_content = seen.setdefault(item.id, (item.origin, content))
                if first != item.origin:
                    if first_content == content:
                        continue
                    item = BadItem(item.origin, f"duplicate id {item.id!r} with another text (first read at {first}); "
                                                "give each article its own id")
            yield item


def _iter_path(path: str, stdin: BinaryIO | None) -> Iterator[Item]:
    if path == "-":
        yield from read_jsonl(stdin or sys.stdin.buffer, "<stdin>")
        return
    p = Path(path)
    if p.is_dir():
        yield from _iter_dir(p)
    elif not p.exists():
        yield BadItem(path, "no such file or directory")
    elif p.suffix.lower() not in TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES:
        yield BadItem(path, f"skipped: not {KINDS}")
    else:
        yield from read_file(p)


def _iter_dir(root: Path) -> Iterator[Item]:
    """A directory's files, recursively, in name order; hidden files and folders are left out."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            yield from _iter_path(os.path.join(dirpath, name), None)


def read_file(path: Path) -> Iterator[Item]:
    """The articles of one file, chosen by its extension."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as stream:
                yield from read_jsonl(stream, str(path))
        except OSError as e:
            yield BadItem(str(path), f"cannot read: {e.strerror or e}")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield BadItem(str(path), f"cannot read: {e.strerror or e}")
        return
    if suffix in HTML_SUFFIXES:
        yield read_html(data, str(path), path.stem)
    else:
        yield read_txt(data, str(path), path.stem)


def read_txt(data: bytes, where: str, article_id: str) -> Item:
    """A plain-text article, with an optional leading `date YYYY-MM-DD` that is not part of its text."""
    text = _decode(data, where)
    if isinstance(text, BadItem):
        return text
    if text.startswith("\ufeff"):
        text = text[1:]
    date = None
    m = DATE_PREFIX.match(text)
    if m:
        date = _date(m.group(1))
        if date is None:
            return BadItem(where, f"bad date {m.group(1)!r} after 'date'; write it as YYYY-MM-DD")
        text = text[m.end():]
    return _article(where, article_id, text, date=date)


def read_html(data: bytes, where: str, article_id: str) -> Item:
    """An HTML page's main text, title and date, as trafilatura finds them."""
    import trafilatura  # only when HTML is read: it is slow to import

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    # trafilatura parses anything thrown at it with lxml and heuristics; what it raises is not
    # documented, and a page it cannot read is one bad item, never the end of the run
    except Exception as e:  # noqa: BLE001
        return BadItem(where, f"cannot extract the article from the HTML ({type(e).__name__}: {e})")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return BadItem(where, "no article text found in the HTML; check that it is a news article page")
    title = getattr(doc, "title", None) or None
    url = getattr(doc, "url", None) or None
    source = getattr(doc, "sitename", None) or None
    date = _date(getattr(doc, "date", None) or "")
    return _article(where, article_id, text, title=title, date=date, url=url, source=source)


def read_jsonl(stream: BinaryIO, name: str) -> Iterator[Item]:
    """One article per JSON line (`id`, `text`, optional `title`, `date`, `url`, `source`)."""
    for n, raw in enumerate(stream, 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        line = _decode(raw, where)
        if isinstance(line, BadItem):
            yield line
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield BadItem(where, f"not valid JSON ({e}); each line must be one JSON object")
            continue
        except RecursionError:
            yield BadItem(where, "JSON nested too deeply; each line must be one flat JSON object")
            continue
        yield _from_json(obj, where)


def _from_json(obj: object, where: str) -> Item:
    if not isinstance(obj, dict):
        return BadItem(where, f"a JSON {type(obj).__name__}, not an object with id and text")
    art_id = obj.get("id")
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        return BadItem(where, "missing id; give each line a non-empty string \"id\"")
    origin, where = where, f"{where} ({art_id})"
    text = obj.get("text")
    if not isinstance(text, str):
        return BadItem(where, "missing text; give the line a string \"text\"")
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "source", "date"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return BadItem(where, f"{key} is a JSON {type(value).__name__}; it must be a string or null")
        fields[key] = value.strip() if value and value.strip() else None
    if fields["date"] is not None:
        raw = fields["date"]
        fields["date"] = _date(raw)
        if fields["date"] is None:
            return BadItem(where, f"bad date {raw!r}; write it as YYYY-MM-DD")
    return _article(where, art_id, text, origin=origin, **fields)


def _article(where: str, art_id: str, text: str, origin: str | None = None, **meta: str | None) -> Item:
    """An Article, or the reason the text or a field cannot be stored."""
    if not text.strip():
        return BadItem(where, "empty text; the article has nothing to read")
    for name, value in (("id", art_id), ("text", text), *meta.items()):
        if value is None:
            continue
        bad = BAD_CHAR.search(value)
        if bad:
            ch = bad.group()
            return BadItem(where, f"control character U+{ord(ch):04X} in the {name} at offset {bad.start()}; remove it")
    for key in ("title", "source"):
        if meta.get(key) is not None:
            meta[key] = " ".join(meta[key].split())   # one-line titles; \n in a title is noise of the source
    return Article(id=art_id, text=story(text), origin=origin or where, **meta)


def story(text: str) -> str:
    """The text without the page furniture a scraper kept after the story (links to other stories under "Related
    News", "Follow us on ..."): the names in it are no part of the story. The story is a prefix of the text as
    given, so evidence offsets hold for both."""
    for m in FURNITURE.finditer(text, len(text) // 2):
        head = text[:m.start()].rstrip()
        credit = SOURCE_CREDIT.search(head, max(0, len(head) - 80))
        if credit:
            head = head[:credit.start()].rstrip()
        if head.endswith((".", "!", "?", '"', "\u201d", ")")):
            return head
    return text


def _decode(data: bytes, where: str) -> str | BadItem:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        return BadItem(where, f"not UTF-8: undecodable byte 0x{data[e.start]:02x} at byte {e.start}; save it as UTF-8")


def _date(value: str) -> str | None:
    """YYYY-MM-DD from a date or an ISO date-time ("2018-08-27T10:00:00Z"); None when it is neither."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?", value)
    if not m:
        return None
    try:
        return Date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def count_articles(paths: Iterable[str]) -> int | None:
    """How many items iter_articles will yield, roughly (lines of JSONL, one per other file); None for stdin."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        p = Path(path)
        files = [Path(d, f) for d, _, fs in os.walk(p) for f in fs] if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with open(f, "rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
