"""η is put under the square root: σ_t = √(η·(1 − ᾱ_prev)/(1 − ᾱ_t)·(1 − ᾱ_t/ᾱ_prev)).

η multiplies the standard deviation σ_t, not the variance: at η = 0.5 the noise scale is half of DDPM's.
"""
import numpy as np


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    x_t = np.asarray(x_t, dtype=np.float64)
    eps = np.asarray(eps, dtype=np.float64)
    if eps.shape != x_t.shape:
        raise ValueError("shape")
    if not 0.0 < alpha_bar_t < 1.0 or not 0.0 < alpha_bar_prev <= 1.0 or alpha_bar_prev < alpha_bar_t:
        raise ValueError("alpha_bar")
    if not 0.0 <= eta <= 1.0:
        raise ValueError("eta")
    if noise is not None:
        noise = np.asarray(noise, dtype=np.float64)
        if noise.shape != x_t.shape:
            raise ValueError("noise shape")
    elif eta > 0:
        raise ValueError("noise needed")
    x0_pred = (x_t - np.sqrt(1.0 - alpha_bar_t) * eps) / np.sqrt(alpha_bar_t)
    sigma = np.sqrt(eta * (1.0 - alpha_bar_prev) / (1.0 - alpha_bar_t) * (1.0 - alpha_bar_t / alpha_bar_prev))
    direction = np.sqrt(max(1.0 - alpha_bar_prev - sigma ** 2, 0.0)) * eps
    x_prev = np.sqrt(alpha_bar_prev) * x0_pred + direction
    if eta > 0:
        x_prev = x_prev + sigma * noise
    return x_prev, x0_pred
