"""One weight matrix per convention (d loss / d ℓ), the clip as an 'active' mask on the ratio."""
import numpy as np


def _weights(mask, loss_type):
    m = mask.astype(np.float64)
    if loss_type == "token":
        n = m.sum()
        return m / n if n else m
    if loss_type == "sequence":
        per_row = m.sum(axis=1, keepdims=True)
        return np.divide(m, per_row * m.shape[0], out=np.zeros_like(m), where=per_row > 0)
    raise ValueError("loss_type must be 'sequence' or 'token'")


def _terms(logp, old_logp, ref_logp, advantages, eps_low, eps_high):
    ratio = np.exp(logp - old_logp)
    a = np.broadcast_to(advantages[:, None], ratio.shape)
    # the clip is active when the ratio went past the range in the direction the advantage rewards
    active = ((a > 0) & (ratio > 1.0 + eps_high)) | ((a < 0) & (ratio < 1.0 - eps_low))
    surrogate = np.where(active, np.clip(ratio, 1.0 - eps_low, 1.0 + eps_high), ratio) * a
    return ratio, a, active, surrogate


def grpo_loss(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    w = _weights(mask, loss_type)
    _, _, _, surrogate = _terms(logp, old_logp, ref_logp, advantages, eps_low, eps_high)
    r = np.exp(ref_logp - logp)
    per = -surrogate + beta * (r - np.log(r) - 1.0)
    return float(np.sum(np.where(mask, per, 0.0) * w))


def grpo_loss_grad(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    w = _weights(mask, loss_type)
    ratio, a, active, _ = _terms(logp, old_logp, ref_logp, advantages, eps_low, eps_high)
    g = np.where(active, 0.0, -ratio * a) + beta * (1.0 - np.exp(ref_logp - logp))
    return np.where(mask, g, 0.0) * w
