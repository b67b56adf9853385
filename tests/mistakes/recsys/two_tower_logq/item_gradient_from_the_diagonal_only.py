"""Gives V[b] only its gradient as row b's positive, −(1 − S[b, b])·U[b], forgetting its pushes as a negative for the other rows.

Every item embedding appears in every row's softmax: grad_V = (S − I)ᵀ U / (τB) sums over all rows.
"""
import numpy as np


def in_batch_softmax_loss(U, V, item_ids, log_q, *, temperature):
    U, V = np.asarray(U, dtype=float), np.asarray(V, dtype=float)
    item_ids, log_q = np.asarray(item_ids), np.asarray(log_q, dtype=float)
    if U.ndim != 2 or U.shape != V.shape or U.shape[0] == 0:
        raise ValueError("U, V")
    B = U.shape[0]
    if item_ids.shape != (B,) or log_q.shape != (B,) or temperature <= 0:
        raise ValueError("item_ids, log_q or temperature")
    eye = np.eye(B)
    dup = (item_ids[:, None] == item_ids[None, :]) & ~np.eye(B, dtype=bool)
    logits = np.where(dup, -np.inf, U @ V.T / temperature - log_q[None, :])
    shifted = logits - logits.max(axis=1, keepdims=True)
    logsm = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(np.diag(logsm))
    S = np.exp(logsm)
    delta = (S - eye) / (temperature * B)
    grad_V = -(1 - np.diag(S))[:, None] * U / (temperature * B)
    return float(loss), delta @ V, grad_V
