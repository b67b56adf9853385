"""Forward in probability space (exp of the parameters, even with Rabiner's scaling): a log-probability below about −745 becomes 0.

np.exp(−800) is 0.0 in float64, so a model whose log_B or log_A holds −800 loses that entry
before any scaling can help, and forward returns −inf for a sequence of probability e^−800.
Stay in log space: combine α and log_A with a logsumexp over i for each j.
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("empty")
    obs = list(observations)
    delta = log_pi + log_B[:, obs[0]]
    pointers = []
    for o in obs[1:]:
        candidates = delta[:, None] + log_A
        best = candidates.argmax(axis=0)
        pointers.append(best)
        delta = candidates.max(axis=0) + log_B[:, o]
    state = int(delta.argmax())
    path = [state]
    for best in reversed(pointers):
        state = int(best[state])
        path.append(state)
    return np.array(path[::-1], dtype=np.int64), float(delta.max())


def logsumexp(values, axis=0):
    return np.logaddexp.reduce(values, axis=axis)


def forward(log_pi, log_A, log_B, observations):
    if len(observations) == 0:
        raise ValueError("empty")
    A, B = np.exp(log_A), np.exp(log_B)
    alpha = np.exp(log_pi) * B[:, observations[0]]
    log_total = 0.0
    for t in range(len(observations)):
        if t:
            alpha = (alpha @ A) * B[:, observations[t]]
        scale = alpha.sum()
        if scale == 0.0:
            return -np.inf
        log_total += np.log(scale)
        alpha = alpha / scale
    return float(log_total)
