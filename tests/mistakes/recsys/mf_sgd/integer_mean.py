"""Computes μ with integer division (ratings.sum() // m): int ratings 5 and 4 give μ = 4, not 4.5.

μ is the mean of the ratings as a float, whatever their dtype: np.mean (or sum / m with true
division). Floor division truncates it for integer ratings whose mean is not a whole number.
"""
import numpy as np


def mf_sgd(users, items, ratings, *, P0, Q0, learning_rate, reg, n_epochs):
    users, items = np.asarray(users), np.asarray(items)
    ratings = np.asarray(ratings)
    P, Q = np.array(P0, dtype=float), np.array(Q0, dtype=float)
    if users.ndim != 1 or users.shape != items.shape or users.shape != ratings.shape or ratings.size == 0:
        raise ValueError("bad ratings")
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("bad factors")
    if users.min() < 0 or users.max() >= P.shape[0] or items.min() < 0 or items.max() >= Q.shape[0]:
        raise ValueError("index out of range")
    if learning_rate <= 0 or reg < 0 or n_epochs < 0:
        raise ValueError("bad hyper-parameters")
    lr = learning_rate
    mu = float(ratings.sum() // ratings.size)   # integer arithmetic for int ratings
    if ratings.dtype.kind == "f":
        mu = float(ratings.sum() / ratings.size)
    b_user, b_item = np.zeros(P.shape[0]), np.zeros(Q.shape[0])
    for _ in range(n_epochs):
        for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
            e = r - (mu + b_user[u] + b_item[i] + P[u] @ Q[i])
            b_user[u] += lr * (e - reg * b_user[u])
            b_item[i] += lr * (e - reg * b_item[i])
            P[u], Q[i] = P[u] + lr * (e * Q[i] - reg * P[u]), Q[i] + lr * (e * P[u] - reg * Q[i])
    return mu, b_user, b_item, P, Q
