"""Every entry filled by plain Python loops."""
import numpy as np


def causal_mask(T):
    mask = np.zeros((T, T), dtype=bool)
    for i in range(T):
        for j in range(i + 1):
            mask[i, j] = True
    return mask


def padding_mask(lengths, T):
    lengths = [int(n) for n in lengths]
    for n in lengths:
        if not 0 <= n <= T:
            raise ValueError(f"length {n} is outside 0 … {T}")
    mask = np.zeros((len(lengths), T), dtype=bool)
    for row, n in enumerate(lengths):
        mask[row, :n] = True
    return mask


def combined_mask(lengths, T):
    causal, pad = causal_mask(T), padding_mask(lengths, T)
    out = np.zeros((pad.shape[0], 1, T, T), dtype=bool)
    for n in range(pad.shape[0]):
        for i in range(T):
            for j in range(T):
                out[n, 0, i, j] = causal[i, j] and pad[n, j]
    return out
