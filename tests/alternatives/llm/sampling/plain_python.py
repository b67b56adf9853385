"""Plain Python lists: sorted() with the key (−p, index), explicit loops for the filters and the draw.
"""
import math

import numpy as np


def sampling_distribution(logits, *, temperature=1.0, top_k=None, top_p=None):
    if temperature < 0 or (top_k is not None and top_k < 1) or (top_p is not None and not 0 < top_p <= 1):
        raise ValueError("bad argument")
    values = [float(x) for x in logits]
    V = len(values)
    if temperature == 0:
        best = max(range(V), key=lambda i: (values[i], -i))
        return np.array([1.0 if i == best else 0.0 for i in range(V)])
    top = max(values)
    p = [math.exp((x - top) / temperature) for x in values]
    total = sum(p)
    p = [x / total for x in p]
    ranked = sorted(range(V), key=lambda i: (-p[i], i))
    kept = ranked if top_k is None else ranked[:top_k]
    mass = sum(p[i] for i in kept)
    p = [p[i] / mass if i in kept else 0.0 for i in range(V)]
    if top_p is not None:
        nucleus, running = [], 0.0
        for i in kept:
            nucleus.append(i)
            running += p[i]
            if running >= top_p:
                break
        mass = sum(p[i] for i in nucleus)
        p = [p[i] / mass if i in nucleus else 0.0 for i in range(V)]
    return np.array(p, dtype=np.float64)


def sample(logits, n_samples, *, temperature=1.0, top_k=None, top_p=None, seed=0):
    p = sampling_distribution(logits, temperature=temperature, top_k=top_k, top_p=top_p)
    ranked = [i for i in sorted(range(len(p)), key=lambda i: (-p[i], i)) if p[i] > 0]
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n_samples):
        u = rng.random()
        c, pick = 0.0, ranked[-1]
        for i in ranked:
            c += p[i]
            if u < c:
                pick = i
                break
        out.append(pick)
    return np.array(out, dtype=np.int64)
