"""Drops the min: every term is clipped·A, so no gradient (and a clipped term) whenever ratio ∉ [1 − ε, 1 + ε].

The min makes PPO pessimistic, not blind: a ratio past the range in the direction its advantage DISfavours (A < 0 with ratio > 1 + ε, or A > 0 with ratio < 1 − ε) keeps its unclipped term and its gradient. Compare the two terms, do not test the ratio alone.
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
    plain, cut = ratio * advantages, clipped * advantages
    objective = float(np.mean(np.where((ratio >= 1.0 - clip_eps) & (ratio <= 1.0 + clip_eps), plain, cut)))
    inside = (ratio >= 1.0 - clip_eps) & (ratio <= 1.0 + clip_eps)
    grad = np.where(inside, plain, 0.0) / n
    return objective, grad
