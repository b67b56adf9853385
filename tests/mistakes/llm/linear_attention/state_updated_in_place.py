"""The given state is updated in place (s *= γ; s += ...): the caller's array changes.

Start from a copy of the state; the inputs must not be modified.
"""
import numpy as np


def linear_attention_parallel(q, k, v, gamma):
    T = q.shape[0]
    t = np.arange(T)
    distance = t[:, None] - t[None, :]                  # t − s, negative above the diagonal
    causal = distance >= 0
    # exponentiate only where s ≤ t: 0 ** negative would be inf
    decay = np.where(causal, float(gamma) ** np.where(causal, distance, 0), 0.0)
    return ((q @ k.T) * decay) @ v


def linear_attention_recurrent(q, k, v, gamma, state=None):
    s = np.zeros((q.shape[1], v.shape[1])) if state is None else state
    out = np.zeros((q.shape[0], v.shape[1]))
    for t in range(q.shape[0]):
        s *= gamma
        s += np.outer(k[t], v[t])
        out[t] = q[t] @ s
    return out, s.copy()
NAMED_BY_MESSAGE = "modified"
