"""What the extraction tests share: the relations one made-up text gives, as (relation, source key, target key)."""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def triples_on(nlp, date: str, text: str) -> set[tuple[str, str, str]]:
    """The relations of `text` read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(r.rel, r.source, r.target) for r in ex.relations}


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations of `text` read as one article of Monday 2018-08-27."""
    return triples_on(nlp, "2018-08-27", text)
