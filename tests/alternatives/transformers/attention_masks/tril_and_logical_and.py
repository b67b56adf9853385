"""np.tril of a bool matrix, an outer comparison, and np.logical_and with explicit reshapes."""
import numpy as np


def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool))


def padding_mask(lengths, T):
    lengths = np.array(lengths, dtype=int).ravel()
    if lengths.size and (lengths.min() < 0 or lengths.max() > T):
        raise ValueError("lengths must lie in [0, T]")
    # outer comparison: [n, t] = lengths[n] > t
    return np.greater.outer(lengths, np.arange(T))


def combined_mask(lengths, T):
    pad = padding_mask(lengths, T)
    return np.logical_and(causal_mask(T).reshape(1, 1, T, T), pad.reshape(pad.shape[0], 1, 1, T))
