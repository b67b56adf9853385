"""One helper for the row-wise cross-entropy with the diagonal as the class, applied to L and to Lᵀ; explicit normalisation Jacobian."""
import numpy as np


def _prep(a, b, tau, normalize):
    a, b = np.array(a, dtype=float), np.array(b, dtype=float)
    if a.ndim != 2 or a.shape != b.shape or a.size == 0 or tau <= 0:
        raise ValueError("invalid arguments")
    if normalize:
        na, nb = np.sqrt((a * a).sum(1)), np.sqrt((b * b).sum(1))
        if (na == 0).any() or (nb == 0).any():
            raise ValueError("zero row")
        return a, b, a / na[:, None], b / nb[:, None]
    return a, b, a, b


def _ce_diag(L):
    """mean over rows of −log softmax(L_i)[i], and its gradient with respect to L."""
    m = L.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(L - m).sum(axis=1))
    p = np.exp(L - lse[:, None])
    n = len(L)
    return float(np.mean(lse - np.diag(L))), (p - np.eye(n)) / n


def clip_loss(image_emb, text_emb, temperature=0.07, normalize=True):
    _, _, u, v = _prep(image_emb, text_emb, temperature, normalize)
    L = u @ v.T / temperature
    return (_ce_diag(L)[0] + _ce_diag(L.T)[0]) / 2 + 0.0


def clip_loss_grad(image_emb, text_emb, temperature=0.07, normalize=True):
    a, b, u, v = _prep(image_emb, text_emb, temperature, normalize)
    L = u @ v.T / temperature
    G = (_ce_diag(L)[1] + _ce_diag(L.T)[1].T) / 2
    du, dv = G @ v / temperature, G.T @ u / temperature
    if not normalize:
        return du, dv
    da, db = np.zeros_like(a), np.zeros_like(b)
    for i in range(len(a)):
        for x, ux, dx, out in ((a[i], u[i], du[i], da), (b[i], v[i], dv[i], db)):
            J = (np.eye(len(x)) - np.outer(ux, ux)) / np.linalg.norm(x)
            out[i] = J.T @ dx
    return da, db
