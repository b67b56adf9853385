"""Scales q once up front (q' = q/√D), then uses the chain rule dQ = dQ'/√D; softmax via logsumexp."""
import numpy as np


def attention_backward(q, k, v, d_output, mask=None):
    root = np.sqrt(q.shape[-1])
    qs = q / root
    s = qs @ np.swapaxes(k, -1, -2)
    allowed = np.ones(s.shape, dtype=bool) if mask is None else np.broadcast_to(mask, s.shape)
    any_allowed = allowed.any(axis=-1, keepdims=True)
    filled = np.where(allowed, s, -np.inf)
    peak = np.where(any_allowed, filled.max(axis=-1, keepdims=True), 0.0)
    shifted = np.where(allowed, filled - peak, -np.inf)
    with np.errstate(divide="ignore"):
        lse = np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    p = np.where(allowed & any_allowed, np.exp(shifted - np.where(any_allowed, lse, 0.0)), 0.0)
    dv = np.einsum("...qk,...qd->...kd", p, d_output)
    dp = np.einsum("...qd,...kd->...qk", d_output, v)
    ds = p * dp - p * np.einsum("...qk,...qk->...q", p, dp)[..., None]
    dqs = np.einsum("...qk,...kd->...qd", ds, k)
    dk = np.einsum("...qk,...qd->...kd", ds, qs)
    return dqs / root, dk, dv
