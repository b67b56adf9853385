"""The kept top-k gates are not renormalised: they are the raw softmax probabilities.

Mixtral (and this kata) divide the k kept probabilities by their sum, so each token's gates
add up to 1 whatever k is.
"""
import numpy as np


def top_k_routing(router_logits, k):
    N, E = router_logits.shape
    if not 1 <= k <= E:
        raise ValueError(f"k must be in 1..{E}, got {k}")
    z = router_logits - router_logits.max(axis=1, keepdims=True)
    probs = np.exp(z)
    probs /= probs.sum(axis=1, keepdims=True)
    # stable sort of -logits: descending, equal logits keep the smaller index first
    experts = np.argsort(-router_logits, axis=1, kind="stable")[:, :k].astype(np.int64)
    kept = np.take_along_axis(probs, experts, axis=1)
    gates = kept.copy()
    return experts, gates


def moe_forward(x, router_logits, expert_weights, k):
    experts, gates = top_k_routing(router_logits, k)
    y = np.zeros((x.shape[0], expert_weights.shape[2]))
    for j in range(k):
        # each token's j-th expert: (N, D) x (N, D, D_out) -> (N, D_out)
        out = np.einsum("nd,ndo->no", x, expert_weights[experts[:, j]])
        y += gates[:, j:j + 1] * out
    return y


def load_balancing_loss(router_logits, k):
    experts, _ = top_k_routing(router_logits, k)
    N, E = router_logits.shape
    z = router_logits - router_logits.max(axis=1, keepdims=True)
    probs = np.exp(z)
    probs /= probs.sum(axis=1, keepdims=True)
    f = np.bincount(experts.ravel(), minlength=E) / (N * k)   # share of the N·k assignments
    P = probs.mean(axis=0)                                     # mean router probability, all experts
    return float(E * np.sum(f * P))
