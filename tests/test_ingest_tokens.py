"""The article's token tuple (`context.tokens_of`) that the rules index instead of the Doc: built once per doc, the
doc's own tokens, and rebuilt for the next doc."""

from geokg.ingest.context import tokens_of
from geokg.ingest.extract import build_context
from geokg.ingest.model import Article

TEXT = "Freedonia backed Sylvania on Monday. The Sylvanian envoy thanked Freedonia."
OTHER = "Marlo said nothing."


def test_the_tuple_is_built_once_per_doc_and_holds_the_docs_tokens(nlp):
    doc = nlp(TEXT)
    toks = tokens_of(doc)
    assert tokens_of(doc) is toks   # the second pass over the article reads the same tuple
    assert [(t.i, t.text) for t in toks] == [(t.i, t.text) for t in doc]
    assert toks[-1] == doc[-1] and toks[3].head == doc[3].head


def test_another_doc_gets_its_own_tuple_and_the_first_is_rebuilt_right(nlp):
    first, second = nlp(TEXT), nlp(OTHER)
    kept = tokens_of(first)
    assert [t.text for t in tokens_of(second)] == ["Marlo", "said", "nothing", "."]
    again = tokens_of(first)
    assert again is not kept and [t.text for t in again] == [t.text for t in first]


def test_the_context_reads_the_same_tokens_and_text_as_the_doc(nlp):
    doc = nlp(TEXT)
    ctx = build_context(doc, Article(id="t", text=TEXT, date="2018-08-27"))
    assert ctx.tokens is tokens_of(doc)
    assert ctx.text == doc.text == TEXT



def test_each_thread_keeps_its_own_docs_tuple(nlp):
    """A thread's kept tuple is its own: another thread extracting another doc in between neither evicts it nor
    hands it the other doc's tokens."""
    import threading

    first, second = nlp(TEXT), nlp(OTHER)
    seen = {}
    mine = tokens_of(first)
    other = threading.Thread(target=lambda: seen.setdefault("other", tokens_of(second)))
    other.start()
    other.join()
    assert [t.text for t in seen["other"]] == ["Marlo", "said", "nothing", "."]
    assert tokens_of(first) is mine
