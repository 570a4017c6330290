"""The prose path, beside :mod:`infer.tables`: normalise → tag → link.

* :mod:`infer.prose.normalize` — offset-preserving normalisation before tagging;
* the tagger (:mod:`infer.tagger`) marks numbers and category phrases as spans;
* :mod:`infer.prose.spans` — the one span type every later stage reads;
* :mod:`infer.prose.segment` — sentences, clauses and pieces as offsets;
* :mod:`infer.prose.repair` — mend the tagger's fragments before linking;
* :mod:`infer.prose.rules` — the linker's rules, one module each, as an ordered list;
* :mod:`infer.prose.linker` — runs the rules and turns links into facts.
"""
