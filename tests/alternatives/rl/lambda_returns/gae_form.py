"""Through GAE: δ_t = r_t + γ(1 − d_t)V_{t+1} − V_t, A_t = δ_t + γλ(1 − d_t)A_{t+1}, G^λ = A + V; n-step by truncated sums."""
import numpy as np


def _check(rewards, values, dones, gamma):
    r = np.array(rewards, dtype=np.float64)
    v = np.array(values, dtype=np.float64)
    d = np.array(dones).astype(bool)
    if r.ndim != 1 or v.ndim != 1 or d.ndim != 1 or len(d) != len(r) or len(v) != len(r) + 1:
        raise ValueError("shapes")
    if not 0 <= gamma <= 1:
        raise ValueError("gamma")
    return r, v, d


def n_step_returns(rewards, values, dones, gamma, n):
    r, v, d = _check(rewards, values, dones, gamma)
    if n < 1:
        raise ValueError("n")
    T = len(r)
    out = np.zeros(T)
    for t in range(T):
        end = min(t + n, T)
        stop = next((j for j in range(t, end) if d[j]), None)
        last = end if stop is None else stop + 1
        out[t] = sum(gamma ** (j - t) * r[j] for j in range(t, last))
        if stop is None:
            out[t] += gamma ** (end - t) * v[end]
    return out


def lambda_returns(rewards, values, dones, gamma, lam):
    r, v, d = _check(rewards, values, dones, gamma)
    if not 0 <= lam <= 1:
        raise ValueError("lam")
    T = len(r)
    live = ~d
    # a value after a done step cancels out of A + V in exact arithmetic, but a nan or inf there
    # would not: zero it (the statement says it changes no result)
    v = v.copy()
    v[1:][d] = 0.0
    next_v = np.where(live, v[1:], 0.0)
    advantage = np.zeros(T + 1)
    for t in reversed(range(T)):
        delta = r[t] + gamma * next_v[t] - v[t]
        advantage[t] = delta + (gamma * lam * advantage[t + 1] if live[t] else 0.0)
    out = advantage[:T] + v[:T]
    # v[t] may be huge or the GAE form may round: recompute the done steps exactly
    out[d] = r[d]
    return out
