"""Step by step with math.cos and a running product, filling preallocated arrays."""
import math
import operator

import numpy as np


def _check_T(T):
    if type(T) is bool:
        raise ValueError("T must be an integer")
    try:
        steps = operator.index(T)
    except TypeError:
        raise ValueError("T must be an integer") from None
    if steps < 1:
        raise ValueError("T must be >= 1")
    return steps


def _fill(T, beta_of_step):
    betas, alphas, alpha_bars = np.empty(T), np.empty(T), np.empty(T)
    running = 1.0
    for t in range(T):
        betas[t] = beta_of_step(t)
        alphas[t] = 1.0 - betas[t]
        running *= alphas[t]
        alpha_bars[t] = running
    return betas, alphas, alpha_bars


def linear_schedule(T, beta_start=1e-4, beta_end=0.02):
    T = _check_T(T)
    for b in (beta_start, beta_end):
        if not 0 < b < 1:
            raise ValueError("betas must lie in (0, 1)")
    if T == 1:
        return _fill(1, lambda t: beta_start)
    return _fill(T, lambda t: beta_start + (beta_end - beta_start) * t / (T - 1))


def cosine_schedule(T, s=0.008, max_beta=0.999):
    T = _check_T(T)
    if not 0 < max_beta < 1:
        raise ValueError("max_beta must lie in (0, 1)")
    if s < 0:
        raise ValueError("s must be >= 0")

    def f(u):
        return math.cos((u + s) / (1 + s) * math.pi / 2) ** 2

    return _fill(T, lambda t: min(1.0 - f((t + 1) / T) / f(t / T), max_beta))
