"""ᾱ by a plain running product up to step t, σ from the variance, preallocated output."""
import math
import numbers

import numpy as np


def _parse(betas, t):
    bs = [float(b) for b in np.asarray(betas, dtype=np.float64).reshape(-1)] if np.ndim(betas) == 1 else None
    if not bs or any(not 0.0 < b < 1.0 for b in bs):
        raise ValueError("betas must be a non-empty 1-D array of values in (0, 1)")
    if isinstance(t, (bool, np.bool_)) or not isinstance(t, numbers.Integral) or t < 0 or t >= len(bs):
        raise ValueError("bad t")
    alpha_bar_prev = 1.0
    for b in bs[:t]:
        alpha_bar_prev *= 1.0 - b
    return bs[t], alpha_bar_prev * (1.0 - bs[t]), alpha_bar_prev


def _arrays(x, other):
    x, other = np.asarray(x, dtype=np.float64), np.asarray(other, dtype=np.float64)
    if x.ndim < 1 or x.shape != other.shape:
        raise ValueError("shape")
    return x, other


def q_sample(x0, t, eps, betas):
    _, ab, _ = _parse(betas, t)
    x0, eps = _arrays(x0, eps)
    out = np.empty(x0.shape)
    out[...] = math.sqrt(ab) * x0 + math.sqrt(1.0 - ab) * eps
    return out


def reverse_mean(x_t, t, eps_pred, betas):
    beta, ab, _ = _parse(betas, t)
    x_t, eps_pred = _arrays(x_t, eps_pred)
    coef = beta / math.sqrt(1.0 - ab)
    return (1.0 / math.sqrt(1.0 - beta)) * (x_t - coef * eps_pred)


def reverse_variance(t, betas, variance="posterior"):
    beta, ab, ab_prev = _parse(betas, t)
    if variance == "beta":
        return beta
    if variance == "posterior":
        return (1.0 - ab_prev) / (1.0 - ab) * beta
    raise ValueError("variance")


def p_sample_step(x_t, t, eps_pred, z, betas, variance="posterior"):
    variance_t = reverse_variance(t, betas, variance)
    mean = reverse_mean(x_t, t, eps_pred, betas)
    _, z = _arrays(x_t, z)
    if t >= 1:
        mean += math.sqrt(variance_t) * z
    return mean
