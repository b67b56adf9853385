"""eps_pred's coefficient is β_t/(1 − ᾱ_t) instead of β_t/√(1 − ᾱ_t).

The noise in x_t is √(1 − ᾱ_t)·eps: the coefficient divides by that standard deviation, not the variance.
"""
import math
import numbers

import numpy as np


def _schedule(betas):
    betas = np.asarray(betas, dtype=np.float64)
    if betas.ndim != 1 or betas.size == 0:
        raise ValueError("betas must be a non-empty 1-D array")
    if np.any(~((betas > 0) & (betas < 1))):
        raise ValueError("every beta must lie in (0, 1)")
    alphas = 1.0 - betas
    return betas, alphas, np.cumprod(alphas)


def _step(t, T):
    if isinstance(t, (bool, np.bool_)) or not isinstance(t, numbers.Integral) or not 0 <= t < T:
        raise ValueError(f"t must be an integer in [0, {T - 1}]")
    return int(t)


def _pair(x, noise, x_name, noise_name):
    x = np.asarray(x, dtype=np.float64)
    noise = np.asarray(noise, dtype=np.float64)
    if x.ndim == 0:
        raise ValueError(f"{x_name} must have at least one dimension")
    if noise.shape != x.shape:
        raise ValueError(f"{noise_name} must have {x_name}'s shape {x.shape}")
    return x, noise


def q_sample(x0, t, eps, betas):
    _, _, alpha_bars = _schedule(betas)
    t = _step(t, len(alpha_bars))
    x0, eps = _pair(x0, eps, "x0", "eps")
    return math.sqrt(alpha_bars[t]) * x0 + math.sqrt(1.0 - alpha_bars[t]) * eps


def reverse_mean(x_t, t, eps_pred, betas):
    betas, alphas, alpha_bars = _schedule(betas)
    t = _step(t, len(betas))
    x_t, eps_pred = _pair(x_t, eps_pred, "x_t", "eps_pred")
    return (x_t - betas[t] / (1.0 - alpha_bars[t]) * eps_pred) / math.sqrt(alphas[t])


def reverse_variance(t, betas, variance="posterior"):
    betas, _, alpha_bars = _schedule(betas)
    t = _step(t, len(betas))
    if variance == "beta":
        return float(betas[t])
    if variance == "posterior":
        # ᾱ_{−1} = 1: never alpha_bars[t − 1], which wraps to the LAST step at t = 0
        alpha_bar_prev = alpha_bars[t - 1] if t > 0 else 1.0
        return float((1.0 - alpha_bar_prev) / (1.0 - alpha_bars[t]) * betas[t])
    raise ValueError('variance must be "beta" or "posterior"')


def p_sample_step(x_t, t, eps_pred, z, betas, variance="posterior"):
    mean = reverse_mean(x_t, t, eps_pred, betas)
    sigma = math.sqrt(reverse_variance(t, betas, variance))
    x_t, z = _pair(x_t, z, "x_t", "z")
    if t == 0:
        return mean          # the final step returns the mean: no noise
    return mean + sigma * z
