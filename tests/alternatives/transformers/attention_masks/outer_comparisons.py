"""np.tri and np.less.outer; the combined mask by multiplying boolean masks elementwise."""
import numpy as np


def causal_mask(T):
    return np.tri(T, T, dtype=bool)           # ones on and below the diagonal


def padding_mask(lengths, T):
    lengths = np.array(lengths, dtype=np.int64).reshape(-1)
    if (lengths < 0).any() or (lengths > T).any():
        raise ValueError("each length must lie in 0 … T")
    return np.less.outer(np.arange(T), lengths).T.copy()


def combined_mask(lengths, T):
    pad = padding_mask(lengths, T)
    return np.expand_dims(causal_mask(T), (0, 1)) * np.expand_dims(pad, (1, 2))
