"""The definition as a double sum for the parallel form; the recurrence with einsum and a running decay."""
import numpy as np


def linear_attention_parallel(q, k, v, gamma):
    T, Dv = q.shape[0], v.shape[1]
    out = np.zeros((T, Dv))
    for t in range(T):
        weight = 1.0
        for s in range(t, -1, -1):          # walk back: the weight gains a γ per step
            out[t] += weight * float(q[t] @ k[s]) * v[s]
            weight *= gamma
    return out


def linear_attention_recurrent(q, k, v, gamma, state=None):
    D, Dv = q.shape[1], v.shape[1]
    S = np.zeros((D, Dv)) if state is None else state.astype(np.float64, copy=True)
    outs = []
    for t in range(q.shape[0]):
        S = gamma * S + np.einsum("d,e->de", k[t], v[t])
        outs.append(np.einsum("d,de->e", q[t], S))
    return (np.array(outs).reshape(q.shape[0], Dv), S)
