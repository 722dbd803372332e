"""What the extraction tests share: the relations one made-up text gives, as (relation, source key, target key), its
persons, posts and meetings."""

from spacy.tokens import Span

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def triples_on(nlp, date: str, text: str) -> set[tuple[str, str, str]]:
    """The relations of `text` read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(r.rel, r.source, r.target) for r in ex.relations}


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations of `text` read as one article of Monday 2018-08-27."""
    return triples_on(nlp, "2018-08-27", text)


def persons(nlp, text: str, ents=None) -> set[str]:
    """The names of the persons `text` gives, with the model's entities replaced by `ents` ((start, end, label) token
    spans) where given: a test sets the labels by hand when the model does not make the mistake on made-up words."""
    doc = nlp(text)
    if ents is not None:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    ex = extract(doc, Article(id="t", text=text, date="2018-08-27"))
    return {e.name for e in ex.entities if e.kind == "person"}


def tokens(nlp, text: str) -> list[str]:
    """The tokens of `text`, to check the indices a test's `ents` use."""
    return [t.text for t in nlp(text)]


def holdings(nlp, text: str, date: str = "2018-08-27") -> set[tuple[str, str, str | None]]:
    """(holder key, role, jurisdiction key) of every post the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(h.person, h.role, h.jurisdiction) for h in ex.holdings}


def met(nlp, text: str, date: str = "2018-08-30") -> set[tuple[frozenset, str | None]]:
    """(participants, date) of every meeting the text gives, read as one article of `date` (a Thursday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


def sides(nlp, text: str) -> set[frozenset]:
    """The participants of every meeting the text gives."""
    return {parts for parts, _ in met(nlp, text)}
