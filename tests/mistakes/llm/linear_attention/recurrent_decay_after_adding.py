"""The recurrent loop decays after adding step t, S_t = γ (S_{t−1} + k_tᵀ v_t), while the parallel form is right.

The two forms must agree: M[t, t] = γ⁰ = 1, so decay the PAST only: S_t = γ S_{t−1} + k_tᵀ v_t.
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
    s = np.zeros((q.shape[1], v.shape[1])) if state is None else np.array(state, dtype=np.float64)
    out = np.zeros((q.shape[0], v.shape[1]))
    for t in range(q.shape[0]):
        s = gamma * (s + np.outer(k[t], v[t]))          # the mistake: step t decayed too
        out[t] = q[t] @ s
    return out, s
