"""At the final step (ᾱ_prev = 1) x̂_0 is returned twice: x_prev and x0_pred are one array.

x_prev = x̂_0 in value there, but the caller gets two results and may write into one of them:
return two distinct new arrays (a copy of x̂_0 as x_prev, or the general formula, which makes one).
"""
import numpy as np

NAMED_BY_MESSAGE = "x_prev and x0_pred are the same array"


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
    if alpha_bar_prev == 1.0:   # σ_t = 0 and x_prev = x̂_0
        return x0_pred, x0_pred
    sigma = eta * np.sqrt((1.0 - alpha_bar_prev) / (1.0 - alpha_bar_t)) * np.sqrt(1.0 - alpha_bar_t / alpha_bar_prev)
    direction = np.sqrt(max(1.0 - alpha_bar_prev - sigma ** 2, 0.0)) * eps
    x_prev = np.sqrt(alpha_bar_prev) * x0_pred + direction
    if eta > 0:
        x_prev = x_prev + sigma * noise
    return x_prev, x0_pred
