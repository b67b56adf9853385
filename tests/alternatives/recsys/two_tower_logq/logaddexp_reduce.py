"""Masked logits with a large negative fill replaced by exact zeros after np.logaddexp.reduce; the gradient from the softmax and a one-hot label matrix."""
import numpy as np


def in_batch_softmax_loss(U, V, item_ids, log_q, *, temperature):
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    if U.ndim != 2 or V.ndim != 2 or U.shape != V.shape or U.shape[0] < 1:
        raise ValueError("U and V")
    B = U.shape[0]
    ids = np.asarray(item_ids).reshape(-1)
    lq = np.asarray(log_q, dtype=float)
    if np.ndim(item_ids) != 1 or ids.size != B or lq.shape != (B,):
        raise ValueError("ids or log_q")
    if temperature <= 0:
        raise ValueError("temperature")
    labels = np.eye(B)
    keep = (ids[:, None] != ids[None, :]) | labels.astype(bool)
    logits = np.einsum("ad,bd->ab", U, V) / temperature - lq
    logits = np.where(keep, logits, -np.inf)
    lse = np.logaddexp.reduce(logits, axis=1)
    loss = float(np.mean(lse - np.diagonal(logits)))
    probs = np.where(keep, np.exp(logits - lse[:, None]), 0.0)
    g = (probs - labels) / (B * temperature)
    return loss, np.einsum("ab,bd->ad", g, V), np.einsum("ab,ad->bd", g, U)
