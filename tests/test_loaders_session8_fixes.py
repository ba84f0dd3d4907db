"""Session 8 fixes found while scoring: a crash on bodies carried into a short sentence. Sentences are written for
the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, names


def test_bodies_carried_into_a_short_sentence_that_names_an_object_do_not_crash():
    # the second sentence names nobody and goes on with the first one's bodies, which stand before it; it names
    # an object word (加油站), so the implied-field step reads those bodies' places in the short sentence
    kg = graph("青山县应急管理局2023年工作总结\n"
               "县应急管理局、县综合应急救援大队和县消防救援大队开展联合执法行动，走访各乡镇。检查加油站3座。\n")
    # before the fix, extraction raised IndexError and the whole report was skipped
    assert {"县应急管理局", "县消防救援大队"} <= names(kg, "Department")
