"""The cosine ᾱ(u) = f(u)/f(0) curve first, β from the ratio of neighbours, then ᾱ again from the clipped α."""
import numbers

import numpy as np


def _validate_T(T):
    if isinstance(T, (bool, np.bool_)) or not isinstance(T, (numbers.Integral, np.integer)):
        raise ValueError("T must be an int")
    if T < 1:
        raise ValueError("T must be at least 1")
    return int(T)


def _alphas_from(betas):
    alphas = 1 - betas
    return betas, alphas, np.exp(np.cumsum(np.log(alphas)))


def linear_schedule(T, beta_start=1e-4, beta_end=0.02):
    T = _validate_T(T)
    if not (0 < beta_start < 1 and 0 < beta_end < 1):
        raise ValueError("beta_start and beta_end must be in (0, 1)")
    step = (beta_end - beta_start) / (T - 1) if T > 1 else 0.0
    betas = beta_start + step * np.arange(T, dtype=float)
    betas[-1] = beta_end if T > 1 else beta_start
    return _alphas_from(betas)


def cosine_schedule(T, s=0.008, max_beta=0.999):
    T = _validate_T(T)
    if not 0 < max_beta < 1 or s < 0:
        raise ValueError("max_beta must be in (0, 1) and s >= 0")
    u = np.linspace(0.0, 1.0, T + 1)
    curve = np.cos((u + s) / (1 + s) * np.pi / 2) ** 2
    curve = curve / curve[0]
    betas = np.clip(1 - curve[1:] / curve[:-1], None, max_beta)
    return _alphas_from(betas)
