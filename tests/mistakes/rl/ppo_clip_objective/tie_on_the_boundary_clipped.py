"""Keeps the gradient only for ratios strictly inside the range on the advantage's side: a ratio exactly at 1 ± ε gets 0.

At ratio = 1 + ε (A > 0) or 1 − ε (A < 0) the unclipped and clipped terms are equal, and the
statement counts a tie as unclipped: the gradient ratio·A/N flows. Compare the terms with ≤
(ratio·A ≤ clipped·A), or use ≤ / ≥ in a range test.
"""
import numpy as np


def ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps):
    log_probs = np.asarray(log_probs, dtype=float)
    old_log_probs = np.asarray(old_log_probs, dtype=float)
    advantages = np.asarray(advantages, dtype=float)
    if (log_probs.ndim != 1 or log_probs.size < 1 or old_log_probs.shape != log_probs.shape
            or advantages.shape != log_probs.shape or not clip_eps > 0):
        raise ValueError("bad input")
    n = log_probs.size
    ratio = np.exp(log_probs - old_log_probs)
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps)
    objective = float(np.mean(np.minimum(ratio * advantages, clipped * advantages)))
    keep = ((advantages >= 0) & (ratio < 1.0 + clip_eps)) | ((advantages < 0) & (ratio > 1.0 - clip_eps))
    grad = np.where(keep, ratio * advantages / n, 0.0)
    return objective, grad
