"""Plain loops over pairs: log-sum-exp per row and per column, and the gradient accumulated pair by pair."""
import math

import numpy as np


def _setup(image_emb, text_emb, temperature, normalize):
    a = np.asarray(image_emb, dtype=np.float64)
    b = np.asarray(text_emb, dtype=np.float64)
    if a.ndim != 2 or b.shape != a.shape or a.shape[0] < 1 or a.shape[1] < 1:
        raise ValueError("shapes")
    if temperature <= 0:
        raise ValueError("temperature")
    na = [math.sqrt(float(r @ r)) for r in a]
    nb = [math.sqrt(float(r @ r)) for r in b]
    if normalize:
        if min(na) == 0 or min(nb) == 0:
            raise ValueError("zero row")
        u = np.array([r / n for r, n in zip(a, na)])
        v = np.array([r / n for r, n in zip(b, nb)])
    else:
        u, v = a.copy(), b.copy()
    n = len(a)
    L = [[float(u[i] @ v[j]) / temperature for j in range(n)] for i in range(n)]
    return u, v, na, nb, L


def _lse(values):
    m = max(values)
    return m + math.log(sum(math.exp(x - m) for x in values))


def clip_loss(image_emb, text_emb, temperature=0.07, normalize=True):
    _, _, _, _, L = _setup(image_emb, text_emb, temperature, normalize)
    n = len(L)
    total = 0.0
    for i in range(n):
        total += _lse(L[i]) - L[i][i]
        total += _lse([L[j][i] for j in range(n)]) - L[i][i]
    return total / (2 * n)


def clip_loss_grad(image_emb, text_emb, temperature=0.07, normalize=True):
    u, v, na, nb, L = _setup(image_emb, text_emb, temperature, normalize)
    n = len(L)
    row_lse = [_lse(L[i]) for i in range(n)]
    col_lse = [_lse([L[j][i] for j in range(n)]) for i in range(n)]
    du, dv = np.zeros(u.shape), np.zeros(v.shape)
    for i in range(n):
        for j in range(n):
            g = (math.exp(L[i][j] - row_lse[i]) + math.exp(L[i][j] - col_lse[j]) - (2.0 if i == j else 0.0)) / (2 * n)
            du[i] += g * v[j] / temperature
            dv[j] += g * u[i] / temperature
    if normalize:
        for i in range(n):
            du[i] = (du[i] - u[i] * float(u[i] @ du[i])) / na[i]
            dv[i] = (dv[i] - v[i] * float(v[i] @ dv[i])) / nb[i]
    return du, dv
