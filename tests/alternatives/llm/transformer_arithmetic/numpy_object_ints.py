"""Gathers the counts with numpy in object dtype (Python ints inside, so nothing overflows)."""
import numpy as np


def _dims(config):
    d, h, kv = config["d_model"], config["n_heads"], config["n_kv_heads"]
    if d % h or h % kv:
        raise ValueError("indivisible heads")
    return d, (d // h) * kv


def param_count(config):
    d, dkv = _dims(config)
    parts = np.array([d * d, d * dkv, d * dkv, d * d, d, d] + [d * config["d_ff"]] * (3 if config["gated"] else 2),
                     dtype=object)
    heads = 1 if config["tied_embeddings"] else 2
    return int(config["n_layers"] * parts.sum() + heads * config["vocab_size"] * d + d)


def forward_flops(config, seq_len):
    d, dkv = _dims(config)
    weights = 2 * d * d + 2 * d * dkv + (3 if config["gated"] else 2) * d * config["d_ff"]
    per_token = 2 * (config["n_layers"] * weights + config["vocab_size"] * d)
    return int(seq_len * per_token + 4 * config["n_layers"] * d * seq_len ** 2)


def training_flops(config, seq_len):
    return int(3 * forward_flops(config, seq_len))


def kv_cache_bytes(config, batch_size, seq_len, bytes_per_value):
    _, dkv = _dims(config)
    return int(np.prod(np.array([2, config["n_layers"], dkv, seq_len, batch_size, bytes_per_value], dtype=object)))
