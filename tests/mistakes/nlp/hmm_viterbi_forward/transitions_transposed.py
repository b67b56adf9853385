"""The transition matrix is read transposed: log_A[j, i] instead of log_A[i, j].

Row i of log_A holds the transitions FROM state i: coming from i into j costs log_A[i, j], so the
scores are delta[:, None] + log_A.
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    T, S = len(observations), len(log_pi)
    delta = log_pi + log_B[:, observations[0]]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = delta[:, None] + log_A.T
        back[t] = np.argmax(scores, axis=0)        # argmax returns the first (lowest) maximiser
        delta = scores[back[t], np.arange(S)] + log_B[:, observations[t]]
    path = np.zeros(T, dtype=np.int64)
    path[-1] = np.argmax(delta)
    for t in range(T - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path, float(delta[path[-1]])


def logsumexp(values, axis=0):
    """A helper for forward: ln Σ exp(values) along axis, shifted by the max; all −inf gives −inf."""
    top = np.max(values, axis=axis, keepdims=True)
    top = np.where(np.isneginf(top), 0.0, top)     # all −inf: shift by 0, the sum is 0, ln 0 = −inf
    with np.errstate(divide="ignore"):
        total = np.log(np.sum(np.exp(values - top), axis=axis, keepdims=True)) + top
    return np.squeeze(total, axis=axis)


def forward(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    alpha = log_pi + log_B[:, observations[0]]
    for t in range(1, len(observations)):
        alpha = logsumexp(alpha[:, None] + log_A.T, axis=0) + log_B[:, observations[t]]
    return float(logsumexp(alpha, axis=0))
