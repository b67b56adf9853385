"""Plain Python lists of floats, with explicit old copies of the two factor rows."""
import numpy as np


def mf_sgd(users, items, ratings, *, P0, Q0, learning_rate, reg, n_epochs):
    users, items, ratings = list(np.asarray(users).tolist()), list(np.asarray(items).tolist()), [float(x) for x in np.asarray(ratings).tolist()]
    P = [list(map(float, row)) for row in np.asarray(P0).tolist()]
    Q = [list(map(float, row)) for row in np.asarray(Q0).tolist()]
    if np.ndim(P0) != 2 or np.ndim(Q0) != 2 or np.shape(P0)[1] != np.shape(Q0)[1]:
        raise ValueError("P0, Q0")
    if np.ndim(users) != 1 or not (len(users) == len(items) == len(ratings)) or not ratings:
        raise ValueError("ratings")
    if any(u < 0 or u >= len(P) for u in users) or any(i < 0 or i >= len(Q) for i in items):
        raise ValueError("index")
    if learning_rate <= 0 or reg < 0 or n_epochs < 0:
        raise ValueError("hyper-parameters")
    mu = sum(ratings) / len(ratings)
    bu, bi = [0.0] * len(P), [0.0] * len(Q)
    k = np.shape(P0)[1]
    for _ in range(n_epochs):
        for u, i, r in zip(users, items, ratings):
            p_old, q_old = P[u][:], Q[i][:]
            e = r - (mu + bu[u] + bi[i] + sum(p_old[f] * q_old[f] for f in range(k)))
            bu[u] += learning_rate * (e - reg * bu[u])
            bi[i] += learning_rate * (e - reg * bi[i])
            for f in range(k):
                P[u][f] = p_old[f] + learning_rate * (e * q_old[f] - reg * p_old[f])
                Q[i][f] = q_old[f] + learning_rate * (e * p_old[f] - reg * q_old[f])
    return (float(mu), np.array(bu, dtype=float), np.array(bi, dtype=float),
            np.array(P, dtype=float).reshape(len(P), k), np.array(Q, dtype=float).reshape(len(Q), k))
