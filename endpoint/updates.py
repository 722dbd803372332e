"""The Update protocol's using-graph-uri / using-named-graph-uri, applied as USING clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geokg.errors import QuerySyntaxError

# strings, IRIs, comments, variables and prefixed names are whole tokens: braces and words in them do not count
_TOKEN = re.compile(r"""'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*|[{}]|[?$]\w+|[A-Za-z_][\w.\-]*:[^\s{}()<>,;]*|:[^\s{}()<>,;]*|[A-Za-z_]\w*""")


def add_using(sparql: str, using: Sequence[str], using_named: Sequence[str]) -> str:
    """Insert USING / USING NAMED before the WHERE of every DELETE/INSERT ... WHERE operation.

    The protocol forbids the parameters together with USING or WITH in the text: that is a 400.
    """
    clauses = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named])
    out: list[str] = []
    depth = 0
    previous = ""
    pos = 0
    for m in _TOKEN.finditer(sparql):
        token = m.group()
        word = token.upper()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0 and word in ("USING", "WITH"):
            raise QuerySyntaxError("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH",
                                   "Give the graphs either as protocol parameters or in the update, not both.")
        elif depth == 0 and word == "WHERE" and previous not in ("DELETE", "INSERT"):
            out.append(sparql[pos:m.start()])
            out.append(clauses + " ")
            pos = m.start()
        if token[0] not in "#":
            previous = word
    out.append(sparql[pos:])
    return "".join(out)
