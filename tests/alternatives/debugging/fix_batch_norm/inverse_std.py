"""Normalise by multiplying with 1/√(σ² + eps)."""
import numpy as np


def normalize(x, mean, var, gamma, beta, eps):
    inverse_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inverse_std
    return gamma * x_hat + beta


def batch_norm(x, gamma, beta, running_mean, running_var, *, training, momentum=0.1, eps=1e-5):
    x = np.asarray(x, dtype=float)
    if training:
        mean = x.mean(axis=0)
        var = x.var(axis=0)
        sample_var = x.var(axis=0, ddof=1)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * sample_var
        return normalize(x, mean, var, gamma, beta, eps), new_mean, new_var
    y = normalize(x, running_mean, running_var, gamma, beta, eps)
    return y, np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
