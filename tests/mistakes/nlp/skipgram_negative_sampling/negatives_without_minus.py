"""The negatives use ln σ(u_k · v) instead of ln σ(−u_k · v).

Negative sampling pushes the noise words AWAY: the model should give them probability
σ(−u_k · v) of NOT being context words.
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
    loss = np.logaddexp(0.0, -positive) + np.sum(np.logaddexp(0.0, -negative))
    # σ(x) = exp(−logaddexp(0, −x)) stays in [0, 1] without warnings
    sigma_pos = np.exp(-np.logaddexp(0.0, -positive))
    sigma_neg = np.exp(-np.logaddexp(0.0, -negative))
    grad_center = (sigma_pos - 1.0) * u_o + (sigma_neg - 1.0) @ u_neg
    grad_out = np.zeros_like(W_out, dtype=np.float64)
    grad_out[context] += (sigma_pos - 1.0) * v
    np.add.at(grad_out, negatives, (sigma_neg - 1.0)[:, None] * v)
    return float(loss), grad_center.astype(np.float64), grad_out
