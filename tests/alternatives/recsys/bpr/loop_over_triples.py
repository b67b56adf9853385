"""One triple at a time with math.log1p / math.exp on the right branch, accumulating into the gradient rows."""
import math

import numpy as np


def _neg_log_sigmoid(x):
    # log(1 + e^(−x)): for x < 0 write it as −x + log(1 + e^x) so nothing overflows
    return math.log1p(math.exp(-x)) if x >= 0 else -x + math.log1p(math.exp(x))


def _sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def bpr_loss_and_grads(P, Q, users, pos_items, neg_items, *, reg):
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    users, pos_items, neg_items = list(np.asarray(users)), list(np.asarray(pos_items)), list(np.asarray(neg_items))
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P, Q")
    if np.ndim(users) != 1 or not users or not len(users) == len(pos_items) == len(neg_items):
        raise ValueError("batch")
    if any(not 0 <= u < len(P) for u in users) or any(not 0 <= i < len(Q) for i in pos_items + neg_items):
        raise ValueError("index")
    if reg < 0:
        raise ValueError("reg")
    B = len(users)
    total = 0.0
    gP, gQ = reg * P, reg * Q
    for u, i, j in zip(users, pos_items, neg_items):
        x = float(P[u] @ Q[i] - P[u] @ Q[j])
        total += _neg_log_sigmoid(x)
        w = _sigmoid(-x) / B
        gP[u] -= w * (Q[i] - Q[j])
        gQ[i] -= w * P[u]
        gQ[j] += w * P[u]
    loss = total / B + reg / 2 * (float(np.sum(P ** 2)) + float(np.sum(Q ** 2)))
    return loss, gP, gQ
