"""Memberships of states, persons and organisations in organisations, read off the dependency parse."""

from __future__ import annotations

from .context import Context
from .model import Evidence, Membership
from .relations import hedged


# "a junior member in a Social Democrat-led government": a member of the government, not of the party leading it
GOVERNMENTS = frozenset({"government", "cabinet", "administration"})


def _is_party(ctx: Context, key: str) -> bool:
    ent = ctx.entities.get(key)
    return ent is not None and ent.kind == "org" and (ent.org_kind == "party" or any(
        w in ent.name for w in ("Party", "Democrats", "Republicans", "Labour", "Conservatives", "Front", "League")))


def _sought(tok) -> bool:
    """Whether "join" only names what a noun seeks: "the republic's attempts to join NATO", "its bid to join the
    EU" tell no membership (the attempt may be vetoed)."""
    return tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in tok.children)


def extract_memberships(ctx: Context) -> tuple[Membership, ...]:
    """ "NATO member Turkey", "Turkey, a member of NATO", "X joined the EU": member -> organisation."""
    actors = ctx.actors
    found: dict[tuple[str, str], Membership] = {}
    for tok in ctx.tokens:
        pairs: list[tuple[list[str], list[str]]] = []
        if tok.lemma_ == "member" and tok.pos_ == "NOUN" and not hedged(tok) and not any(
                c.lower_ in ("former", "ex", "staff", "founding", "non") for c in tok.children):
            groups = [actors.key_at[c.i] for c in tok.children
                      if c.dep_ in ("compound", "nmod") and actors.key_at.get(c.i, "").startswith("org:")]
            groups += [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                       for o in c.children if o.lemma_ not in GOVERNMENTS for k in actors.of(o) if k.startswith("org:")]
            members = []
            if tok.dep_ == "compound" and tok.head.i in actors.key_at:
                members = actors.of(tok.head)
            elif tok.dep_ == "appos":
                members = actors.of(tok.head)
            elif tok.dep_ == "attr":
                members = [k for c in tok.head.children if c.dep_ == "nsubj" for k in actors.of(c)]
            members += [k for c in tok.children if c.dep_ == "appos" for k in actors.of(c)]
            pairs.append((members, groups))
        if tok.lower_ in ("politician", "member", "candidate", "lawmaker", "legislator", "mp", "senator",
                          "representative", "deputy") and tok.pos_ == "NOUN":
            # "a Norwegian politician for the Labour Party": the person of the copula belongs to the party
            parties = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")
                       for o in c.children if o.dep_ == "pobj" for k in actors.of(o) if _is_party(ctx, k)]
            if parties and tok.dep_ == "attr":
                pairs.append(([k for c in tok.head.children if c.dep_ == "nsubj" for k in actors.of(c)
                               if k.startswith("person:")], parties))
        if tok.i in actors.key_at and actors.key_at[tok.i].startswith("person:") and tok.i + 3 < len(ctx.doc) \
                and ctx.doc[tok.i + 1].text == "(":
            # "county mayor is Janne Johnsen (Conservative Party)"
            close = next((t.i for t in ctx.doc[tok.i + 2:tok.i + 8] if t.text == ")"), None)
            inside = {actors.key_at[t.i] for t in ctx.doc[tok.i + 2:close or tok.i + 2] if t.i in actors.key_at}
            if close and len(inside) == 1 and _is_party(ctx, next(iter(inside))):
                pairs.append(([actors.key_at[tok.i]], list(inside)))
        if tok.lemma_ in ("state", "country", "nation") and tok.pos_ == "NOUN" and tok.dep_ in ("attr", "appos", "conj") \
                and any(c.lower_ == "member" and c.dep_ in ("compound", "amod") for c in tok.children):
            # "It is a United Nations member state, a member state of the African Union"
            groups = [actors.key_at[c.i] for c in tok.children if c.dep_ == "compound" and c.i in actors.key_at
                      and actors.key_at[c.i].startswith("org:")]
            groups += [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children for k in actors.of(o) if k.startswith("org:")]
            head = tok
            while head.dep_ in ("appos", "conj") and head.head.i != head.i:
                head = head.head
            members = [k for c in head.head.children if c.dep_ == "nsubj" for k in actors.of(c)
                       if k.startswith("state:")] if head.dep_ == "attr" else []
            pairs.append((members, groups))
        if tok.lemma_ == "join" and tok.pos_ == "VERB" and not hedged(tok, planned=True) and not _sought(tok):
            groups = [k for c in tok.children if c.dep_ == "dobj" for k in actors.of(c) if k.startswith("org:")]
            for m in actors.subjects(tok)[0]:   # joining a firm is a job, not a membership
                kinds = ("party",) if m.startswith("person:") else ("igo", "alliance")
                pairs.append(([m], [g for g in groups if _is_party(ctx, g) or (
                    ctx.entities.get(g) is not None and ctx.entities[g].org_kind in kinds)]))
        for members, groups in pairs:
            for mem in members:
                for g in groups:
                    if mem != g and mem.startswith(("state:", "person:", "org:")):
                        sent = actors.sent_of(tok)
                        s, e = ctx.sentences[sent]
                        ev = Evidence(ctx.article.text[s:e], s, e, 0.7, tok.text)
                        found.setdefault((mem, g), Membership(mem, g, ev))
    return tuple(found.values())
