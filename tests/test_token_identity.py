"""The rules compare spaCy tokens by position, never by identity.

spaCy builds a new Token object each time a token is read (`doc[i]`, `tok.head`, `span.root`), so `a is b` is false
for the same token read twice: a guard written `verb is not noun` held for one token and let a post be read as past
(round 29). This test reads the extraction code and fails on any `is` / `is not` comparison between two names other
than the constants and objects listed below.
"""

import ast
from pathlib import Path

INGEST = Path(__file__).resolve().parents[1] / "ingest"

# comparisons by identity that are meant: a cue constant, one Meeting object against another, a dict's default, the
# doc of the kept token tuple
ALLOWED = {
    ("nominal.py", "cue is C.MEDDLE"),
    ("verbs.py", "cue is C.MEDDLE"),
    ("meetings.py", "o is m"),
    ("link.py", "index.get(form, o) is o"),
    ("context.py", "kept[0] is not doc"),   # the doc whose token tuple is kept, not a token
}


def identity_comparisons(src: str):
    """(line, text) of each `is` / `is not` comparison in src with no constant on either side."""
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.Compare):
            continue
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant) \
                    and not isinstance(node.left, ast.Constant):
                yield node.lineno, ast.get_source_segment(src, node)


def test_tokens_are_compared_by_position_not_identity():
    found = [(path.name, line, text) for path in sorted(INGEST.glob("*.py"))
             for line, text in identity_comparisons(path.read_text(encoding="utf-8"))
             if (path.name, text) not in ALLOWED]
    assert not found, "compare tokens with .i (a is b is false for one token read twice): " + \
        "; ".join(f"{name}:{line} {text}" for name, line, text in found)


def test_the_check_finds_a_token_identity_and_passes_none_tests():
    src = "ok = verb is not noun or head is None\nsame = tok.i == verb.i and cue is not None\n"
    assert list(identity_comparisons(src)) == [(1, "verb is not noun")]
