"""Scores divided by √D out of softmax-attention habit.

Linear attention here has no 1/√D: o_t = Σ γ^(t − s) (q_t · k_s) v_s.
"""
import numpy as np


def linear_attention_parallel(q, k, v, gamma):
    T = q.shape[0]
    t = np.arange(T)
    distance = t[:, None] - t[None, :]                  # t − s, negative above the diagonal
    causal = distance >= 0
    # exponentiate only where s ≤ t: 0 ** negative would be inf
    decay = np.where(causal, float(gamma) ** np.where(causal, distance, 0), 0.0)
    return ((q @ k.T) / np.sqrt(q.shape[1]) * decay) @ v


def linear_attention_recurrent(q, k, v, gamma, state=None):
    s = np.zeros((q.shape[1], v.shape[1])) if state is None else np.array(state, dtype=np.float64)
    out = np.zeros((q.shape[0], v.shape[1]))
    for t in range(q.shape[0]):
        s = gamma * s + np.outer(k[t], v[t])            # decay the past, then add step t
        out[t] = q[t] @ s / np.sqrt(q.shape[1])
    return out, s
