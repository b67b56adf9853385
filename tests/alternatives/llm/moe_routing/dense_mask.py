"""A dense (N, E) gate matrix with zeros for unpicked experts: every expert run on every token, one einsum.
"""
import numpy as np


def _probs(logits):
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def top_k_routing(router_logits, k):
    E = router_logits.shape[1]
    if not (1 <= k <= E):
        raise ValueError("bad k")
    p = _probs(router_logits)
    # ranked by the logits: probabilities that underflow to 0.0 would tie
    idx = np.lexsort((np.broadcast_to(np.arange(E), p.shape), -router_logits), axis=1)[:, :k]
    g = np.take_along_axis(p, idx, axis=1)
    return idx.astype(np.int64), g / g.sum(axis=1, keepdims=True)


def moe_forward(x, router_logits, expert_weights, k):
    idx, g = top_k_routing(router_logits, k)
    dense = np.zeros(router_logits.shape)
    np.put_along_axis(dense, idx, g, axis=1)
    every = np.einsum("nd,edo->neo", x, expert_weights)         # (N, E, D_out)
    return np.einsum("ne,neo->no", dense, every)


def load_balancing_loss(router_logits, k):
    N, E = router_logits.shape
    idx, _ = top_k_routing(router_logits, k)
    mask = np.zeros((N, E))
    np.put_along_axis(mask, idx, 1.0, axis=1)
    f = mask.sum(axis=0) / (N * k)
    return float(E * f @ _probs(router_logits).mean(axis=0))
