"""Entry by entry over the flattened arrays with the math module, reshaped at the end."""
import math

import numpy as np


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    shape = np.shape(x_t)
    if np.shape(eps) != shape or (noise is not None and np.shape(noise) != shape):
        raise ValueError("x_t, eps and noise must share one shape")
    if not (0 < alpha_bar_t < 1 and alpha_bar_t <= alpha_bar_prev <= 1):   # NaN fails every comparison
        raise ValueError("bad alpha_bar")
    if not 0 <= eta <= 1:
        raise ValueError("bad eta")
    if eta > 0 and noise is None:
        raise ValueError("noise is required when eta > 0")
    xs = np.asarray(x_t, dtype=float).ravel()
    es = np.asarray(eps, dtype=float).ravel()
    zs = np.asarray(noise, dtype=float).ravel() if eta > 0 else np.zeros_like(xs)
    sigma = eta * math.sqrt((1 - alpha_bar_prev) / (1 - alpha_bar_t)) * math.sqrt(1 - alpha_bar_t / alpha_bar_prev)
    keep = math.sqrt(max(0.0, 1 - alpha_bar_prev - sigma ** 2))
    prev, pred = np.empty(xs.size), np.empty(xs.size)
    for i in range(xs.size):
        pred[i] = (xs[i] - math.sqrt(1 - alpha_bar_t) * es[i]) / math.sqrt(alpha_bar_t)
        prev[i] = math.sqrt(alpha_bar_prev) * pred[i] + keep * es[i] + sigma * zs[i]
    return prev.reshape(shape), pred.reshape(shape)
