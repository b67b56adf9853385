"""Statistics from sums, the normalised input first, the moving average as running + momentum·(batch − running)."""
import numpy as np


def normalize(x, mean, var, gamma, beta, eps):
    return gamma * (x - mean) / np.sqrt(var + eps) + beta


def batch_norm(x, gamma, beta, running_mean, running_var, *, training, momentum=0.1, eps=1e-5):
    x = np.asarray(x, dtype=float)
    if training:
        n = x.shape[0]
        mean = x.sum(axis=0) / n
        var = ((x - mean) ** 2).sum(axis=0) / n
        sample_var = var * n / (n - 1)
        new_mean = running_mean + momentum * (mean - running_mean)
        new_var = running_var + momentum * (sample_var - running_var)
        return normalize(x, mean, var, gamma, beta, eps), new_mean, new_var
    y = normalize(x, running_mean, running_var, gamma, beta, eps)
    return y, np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
