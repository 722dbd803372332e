"""Dates of events worked out from an article's date: "on Sunday", "on March 3", "yesterday"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import cues as C

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"))}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
DURATION = re.compile(r"\b(days|weeks|months|years|decades)\b", re.I)
EXPLICIT = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")


def resolve_date(expression: str, article_date: str | None) -> str | None:
    """The day a date expression names, from the article's date: "on Sunday" in an article of Monday
    2018-08-27 is 2018-08-26 (the most recent such day, or the article's own day); "on March 3" takes
    the article's year; "last week", "in July" and anything vaguer are None."""
    if not article_date:
        return None
    try:
        today = date.fromisoformat(article_date[:10])
    except ValueError:
        return None
    text = expression.lower()
    if re.search(r"\b(last|next|this|coming|past)\s+(week|month|year)\b", text):
        return None
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            if re.search(rf"\bnext\s+{name}\b", text):
                return None
            back = (today.weekday() - i) % 7
            return (today - timedelta(days=back)).isoformat()
    if re.search(r"\btoday\b", text):
        return today.isoformat()
    if re.search(r"\byesterday\b", text):
        return (today - timedelta(days=1)).isoformat()
    m = EXPLICIT.search(expression)
    if m and m.group(1).lower() in MONTHS:
        month, day = MONTHS[m.group(1).lower()], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else today.year
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if not m.group(3) and d > today + timedelta(days=7):
            d = date(year - 1, month, day)   # "on Dec. 30" in a January article
        return d.isoformat()
    return None


def date_of(verb, article_date: str | None) -> str | None:
    """The date a meeting word is dated by: a date phrase attached to it ("met ... on Sunday", "talks on
    Monday"), else to the clause it depends on, never one inside another phrase ("a trip from Nov. 5");
    "" when the phrase names no single day ("in September"), so that no other date is guessed."""
    node = verb
    for _ in range(3):
        when = own_date(node, article_date)
        if when is not None:
            return when
        if node.dep_ == "ROOT" or node.head.lemma_ in C.SPEECH_VERBS or node.head.i == node.i:
            return None
        node = node.head
    return None


def own_date(word, article_date: str | None) -> str | None:
    """The date of a phrase hung on the word itself, not on a word above it: "in London for talks with May on
    Monday" dates the talks, while the clause they are the purpose of ("..., Netanyahu said") has no date; "" when
    the phrase names no single day."""
    for c in word.children:
        cands = [c] if c.dep_ in ("npadvmod", "tmod", "nmod", "advmod") else [
            o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("on", "in", "at") else []
        for t in cands:
            if t.ent_type_ == "DATE" or t.lower_ in WEEKDAYS or t.lower_ in ("yesterday", "today"):
                ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
                text = ent.text if ent is not None else t.text
                if DURATION.search(text) and c.lower_ == "in":
                    continue   # "the first visit in five years" says how long since, not when
                return resolve_date(text, article_date) or ""
    return None
