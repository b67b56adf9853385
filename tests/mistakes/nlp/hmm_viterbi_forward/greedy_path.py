"""The path takes the best state at each step (argmax of δ_t) instead of following the back-pointers.

The state with the best δ_t need not lie on the best complete path: only the back-pointers from
the best LAST state give the Viterbi path.
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("observations is empty")
    T = len(observations)
    delta = log_pi + log_B[:, observations[0]]
    path = [int(np.argmax(delta))]
    for t in range(1, T):
        delta = np.max(delta[:, None] + log_A, axis=0) + log_B[:, observations[t]]
        path.append(int(np.argmax(delta)))
    return np.array(path, dtype=np.int64), float(np.max(delta))


def logsumexp(values, axis=0):
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
