"""Per-token loops; the kept gates as a softmax over the kept LOGITS (the same as renormalising), sorted() for the ranking.
"""
import math

import numpy as np


def top_k_routing(router_logits, k):
    N, E = router_logits.shape
    if k < 1 or k > E:
        raise ValueError("k out of range")
    experts = np.zeros((N, k), dtype=np.int64)
    gates = np.zeros((N, k))
    for n in range(N):
        row = [float(v) for v in router_logits[n]]
        ranked = sorted(range(E), key=lambda e: (-row[e], e))[:k]
        top = row[ranked[0]]
        w = [math.exp(row[e] - top) for e in ranked]
        s = sum(w)
        experts[n] = ranked
        gates[n] = [v / s for v in w]
    return experts, gates


def moe_forward(x, router_logits, expert_weights, k):
    experts, gates = top_k_routing(router_logits, k)
    y = np.zeros((x.shape[0], expert_weights.shape[2]))
    for n in range(x.shape[0]):
        for j in range(k):
            y[n] += gates[n, j] * (x[n] @ expert_weights[experts[n, j]])
    return y


def load_balancing_loss(router_logits, k):
    N, E = router_logits.shape
    experts, _ = top_k_routing(router_logits, k)
    counts = [0] * E
    for e in experts.ravel():
        counts[int(e)] += 1
    P = np.zeros(E)
    for n in range(N):
        row = router_logits[n] - router_logits[n].max()
        p = np.exp(row) / np.exp(row).sum()
        P += p / N
    return float(E * sum(counts[i] / (N * k) * P[i] for i in range(E)))
