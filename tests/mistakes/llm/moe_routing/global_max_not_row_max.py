"""Softmax shifted by the maximum of the whole matrix instead of each row's: a row far below the largest logit underflows to 0/0.

Subtract each ROW's maximum (axis=1, keepdims=True): every token has its own softmax.
"""
import numpy as np
def _probs(z):
    e = np.exp(z - z.max())
    return e / e.sum(axis=1, keepdims=True)
def top_k_routing(router_logits, k):
    N, E = router_logits.shape
    if not (1 <= k <= E):
        raise ValueError("k")
    p = _probs(router_logits)
    experts = np.array([sorted(range(E), key=lambda e: (-router_logits[n, e], e))[:k] for n in range(N)], dtype=np.int64).reshape(N, k)
    g = np.take_along_axis(p, experts, axis=1)
    return experts, g / g.sum(axis=1, keepdims=True)
def moe_forward(x, router_logits, expert_weights, k):
    experts, gates = top_k_routing(router_logits, k)
    y = np.zeros((x.shape[0], expert_weights.shape[2]))
    for n in range(x.shape[0]):
        for j in range(k):
            y[n] += gates[n, j] * x[n] @ expert_weights[experts[n, j]]
    return y
def load_balancing_loss(router_logits, k):
    N, E = router_logits.shape
    experts, _ = top_k_routing(router_logits, k)
    f = np.array([(experts == i).sum() for i in range(E)]) / (N * k)
    return float(E * (f * _probs(router_logits).mean(axis=0)).sum())
