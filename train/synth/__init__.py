"""Synthetic annotated prose for training the tagger (see :mod:`train.synth.grammar` for the guideline).

``generate(config, n, seed) -> list[annotations.corpus.Example]`` is deterministic for a seed, so
training can regenerate the data on the fly instead of reading ``annotations/corpus/synthetic.json``.
"""
from train.synth.generate import generate, load_config, report

__all__ = ["generate", "load_config", "report"]
