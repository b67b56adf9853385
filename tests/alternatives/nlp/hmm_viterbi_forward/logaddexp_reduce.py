"""Viterbi with one max/argmax per step over the (S, S) score matrix; forward folds each column
with np.logaddexp.reduce (pairwise ln(e^a + e^b), exact for −inf and for values far below −745)."""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    observations = list(observations)
    if not observations:
        raise ValueError("empty")
    delta = log_pi + log_B[:, observations[0]]
    pointers = []
    for o in observations[1:]:
        scores = delta[:, None] + log_A
        best = np.argmax(scores, axis=0)
        pointers.append(best)
        delta = np.take_along_axis(scores, best[None, :], axis=0)[0] + log_B[:, o]
    state = int(np.argmax(delta))
    path = [state]
    for best in reversed(pointers):
        state = int(best[state])
        path.append(state)
    return np.array(path[::-1], dtype=np.int64), float(delta.max())


def logsumexp(values, axis=0):
    return np.logaddexp.reduce(np.asarray(values, dtype=np.float64), axis=axis)


def forward(log_pi, log_A, log_B, observations):
    observations = list(observations)
    if not observations:
        raise ValueError("empty")
    alpha = log_pi + log_B[:, observations[0]]
    for o in observations[1:]:
        alpha = logsumexp(alpha[:, None] + log_A, axis=0) + log_B[:, o]
    return float(logsumexp(alpha))
