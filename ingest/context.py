"""What entity extraction hands to the relation and meeting extractors for one article.

`extract.build_context(doc, article)` fills it (entities, mentions, holdings); then
`relations.extract_relations(ctx)` and `meetings.extract_meetings(ctx)` read it. Only these
modules see the spaCy Doc; everything they return is a frozen value of `model`.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .model import Article, Entity, Holding

# "WASHINGTON (Reuters) -", "BENGHAZI, Libya (Reuters) -", "WASHINGTON/BRUSSELS (Reuters) -": the places a wire
# story is filed from (group 1, "/"-separated) and a state or region after a comma (group 2)
DATELINE = re.compile(r"^\s*(?:date \S+\s+)?([A-Z][A-Z.'\- ]+(?:/[A-Z][A-Z.'\- ]+)*)(?:,\s*([A-Z][A-Za-z.' ]+?))?"
                      r"\s*\((?:Reuters|AP|AFP|Reuters Breakingviews|XINHUA)\)\s*[-\u2013\u2014]")
# the end of a dateline parsed as a sentence of its own: "... (Reuters) -"
AGENCY_END = re.compile(r"\((?:Reuters|AP|AFP|Reuters Breakingviews|XINHUA)\)\s*[-\u2013\u2014]\s*$")


# the last doc and its token tuple, per thread: a thread extracting one article must never read another's tuple
_TOKENS = threading.local()


def tokens_of(doc: Any) -> tuple[Any, ...]:
    """The doc's tokens as one tuple, built once per doc: a Doc builds a new Token object on every index and every
    iteration, and the extraction's passes walk each article's tokens some twenty times. Only the last doc's tuple is
    kept, per thread (the doc is held with it, so no other doc can take its identity); a thread extracts its articles
    one at a time."""
    kept = getattr(_TOKENS, "kept", None)
    if kept is None or kept[0] is not doc:
        kept = _TOKENS.kept = (doc, tuple(doc))
    return kept[1]


def lede_index(text: str, sentences) -> int:
    """The index of the lede: the sentence after a "CITY (Reuters) -" dateline parsed as a sentence of its own (the
    pipeline parses it as a piece of its own), else the first sentence."""
    if len(sentences) > 1 and AGENCY_END.search(text[sentences[0][0]:sentences[0][1]]):
        return 1
    return 0


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an entity ("Tehran", "Assad", "his Syrian counterpart")."""

    key: str              # Entity.key
    start: int            # character offsets in the article text
    end: int
    token_start: int      # token offsets in the Doc
    token_end: int
    sent: int             # index of the sentence in doc.sents
    text: str
    how: str = "name"     # name | demonym | seat | alias | surname | pronoun | title | nominal


@dataclass(frozen=True)
class Context:
    """One article after entity extraction and within-article resolution."""

    article: Article
    doc: Any                                  # spacy.tokens.Doc (never leaves ingest's nlp/extract stages)
    entities: dict[str, Entity]               # key -> entity
    mentions: tuple[Mention, ...]             # in text order
    holdings: tuple[Holding, ...]
    state_of: dict[str, str]                  # person key -> state key they speak for (from their posts)
    main_states: tuple[str, ...]              # the article's states by salience (first = most salient)
    sentences: tuple[tuple[int, int], ...]    # (start, end) character offsets of each sentence
    dateline: str | None = None               # state key of a "WASHINGTON (Reuters) -" dateline

    @cached_property
    def tokens(self) -> tuple[Any, ...]:
        """The doc's tokens, built once: iterating a Doc builds every Token object anew, and the extractors walk
        each article's tokens a dozen times."""
        return tokens_of(self.doc)

    @cached_property
    def text(self) -> str:
        """The doc's text, built once: a Doc joins every token's text anew on each access."""
        return self.doc.text

    @cached_property
    def mention_at(self) -> dict[int, Mention]:
        """The first mention in text order that each token is part of, indexed once: the gathering rules ask it of
        tens of thousands of tokens per corpus, and a scan of the mentions per token was a tenth of their time."""
        out: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.token_start, m.token_end):
                out.setdefault(i, m)
        return out

    @cached_property
    def actors(self) -> Any:
        """Which actors each token stands for (`actors.Actors`), read once per article: the relation, membership and
        meeting extractors all ask it, and building it walks the whole doc."""
        from .actors import Actors   # actors imports this module
        return Actors(self)

    def mentions_in(self, sent: int) -> tuple[Mention, ...]:
        """The mentions in one sentence."""
        return tuple(m for m in self.mentions if m.sent == sent)
