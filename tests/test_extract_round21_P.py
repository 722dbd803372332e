"""Round 21 (P): posts held (made-up names and sentences)."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Twelve reporters have been killed in Peru since Maria Castillo became president in May 2015, "
    "a press group said.",
    "LIMA (Reuters) - Twelve reporters have been killed in Peru since Maria Castillo was elected president in 2015.",
])
def test_a_post_taken_since_a_time_is_held_now(nlp, text):
    assert ("Maria Castillo", "HeadOfState", "state:PE") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Twelve reporters were killed in Peru after Maria Castillo became president in May 2015.",
    "LIMA (Reuters) - Twelve reporters were killed in Peru before Maria Castillo became president in May 2015.",
])
def test_a_post_taken_after_or_before_a_time_is_no_evidence_of_now(nlp, text):
    assert not any(p == "Maria Castillo" for p, _, _ in posts(nlp, text))

