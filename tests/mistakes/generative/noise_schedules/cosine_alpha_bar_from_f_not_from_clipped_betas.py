"""ᾱ is returned as f((t+1)/T)/f(0) directly, not as the cumulative product of the clipped α.

Where the clip acts, β no longer matches f: ᾱ must be cumprod(1 − β) of the betas you return, or the three arrays disagree.
"""
import math
import numbers

import numpy as np


def _steps(T):
    if isinstance(T, bool) or not isinstance(T, numbers.Integral) or T < 1:
        raise ValueError("T must be an integer >= 1")
    return int(T)


def _in_open_unit_interval(value, name):
    if not 0.0 < value < 1.0:
        raise ValueError(f"{name} must lie in (0, 1)")
    return float(value)


def _from_betas(betas):
    alphas = 1.0 - betas
    return betas, alphas, np.cumprod(alphas)


def linear_schedule(T, beta_start=1e-4, beta_end=0.02):
    T = _steps(T)
    beta_start = _in_open_unit_interval(beta_start, "beta_start")
    beta_end = _in_open_unit_interval(beta_end, "beta_end")
    return _from_betas(np.linspace(beta_start, beta_end, T, dtype=np.float64))


def cosine_schedule(T, s=0.008, max_beta=0.999):
    T = _steps(T)
    max_beta = _in_open_unit_interval(max_beta, "max_beta")
    if not s >= 0:
        raise ValueError("s must be >= 0")
    u = np.arange(T + 1, dtype=np.float64) / T          # the ends of the T steps, 0 … 1
    f = np.cos((u + s) / (1.0 + s) * math.pi / 2) ** 2
    # ᾱ(u) = f(u)/f(0): the ratio of consecutive values is α_t, and f(0) cancels
    betas = np.minimum(1.0 - f[1:] / f[:-1], max_beta)
    return betas, 1.0 - betas, f[1:] / f[0]
