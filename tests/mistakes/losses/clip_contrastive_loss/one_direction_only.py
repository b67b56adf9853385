"""Only the image → text cross-entropy (over the rows): the text → image direction is missing.

CLIP averages the two directions: rows AND columns.
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
    shifted = z - z.max(axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def clip_loss(image_emb, text_emb, temperature=0.07, normalize=True):
    u, v, _, _ = _check(image_emb, text_emb, temperature, normalize)
    logits = u @ v.T / temperature
    rows = -np.mean(np.diag(_log_softmax(logits, axis=1)))
    cols = -np.mean(np.diag(_log_softmax(logits, axis=0)))
    return float(rows) + 0.0     # + 0.0 turns −0.0 into 0.0


def clip_loss_grad(image_emb, text_emb, temperature=0.07, normalize=True):
    u, v, na, nb = _check(image_emb, text_emb, temperature, normalize)
    n = u.shape[0]
    logits = u @ v.T / temperature
    eye = np.eye(n)
    g = (np.exp(_log_softmax(logits, axis=1)) - eye) / n
    du = g @ v / temperature
    dv = g.T @ u / temperature
    if not normalize:
        return du, dv
    # u = a / ‖a‖: the Jacobian projects out the radial part and divides by the norm
    da = (du - u * np.sum(u * du, axis=1, keepdims=True)) / na
    db = (dv - v * np.sum(v * dv, axis=1, keepdims=True)) / nb
    return da, db
