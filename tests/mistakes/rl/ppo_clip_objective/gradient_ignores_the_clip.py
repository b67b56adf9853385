"""Gradient ignores the clip: ratio·A/N for every sample, as if the objective were unclipped.

Where the clipped term is strictly smaller, the objective is clipped_i·A_i, a constant in log_probs: its gradient there is 0.
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
    objective = float(np.mean(np.minimum(plain, cut)))
    grad = plain / n
    return objective, grad
