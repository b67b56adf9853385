"""Temperature floored at a small constant (max(T, 1e-3)) to avoid dividing by tiny numbers: a tiny positive temperature is not honoured.

Only temperature == 0 is special (greedy); any positive temperature divides the logits as it is,
and subtracting the max keeps logits / T finite in exp.
"""
import numpy as np
def sampling_distribution(logits, *, temperature=1.0, top_k=None, top_p=None):
    if temperature < 0 or (top_k is not None and top_k < 1) or (top_p is not None and not (0 < top_p <= 1)):
        raise ValueError("bad argument")
    V = len(logits)
    if temperature == 0:
        out = np.zeros(V); out[int(np.argmax(logits))] = 1.0
        return out
    z = np.asarray(logits, dtype=np.float64) / max(temperature, 1e-3)
    p = np.exp(z - z.max()); p = p / p.sum()
    order = sorted(range(V), key=lambda i: (-p[i], i))
    keep = set(order if top_k is None else order[:top_k])
    p = np.array([p[i] if i in keep else 0.0 for i in range(V)]); p /= p.sum()
    if top_p is not None:
        order = sorted(range(V), key=lambda i: (-p[i], i))
        total, kept = 0.0, []
        for i in order:
            kept.append(i); total += p[i]
            if total >= top_p:
                break
        p = np.array([p[i] if i in kept else 0.0 for i in range(V)]); p /= p.sum()
    return p
def sample(logits, n_samples, *, temperature=1.0, top_k=None, top_p=None, seed=0):
    p = sampling_distribution(logits, temperature=temperature, top_k=top_k, top_p=top_p)
    order = [i for i in sorted(range(len(p)), key=lambda i: (-p[i], i)) if p[i] > 0]
    c = np.cumsum(p[order])
    u = np.random.default_rng(seed).random(n_samples)
    idx = np.minimum(np.searchsorted(c, u, side="right"), len(order) - 1)
    return np.array(order, dtype=np.int64)[idx]
