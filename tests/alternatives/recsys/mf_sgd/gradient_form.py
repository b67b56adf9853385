"""Each step as a gradient of ½e² + ½reg·(b_u² + b_i² + ‖p‖² + ‖q‖²), all gradients first, then one update."""
import numpy as np


def mf_sgd(users, items, ratings, *, P0, Q0, learning_rate, reg, n_epochs):
    users = np.asarray(users).astype(int)
    items = np.asarray(items).astype(int)
    ratings = np.asarray(ratings).astype(float)
    if users.ndim != 1 or len(users) != len(items) or len(items) != len(ratings) or len(ratings) < 1:
        raise ValueError("ratings must be three 1-D arrays of one length >= 1")
    P, Q = np.asarray(P0, dtype=float).copy(), np.asarray(Q0, dtype=float).copy()
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P0 and Q0 must share k")
    if (users < 0).any() or (users >= len(P)).any() or (items < 0).any() or (items >= len(Q)).any():
        raise ValueError("index out of range")
    if not learning_rate > 0 or reg < 0 or n_epochs < 0:
        raise ValueError("hyper-parameters out of range")
    mu = float(np.mean(ratings))
    bu, bi = np.zeros(len(P)), np.zeros(len(Q))
    for _ in range(n_epochs):
        for t in range(len(ratings)):
            u, i = users[t], items[t]
            e = ratings[t] - mu - bu[u] - bi[i] - np.dot(P[u], Q[i])
            g_bu, g_bi = -e + reg * bu[u], -e + reg * bi[i]
            g_p, g_q = -e * Q[i] + reg * P[u], -e * P[u] + reg * Q[i]
            bu[u] -= learning_rate * g_bu
            bi[i] -= learning_rate * g_bi
            P[u] -= learning_rate * g_p
            Q[i] -= learning_rate * g_q
    return mu, bu, bi, P, Q
