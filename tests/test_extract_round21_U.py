"""Round 21 (U): relations whose cue is there but unread.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples


def test_a_lone_state_is_no_organisation(nlp):
    found = triples(nlp, "Peru vowed to defeat lslamic State in Chile.")
    assert not any("org:state" in (src, dst) for _, src, dst in found)


def test_a_full_name_ending_in_state_is_still_read(nlp):
    found = triples(nlp, "Peru vowed to defeat Islamic State in Chile.")
    assert ("opposes", "state:PE", "org:islamic-state") in found
