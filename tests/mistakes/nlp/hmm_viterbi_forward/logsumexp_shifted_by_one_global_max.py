"""logsumexp shifted by ONE max over the whole matrix, not by each column's own max.

For α_t(j) the shift must be the max over i of α_{t−1}(i) + log_A[i, j] for that j. With the
largest entry of the whole matrix instead, a column lying more than about 745 below another one
underflows to −inf although its true value is finite. Take the max along the axis (keepdims).
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    T, S = len(observations), len(log_pi)
    delta = log_pi + log_B[:, observations[0]]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = delta[:, None] + log_A
        back[t] = np.argmax(scores, axis=0)
        delta = scores[back[t], np.arange(S)] + log_B[:, observations[t]]
    path = np.zeros(T, dtype=np.int64)
    path[-1] = np.argmax(delta)
    for t in range(T - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path, float(delta[path[-1]])


def logsumexp(values, axis=0):
    top = np.max(values)                            # one max for every column
    top = 0.0 if np.isneginf(top) else top
    with np.errstate(divide="ignore"):
        return np.log(np.sum(np.exp(values - top), axis=axis)) + top


def forward(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    alpha = log_pi + log_B[:, observations[0]]
    for t in range(1, len(observations)):
        alpha = logsumexp(alpha[:, None] + log_A, axis=0) + log_B[:, observations[t]]
    return float(logsumexp(alpha, axis=0))
