"""Training of the prose tagger: config-driven fine-tuning (``train.cli``) and synthetic data (``train.synth``).

Nothing at inference time imports this package: the runtime loads the shipped model through
``infer.model_io``.
"""
