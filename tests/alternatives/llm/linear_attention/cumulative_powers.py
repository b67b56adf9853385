"""Parallel mask from a cumulative product (γ^t / γ^s would divide by 0): a lower-triangular Toeplitz build."""
import numpy as np


def linear_attention_parallel(q, k, v, gamma):
    T = q.shape[0]
    powers = np.ones(T)
    for i in range(1, T):
        powers[i] = powers[i - 1] * gamma
    mask = np.zeros((T, T))
    for d in range(T):
        idx = np.arange(d, T)
        mask[idx, idx - d] = powers[d]
    return (q @ k.T * mask) @ v


def linear_attention_recurrent(q, k, v, gamma, state=None):
    S = np.zeros((k.shape[1], v.shape[1])) if state is None else state + 0.0
    out = np.empty((q.shape[0], v.shape[1]))
    for t, (qt, kt, vt) in enumerate(zip(q, k, v)):
        S = gamma * S + kt[:, None] * vt[None, :]
        out[t] = qt @ S
    return out, S
