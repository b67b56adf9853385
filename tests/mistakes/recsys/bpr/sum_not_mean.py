"""Sums the log-losses over the batch instead of averaging them (and the gradients with them).

The loss is the batch MEAN of −log σ(x): divide the sum (and each triple's gradient) by B.
"""
import numpy as np

def bpr_loss_and_grads(P, Q, users, pos_items, neg_items, *, reg):
    P, Q = np.asarray(P, dtype=float), np.asarray(Q, dtype=float)
    users, pos_items, neg_items = np.asarray(users), np.asarray(pos_items), np.asarray(neg_items)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1] or reg < 0:
        raise ValueError("bad P, Q or reg")
    if users.ndim != 1 or users.shape != pos_items.shape or users.shape != neg_items.shape or users.size == 0:
        raise ValueError("bad batch")
    if (users.min() < 0 or users.max() >= len(P) or min(pos_items.min(), neg_items.min()) < 0
            or max(pos_items.max(), neg_items.max()) >= len(Q)):
        raise ValueError("index out of range")
    B = users.size
    p, qi, qj = P[users], Q[pos_items], Q[neg_items]
    x = np.sum(p * (qi - qj), axis=1)
    loss = np.sum(np.logaddexp(0.0, -x)) + 0.5 * reg * (np.sum(P * P) + np.sum(Q * Q))
    w = np.exp(-np.logaddexp(0.0, x))
    gP, gQ = reg * P, reg * Q
    np.add.at(gP, users, -w[:, None] * (qi - qj))
    np.add.at(gQ, pos_items, -w[:, None] * p)
    np.add.at(gQ, neg_items, w[:, None] * p)
    return float(loss), gP, gQ
