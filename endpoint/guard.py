"""The SERVICE / LOAD guard: the server must not become a proxy into its own network.

Runs on the query or update text before the store sees it, because Oxigraph would fetch
SERVICE and LOAD IRIs itself. Cheap for ordinary queries: the deep scan only starts when the
text mentions "service" or "load" at all.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urljoin

from geokg.errors import QueryRefusedError
from geokg.settings import Settings

# strings, IRIs and comments are skipped so that words inside them do not count
_TOKEN = re.compile(r"""
    (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>[A-Za-z\u00c0-\uffff][\w.\-\u00b7]*?:[^\s{}()<>,;]*|:[^\s{}()<>,;]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>\S)
""", re.VERBOSE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(iri: str) -> str:
    """IRIs may hold \\uXXXX escapes, which the parser decodes: decode them before matching."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), iri)


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    return [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text) if m.lastgroup != "comment"]


class _Use(NamedTuple):
    keyword: str            # SERVICE or LOAD
    target: str | None      # the IRI it names; None if it is not a fixed IRI (a variable)
    silent: bool
    start: int              # the operation's span in the text (LOAD ... [INTO GRAPH <g>])
    end: int


def _targets(text: str) -> list[_Use]:
    """Each SERVICE or LOAD in the text with the IRI it names, PREFIX and BASE applied."""
    prefixes: dict[str, str] = {}
    base = ""
    found: list[_Use] = []
    toks = _tokens(text)

    def resolve(j: int) -> str | None:
        kind, value = toks[j][0], toks[j][1]
        if kind == "iri":
            return urljoin(base, _unescape(value[1:-1]))
        if kind == "pname" and value.split(":", 1)[0] in prefixes:
            prefix, local = value.split(":", 1)
            return prefixes[prefix] + local
        return None

    i = 0
    while i < len(toks):
        kind, value = toks[i][:2]
        word = value.upper() if kind in ("word", "pname") else ""
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = urljoin(base, _unescape(toks[i + 2][1][1:-1]))
            i += 3
            continue
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = urljoin(base, _unescape(toks[i + 1][1][1:-1]))
            i += 2
            continue
        if word in ("SERVICE", "LOAD"):
            j = i + 1
            silent = j < len(toks) and toks[j][1].upper() == "SILENT"
            j += silent
            target = resolve(j) if j < len(toks) else None
            end = toks[min(j, len(toks) - 1)][3]
            if word == "LOAD" and j + 3 < len(toks) and [t[1].upper() for t in toks[j + 1:j + 3]] == ["INTO", "GRAPH"]:
                end = toks[j + 3][3]
            found.append(_Use(word, target, silent, toks[i][2], end))
            i = j
        i += 1
    return found


def _allowed(iri: str, allow: tuple[str, ...], *, prefix: bool) -> bool:
    if prefix:
        return any(iri.startswith(a) for a in allow)
    return iri.rstrip("/") in {a.rstrip("/") for a in allow}


def check(text: str, settings: Settings) -> str:
    """The text to run: QueryRefusedError if it uses SERVICE or LOAD outside the allow-lists.

    A LOAD SILENT that is not allowed fails silently, as SPARQL says a failing LOAD SILENT does: it
    is replaced by an operation that does nothing, and the returned text is the one to run.
    """
    lowered = text.lower()
    if "service" not in lowered and "load" not in lowered:
        return text
    dropped: list[_Use] = []
    for use in _targets(text):
        if use.target is None:
            raise QueryRefusedError(f"{use.keyword} without a fixed IRI cannot be vetted and is refused")
        if use.keyword == "SERVICE" and not _allowed(use.target, settings.service_allow, prefix=False):
            raise QueryRefusedError(f"SERVICE <{use.target}> is not on the allow-list")
        if use.keyword == "LOAD" and not _allowed(use.target, settings.load_allow, prefix=True):
            if use.silent:
                dropped.append(use)
                continue
            raise QueryRefusedError(f"LOAD <{use.target}> is not allowed",
                                    "Allowed LOAD prefixes are set with GEOKG_LOAD_ALLOW; load files with `geokg load`.")
    for use in reversed(dropped):
        text = text[:use.start] + "INSERT DATA {}" + text[use.end:]
    return text
