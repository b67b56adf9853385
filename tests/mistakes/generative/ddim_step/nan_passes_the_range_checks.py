"""The ranges are checked as `a <= 0 or a >= 1`: a NaN ᾱ_t, ᾱ_prev or η passes, since every comparison with NaN is False.

NaN is in none of the ranges, so it must be refused. Write each check as "not inside the range",
`if not 0 < alpha_bar_t < 1: raise ValueError(...)`, which is True for NaN.
"""
import numpy as np

NAMED_BY_MESSAGE = "nan, 0.64) should raise ValueError"


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    x_t = np.asarray(x_t, dtype=np.float64)
    eps = np.asarray(eps, dtype=np.float64)
    if eps.shape != x_t.shape:
        raise ValueError("shape")
    if alpha_bar_t <= 0 or alpha_bar_t >= 1 or alpha_bar_prev <= 0 or alpha_bar_prev > 1:
        raise ValueError("alpha_bar out of range")
    if alpha_bar_prev < alpha_bar_t:
        raise ValueError("alpha_bar_prev < alpha_bar_t")
    if eta < 0 or eta > 1:
        raise ValueError("eta")
    if noise is not None:
        noise = np.asarray(noise, dtype=np.float64)
        if noise.shape != x_t.shape:
            raise ValueError("noise shape")
    elif eta > 0:
        raise ValueError("noise needed")
    x0_pred = (x_t - np.sqrt(1.0 - alpha_bar_t) * eps) / np.sqrt(alpha_bar_t)
    sigma = eta * np.sqrt((1.0 - alpha_bar_prev) / (1.0 - alpha_bar_t)) * np.sqrt(1.0 - alpha_bar_t / alpha_bar_prev)
    direction = np.sqrt(max(1.0 - alpha_bar_prev - sigma ** 2, 0.0)) * eps
    x_prev = np.sqrt(alpha_bar_prev) * x0_pred + direction
    if eta > 0:
        x_prev = x_prev + sigma * noise
    return x_prev, x0_pred
