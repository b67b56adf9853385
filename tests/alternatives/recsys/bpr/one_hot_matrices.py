"""Scatter by one-hot matrices: grad_P = U_onehotᵀ · (per-triple rows); the softplus by np.where on the sign."""
import numpy as np


def bpr_loss_and_grads(P, Q, users, pos_items, neg_items, *, reg):
    P, Q = np.asarray(P, dtype=float), np.asarray(Q, dtype=float)
    users, pos_items, neg_items = (np.asarray(a).astype(int) for a in (users, pos_items, neg_items))
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1] or reg < 0:
        raise ValueError("P, Q, reg")
    if users.ndim != 1 or len(users) == 0 or len(users) != len(pos_items) or len(users) != len(neg_items):
        raise ValueError("batch")
    for idx, n in ((users, len(P)), (pos_items, len(Q)), (neg_items, len(Q))):
        if (idx < 0).any() or (idx >= n).any():
            raise ValueError("index")
    B = len(users)
    U = np.eye(len(P))[users]                     # (B, n_users)
    I, J = np.eye(len(Q))[pos_items], np.eye(len(Q))[neg_items]
    p = U @ P
    x = np.einsum("bk,bk->b", p, (I - J) @ Q)
    softplus = np.maximum(-x, 0) + np.log1p(np.exp(-np.abs(x)))        # log(1 + e^(−x))
    sig_neg = np.where(x >= 0, np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))), 1 / (1 + np.exp(-np.abs(x))))
    loss = softplus.sum() / B + reg / 2 * ((P ** 2).sum() + (Q ** 2).sum())
    coef = -sig_neg[:, None] / B
    grad_P = U.T @ (coef * ((I - J) @ Q)) + reg * P
    grad_Q = (I - J).T @ (coef * p) + reg * Q
    return float(loss), grad_P, grad_Q
