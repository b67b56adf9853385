"""Softmax without subtracting the maximum: inf and nan once logits reach the hundreds (small τ).

Use a stable log-softmax.
"""
import numpy as np


def _check(image_emb, text_emb, temperature, normalize):
    a = np.asarray(image_emb, dtype=np.float64)
    b = np.asarray(text_emb, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] == 0 or a.shape[1] == 0:
        raise ValueError("image_emb must be (N, D) with N, D >= 1")
    if b.shape != a.shape:
        raise ValueError("text_emb must have image_emb's shape")
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    na = np.linalg.norm(a, axis=1, keepdims=True)
    nb = np.linalg.norm(b, axis=1, keepdims=True)
    if normalize and (np.any(na == 0) or np.any(nb == 0)):
        raise ValueError("a zero row cannot be normalised")
    if not normalize:
        return a, b, None, None
    return a / na, b / nb, na, nb


def _log_softmax(z, axis):
    with np.errstate(all="ignore"):
        e = np.exp(z)
        return np.log(e / np.sum(e, axis=axis, keepdims=True))


def clip_loss(image_emb, text_emb, temperature=0.07, normalize=True):
    u, v, _, _ = _check(image_emb, text_emb, temperature, normalize)
    logits = u @ v.T / temperature
    rows = -np.mean(np.diag(_log_softmax(logits, axis=1)))
    cols = -np.mean(np.diag(_log_softmax(logits, axis=0)))
    return float(0.5 * (rows + cols)) + 0.0     # + 0.0 turns −0.0 into 0.0


def clip_loss_grad(image_emb, text_emb, temperature=0.07, normalize=True):
    u, v, na, nb = _check(image_emb, text_emb, temperature, normalize)
    n = u.shape[0]
    logits = u @ v.T / temperature
    eye = np.eye(n)
    g = (np.exp(_log_softmax(logits, axis=1)) - eye + np.exp(_log_softmax(logits, axis=0)) - eye) / (2 * n)
    du = g @ v / temperature
    dv = g.T @ u / temperature
    if not normalize:
        return du, dv
    # u = a / ‖a‖: the Jacobian projects out the radial part and divides by the norm
    da = (du - u * np.sum(u * du, axis=1, keepdims=True)) / na
    db = (dv - v * np.sum(v * dv, axis=1, keepdims=True)) / nb
    return da, db
