"""σ(x) computed as e^x / (1 + e^x): nan for a score of +1000.

e^1000 overflows to inf and inf / inf is nan, so the gradients of a very likely pair are nan
instead of 0. Use 1 / (1 + e^(−x)) for x ≥ 0 (and e^x / (1 + e^x) only for x < 0).
"""
import numpy as np


def sgns_loss_and_grads(W_in, W_out, center, context, negatives):
    v = W_in[center]
    negatives = np.asarray(negatives, dtype=np.int64).reshape(-1)
    u_o = W_out[context]
    u_neg = W_out[negatives]                         # (K, d), a copy (fancy indexing)
    positive = u_o @ v
    negative = u_neg @ v                             # (K,)
    loss = np.logaddexp(0.0, -positive) + np.sum(np.logaddexp(0.0, negative))
    with np.errstate(over="ignore", invalid="ignore"):
        sigma_pos = np.exp(positive) / (1 + np.exp(positive))     # inf / inf = nan at x = 1000
        sigma_neg = np.exp(negative) / (1 + np.exp(negative))
    grad_center = (sigma_pos - 1.0) * u_o + sigma_neg @ u_neg
    grad_out = np.zeros_like(W_out, dtype=np.float64)
    grad_out[context] += (sigma_pos - 1.0) * v
    np.add.at(grad_out, negatives, sigma_neg[:, None] * v)   # repeated rows accumulate
    return float(loss), grad_center.astype(np.float64), grad_out
