"""The KL is averaged over the d latent dimensions instead of summed.

The KL between two diagonal Gaussians is the SUM of the per-dimension KLs: the dimensions are independent.
"""
import numpy as np


def _matrix(a, name):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] == 0 or a.shape[1] == 0:
        raise ValueError(f"{name} must be a 2-D array with at least one row and one column")
    return a


def _latents(mu, *others):
    mu = _matrix(mu, "mu")
    arrays = [mu]
    for name, a in others:
        a = _matrix(a, name)
        if a.shape != mu.shape:
            raise ValueError(f"{name} must have mu's shape {mu.shape}")
        arrays.append(a)
    return arrays


def _beta(beta):
    if not beta >= 0:
        raise ValueError("beta must be >= 0")
    return float(beta)


def reparameterize(mu, log_var, eps):
    mu, log_var, eps = _latents(mu, ("log_var", log_var), ("eps", eps))
    # exp(0.5 · log σ²) = σ: the noise is scaled by the standard deviation, not the variance
    return mu + np.exp(0.5 * log_var) * eps


def gaussian_kl(mu, log_var):
    mu, log_var = _latents(mu, ("log_var", log_var))
    return 0.5 * np.mean(np.exp(log_var) + mu**2 - 1.0 - log_var, axis=1)


def bernoulli_nll(logits, x):
    logits, x = _matrix(logits, "logits"), _matrix(x, "x")
    if x.shape != logits.shape:
        raise ValueError("x must have the logits' shape")
    if np.any((x < 0) | (x > 1)):
        raise ValueError("x must lie in [0, 1]")
    # log(1 + e^l) without overflow: e^(−|l|) is at most 1
    softplus = np.maximum(logits, 0.0) + np.log1p(np.exp(-np.abs(logits)))
    return np.sum(softplus - x * logits, axis=1)


def negative_elbo(mu, log_var, logits, x, beta=1.0):
    beta = _beta(beta)
    kl = gaussian_kl(mu, log_var)
    nll = bernoulli_nll(logits, x)
    if nll.shape != kl.shape:
        raise ValueError("logits must have one row per sample of mu")
    return float(np.mean(nll + beta * kl))


def negative_elbo_grads(mu, log_var, eps, grad_z, beta=1.0):
    beta = _beta(beta)
    mu, log_var, eps, grad_z = _latents(mu, ("log_var", log_var), ("eps", eps), ("grad_z", grad_z))
    n = mu.shape[0]
    sigma = np.exp(0.5 * log_var)
    # z = mu + σ·eps: dz/dmu = 1 and dz/dlog_var = eps · dσ/dlog_var = eps · 0.5·σ
    d_mu = grad_z + beta * mu / n
    d_log_var = grad_z * eps * 0.5 * sigma + beta * 0.5 * (np.exp(log_var) - 1.0) / n
    return d_mu, d_log_var
