"""The output vectors are read from W_in instead of W_out.

word2vec keeps two tables: v = W_in[center] for the centre word and u = W_out[word] for context
and negative words. The scores are W_out[o] · W_in[c].
"""
import numpy as np


def sgns_loss_and_grads(W_in, W_out, center, context, negatives):
    v = W_in[center]
    negatives = np.asarray(negatives, dtype=np.int64).reshape(-1)
    u_o = W_in[context]
    u_neg = W_in[negatives]                         # (K, d), a copy (fancy indexing)
    positive = u_o @ v
    negative = u_neg @ v                             # (K,)
    # −ln σ(x) = ln(1 + e^(−x)) = logaddexp(0, −x): no overflow for any x
    loss = np.logaddexp(0.0, -positive) + np.sum(np.logaddexp(0.0, negative))
    # σ(x) = exp(−logaddexp(0, −x)) stays in [0, 1] without warnings
    sigma_pos = np.exp(-np.logaddexp(0.0, -positive))
    sigma_neg = np.exp(-np.logaddexp(0.0, -negative))
    grad_center = (sigma_pos - 1.0) * u_o + sigma_neg @ u_neg
    grad_out = np.zeros_like(W_out, dtype=np.float64)
    grad_out[context] += (sigma_pos - 1.0) * v
    np.add.at(grad_out, negatives, sigma_neg[:, None] * v)   # repeated rows accumulate
    return float(loss), grad_center.astype(np.float64), grad_out
