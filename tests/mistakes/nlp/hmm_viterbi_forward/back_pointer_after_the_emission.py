"""The back-pointer is chosen after log_B[j, o_t] is added: a −inf emission sends it to state 0.

ψ_t(j) is the argmax over i of δ_{t−1}(i) + log_A[i, j] alone. Adding log_B[j, o_t] first does
not change the argmax while it is finite, but a −inf there makes every candidate −inf and the
tie rule then picks 0 instead of the best predecessor. Take the argmax, then add the emission.
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    T, S = len(observations), len(log_pi)
    delta = log_pi + log_B[:, observations[0]]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = delta[:, None] + log_A + log_B[:, observations[t]][None, :]   # emission added first
        back[t] = np.argmax(scores, axis=0)        # a −inf emission makes every i tie: 0
        delta = scores[back[t], np.arange(S)]
    path = np.zeros(T, dtype=np.int64)
    path[-1] = np.argmax(delta)
    for t in range(T - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path, float(delta[path[-1]])


def logsumexp(values, axis=0):
    """A helper for forward: ln Σ exp(values) along axis, shifted by the max; all −inf gives −inf."""
    top = np.max(values, axis=axis, keepdims=True)
    top = np.where(np.isneginf(top), 0.0, top)
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
