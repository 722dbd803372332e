"""The SERVICE / LOAD guard: the server must not become a proxy into its own network.

Runs on the query or update text before the store sees it, because Oxigraph would fetch
SERVICE and LOAD IRIs itself. Cheap for ordinary queries: the deep scan only starts when the
text mentions "service" or "load" at all.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from geokg.errors import QueryRefusedError
from geokg.settings import Settings

# strings, IRIs and comments are skipped so that words inside them do not count
_TOKEN = re.compile(r"""
    (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>[A-Za-z\u00c0-\uffff][\w.\-\u00b7]*?:[^\s{}()<>,;]*|:[^\s{}()<>,;]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>\S)
""", re.VERBOSE)


def _tokens(text: str):
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind != "comment":
            yield kind, m.group()


def _targets(text: str) -> list[tuple[str, str | None]]:
    """Each SERVICE or LOAD in the text with the IRI it names (None: not an IRI, e.g. a variable)."""
    prefixes: dict[str, str] = {}
    base = ""
    found: list[tuple[str, str | None]] = []
    toks = list(_tokens(text))
    i = 0
    while i < len(toks):
        kind, value = toks[i]
        word = value.upper() if kind in ("word", "pname") else ""
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = urljoin(base, toks[i + 2][1][1:-1])
            i += 3
            continue
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = urljoin(base, toks[i + 1][1][1:-1])
            i += 2
            continue
        if word in ("SERVICE", "LOAD"):
            j = i + 1
            if j < len(toks) and toks[j][1].upper() == "SILENT":
                j += 1
            target: str | None = None
            if j < len(toks):
                tkind, tvalue = toks[j]
                if tkind == "iri":
                    target = urljoin(base, tvalue[1:-1])
                elif tkind == "pname" and ":" in tvalue:
                    prefix, local = tvalue.split(":", 1)
                    if prefix in prefixes:
                        target = prefixes[prefix] + local
            found.append((word, target))
            i = j
        i += 1
    return found


def _allowed(iri: str, allow: tuple[str, ...], *, prefix: bool) -> bool:
    if prefix:
        return any(iri.startswith(a) for a in allow)
    return iri.rstrip("/") in {a.rstrip("/") for a in allow}


def check(text: str, settings: Settings) -> None:
    """Raise QueryRefusedError if the query or update uses SERVICE or LOAD outside the allow-lists."""
    lowered = text.lower()
    if "service" not in lowered and "load" not in lowered:
        return
    for keyword, target in _targets(text):
        if target is None:
            raise QueryRefusedError(f"{keyword} without a fixed IRI cannot be vetted and is refused")
        if keyword == "SERVICE" and not _allowed(target, settings.service_allow, prefix=False):
            raise QueryRefusedError(f"SERVICE <{target}> is not on the allow-list")
        if keyword == "LOAD" and not _allowed(target, settings.load_allow, prefix=True):
            raise QueryRefusedError(f"LOAD <{target}> is not allowed",
                                    "Allowed LOAD prefixes are set with GEOKG_LOAD_ALLOW; load files with `geokg load`.")
