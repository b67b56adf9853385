"""Float masks: np.tril(np.ones((T, T))) is a float64 array of 0.0 and 1.0, not a bool mask.

np.ones makes floats by default, and np.where(mask, ...) or ~mask then misbehave. Ask for bools:
np.ones((T, T), dtype=bool), or build the mask from a comparison, which is already bool.
"""
import numpy as np


def causal_mask(T):
    return np.tril(np.ones((T, T)))


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError("bad length")
    return (np.arange(T)[None, :] < lengths[:, None]).astype(float)


def combined_mask(lengths, T):
    return causal_mask(T)[None, None] * padding_mask(lengths, T)[:, None, None, :]
