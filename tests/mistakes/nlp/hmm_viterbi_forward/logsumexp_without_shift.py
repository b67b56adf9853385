"""logsumexp without the max shift: exp underflows on long sequences.

ln Σ exp(x) computed directly turns α values below about −745 into exp(x) = 0 and the result
into −inf. Subtract the max first and add it back after the log.
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    T, S = len(observations), len(log_pi)
    delta = log_pi + log_B[:, observations[0]]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = delta[:, None] + log_A            # scores[i, j]: come from i into j
        back[t] = np.argmax(scores, axis=0)        # argmax returns the first (lowest) maximiser
        delta = scores[back[t], np.arange(S)] + log_B[:, observations[t]]
    path = np.zeros(T, dtype=np.int64)
    path[-1] = np.argmax(delta)
    for t in range(T - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path, float(delta[path[-1]])


def logsumexp(values, axis=0):
    """A helper for forward: ln Σ exp(values) along axis, shifted by the max; all −inf gives −inf."""
    top = np.zeros_like(np.max(values, axis=axis, keepdims=True))
    with np.errstate(divide="ignore"):
        total = np.log(np.sum(np.exp(values - top), axis=axis, keepdims=True)) + top
    return np.squeeze(total, axis=axis)


def forward(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    alpha = log_pi + log_B[:, observations[0]]
    for t in range(1, len(observations)):
        alpha = logsumexp(alpha[:, None] + log_A, axis=0) + log_B[:, observations[t]]
    return float(logsumexp(alpha, axis=0))
