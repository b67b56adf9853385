"""Entry by entry with Python floats and the math module, filling preallocated arrays."""
import math

import numpy as np


def _grid(a):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] < 1 or a.shape[1] < 1:
        raise ValueError("expected a non-empty 2-D array")
    return a


def _like(ref, *others):
    for o in others:
        if o.shape != ref.shape:
            raise ValueError("shape mismatch")


def reparameterize(mu, log_var, eps):
    mu, log_var, eps = _grid(mu), _grid(log_var), _grid(eps)
    _like(mu, log_var, eps)
    z = np.empty(mu.shape)
    for i in range(mu.shape[0]):
        for j in range(mu.shape[1]):
            z[i, j] = mu[i, j] + math.exp(log_var[i, j] / 2.0) * eps[i, j]
    return z


def gaussian_kl(mu, log_var):
    mu, log_var = _grid(mu), _grid(log_var)
    _like(mu, log_var)
    kl = np.zeros(mu.shape[0])
    for i in range(mu.shape[0]):
        total = 0.0
        for j in range(mu.shape[1]):
            total += math.exp(log_var[i, j]) + mu[i, j] ** 2 - 1.0 - log_var[i, j]
        kl[i] = total / 2.0
    return kl


def _softplus(v):
    return max(v, 0.0) + math.log1p(math.exp(-abs(v)))


def bernoulli_nll(logits, x):
    logits, x = _grid(logits), _grid(x)
    _like(logits, x)
    nll = np.zeros(logits.shape[0])
    for i in range(logits.shape[0]):
        for j in range(logits.shape[1]):
            if not 0.0 <= x[i, j] <= 1.0:
                raise ValueError("x must be in [0, 1]")
            nll[i] += _softplus(logits[i, j]) - x[i, j] * logits[i, j]
    return nll


def negative_elbo(mu, log_var, logits, x, beta=1.0):
    if not beta >= 0:    # NaN too
        raise ValueError("beta must be non-negative")
    kl, nll = gaussian_kl(mu, log_var), bernoulli_nll(logits, x)
    if kl.shape != nll.shape:
        raise ValueError("one row of logits per sample")
    return sum(float(a) + beta * float(b) for a, b in zip(nll, kl)) / len(kl)


def negative_elbo_grads(mu, log_var, eps, grad_z, beta=1.0):
    if not beta >= 0:    # NaN too
        raise ValueError("beta must be non-negative")
    mu, log_var, eps, grad_z = _grid(mu), _grid(log_var), _grid(eps), _grid(grad_z)
    _like(mu, log_var, eps, grad_z)
    n, d = mu.shape
    d_mu, d_log_var = np.empty((n, d)), np.empty((n, d))
    for i in range(n):
        for j in range(d):
            sigma = math.exp(0.5 * log_var[i, j])
            d_mu[i, j] = grad_z[i, j] + beta * mu[i, j] / n
            d_log_var[i, j] = grad_z[i, j] * eps[i, j] * 0.5 * sigma + beta * 0.5 * (sigma * sigma - 1.0) / n
    return d_mu, d_log_var
