"""Plain Python loops over states, strict > so the first (lowest) maximiser stays; logaddexp folds."""
import math

import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if not len(observations):
        raise ValueError("empty")
    S = len(log_pi)
    delta = [float(log_pi[j] + log_B[j, observations[0]]) for j in range(S)]
    pointers = []
    for o in observations[1:]:
        new, back = [], []
        for j in range(S):
            best, arg = delta[0] + log_A[0, j], 0
            for i in range(1, S):
                if delta[i] + log_A[i, j] > best:
                    best, arg = delta[i] + log_A[i, j], i
            new.append(float(best + log_B[j, o]))
            back.append(arg)
        delta = new
        pointers.append(back)
    last = 0
    for j in range(1, S):
        if delta[j] > delta[last]:
            last = j
    path = [last]
    for back in reversed(pointers):
        path.append(back[path[-1]])
    return np.array(path[::-1], dtype=np.int64), delta[last]


def logsumexp(values, axis=0):
    return np.logaddexp.reduce(values, axis=axis)


def forward(log_pi, log_A, log_B, observations):
    if not len(observations):
        raise ValueError("empty")
    S = len(log_pi)
    alpha = [float(log_pi[j] + log_B[j, observations[0]]) for j in range(S)]
    for o in observations[1:]:
        alpha = [float(np.logaddexp.reduce([alpha[i] + log_A[i, j] for i in range(S)]) + log_B[j, o])
                 for j in range(S)]
    return float(np.logaddexp.reduce(alpha)) if S else -math.inf
