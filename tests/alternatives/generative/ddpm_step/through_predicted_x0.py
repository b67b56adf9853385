"""The reverse mean through the predicted x0 and the posterior's two coefficients, as diffusers' step computes it."""
import operator

import numpy as np


def _alpha_bar(betas, t):
    """(β_t, ᾱ_t, ᾱ_{t−1}) after checking betas and t."""
    betas = np.array(betas, dtype=float)
    if betas.ndim != 1 or len(betas) == 0 or not np.all((betas > 0) & (betas < 1)):
        raise ValueError("betas must be a non-empty 1-D array in (0, 1)")
    if isinstance(t, (bool, np.bool_)):
        raise ValueError("t must be an integer")
    try:
        t = operator.index(t)
    except TypeError:
        raise ValueError("t must be an integer") from None
    if not 0 <= t < len(betas):
        raise ValueError("t out of range")
    prods = np.concatenate([[1.0], np.cumprod(1 - betas)])      # prods[k] = ᾱ_{k−1}
    return betas[t], prods[t + 1], prods[t]


def _same_shape(a, b):
    a, b = np.array(a, dtype=float), np.array(b, dtype=float)
    if a.ndim == 0 or a.shape != b.shape:
        raise ValueError("arrays must have one shape, with at least one dimension")
    return a, b


def q_sample(x0, t, eps, betas):
    _, ab, _ = _alpha_bar(betas, t)
    x0, eps = _same_shape(x0, eps)
    return np.sqrt(ab) * x0 + np.sqrt(1 - ab) * eps


def reverse_mean(x_t, t, eps_pred, betas):
    beta, ab, ab_prev = _alpha_bar(betas, t)
    x_t, eps_pred = _same_shape(x_t, eps_pred)
    x0_hat = (x_t - np.sqrt(1 - ab) * eps_pred) / np.sqrt(ab)
    return (np.sqrt(ab_prev) * beta / (1 - ab)) * x0_hat + (np.sqrt(1 - beta) * (1 - ab_prev) / (1 - ab)) * x_t


def reverse_variance(t, betas, variance="posterior"):
    beta, ab, ab_prev = _alpha_bar(betas, t)
    if variance not in ("beta", "posterior"):
        raise ValueError("unknown variance")
    return float(beta) if variance == "beta" else float(beta * (1 - ab_prev) / (1 - ab))


def p_sample_step(x_t, t, eps_pred, z, betas, variance="posterior"):
    _same_shape(x_t, z)
    mean = reverse_mean(x_t, t, eps_pred, betas)
    var = reverse_variance(t, betas, variance)
    return mean + (np.sqrt(var) * np.asarray(z, dtype=float) if t > 0 else 0.0)
