"""The annotated corpus and the Label Studio round-trip.

Data lives beside the code: ``annotations/corpus/*.json`` (training) and ``annotations/eval/*.json``
(held out, never trained on). Every file is a list of Label Studio tasks (see :mod:`annotations.corpus`).
"""
