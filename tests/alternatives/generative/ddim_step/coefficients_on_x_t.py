"""x_prev as a combination of x_t, ε and z: substitute x̂_0 into the update and collect the coefficients."""
import math

import numpy as np


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    x_t, eps = np.array(x_t, dtype=float), np.array(eps, dtype=float)
    if x_t.shape != eps.shape:
        raise ValueError("x_t and eps differ in shape")
    if not (0 < alpha_bar_t < 1 and alpha_bar_t <= alpha_bar_prev <= 1):
        raise ValueError("need 0 < alpha_bar_t < 1 and alpha_bar_t <= alpha_bar_prev <= 1")
    if not 0 <= eta <= 1:   # written as "not inside", so NaN is refused too
        raise ValueError("eta must be in [0, 1]")
    if noise is not None and np.shape(noise) != x_t.shape:
        raise ValueError("noise has the wrong shape")
    if eta > 0 and noise is None:
        raise ValueError("eta > 0 needs noise")
    a_t, a_p = alpha_bar_t, alpha_bar_prev
    var = (1 - a_p) / (1 - a_t) * (1 - a_t / a_p)             # σ_t² at η = 1
    sigma = eta * math.sqrt(var)
    c_x = math.sqrt(a_p / a_t)
    c_eps = math.sqrt(max(1 - a_p - sigma * sigma, 0.0)) - math.sqrt(a_p * (1 - a_t) / a_t)
    x_prev = c_x * x_t + c_eps * eps
    if sigma > 0:
        x_prev = x_prev + sigma * np.asarray(noise, dtype=float)
    x0 = (x_t - math.sqrt(1 - a_t) * eps) / math.sqrt(a_t)
    return x_prev, x0
