"""ln σ is computed as log(1 / (1 + exp(−x))): inf or nan for large scores.

For x = −1000, exp(1000) overflows and ln σ(x) becomes −inf, so the loss is inf instead of 1000.
Use ln σ(x) = −logaddexp(0, −x).
"""
import numpy as np


def sgns_loss_and_grads(W_in, W_out, center, context, negatives):
    v = W_in[center]
    negatives = np.asarray(negatives, dtype=np.int64).reshape(-1)
    u_o = W_out[context]
    u_neg = W_out[negatives]                         # (K, d), a copy (fancy indexing)
    positive = u_o @ v
    negative = u_neg @ v                             # (K,)
    # −ln σ(x) = ln(1 + e^(−x)) = logaddexp(0, −x): no overflow for any x
    with np.errstate(over="ignore", divide="ignore"):
        loss = -np.log(1 / (1 + np.exp(-positive))) - np.sum(np.log(1 / (1 + np.exp(negative))))
    # σ(x) = exp(−logaddexp(0, −x)) stays in [0, 1] without warnings
    with np.errstate(over="ignore"):
        sigma_pos = 1 / (1 + np.exp(-positive))
        sigma_neg = 1 / (1 + np.exp(-negative))
    grad_center = (sigma_pos - 1.0) * u_o + sigma_neg @ u_neg
    grad_out = np.zeros_like(W_out, dtype=np.float64)
    grad_out[context] += (sigma_pos - 1.0) * v
    np.add.at(grad_out, negatives, sigma_neg[:, None] * v)   # repeated rows accumulate
    return float(loss), grad_center.astype(np.float64), grad_out
