"""np.logaddexp for softplus, the KL in the textbook form −½·Σ(1 + log σ² − μ² − σ²), σ via sqrt(exp(log_var))."""
import numpy as np


def _two_d(*arrays):
    out = [np.array(a, dtype=float) for a in arrays]
    for a in out:
        if a.ndim != 2 or 0 in a.shape:
            raise ValueError("need non-empty 2-D arrays")
    return out


def _same(shape, *arrays):
    if any(a.shape != shape for a in arrays):
        raise ValueError("shapes differ")


def reparameterize(mu, log_var, eps):
    mu, log_var, eps = _two_d(mu, log_var, eps)
    _same(mu.shape, log_var, eps)
    return mu + np.sqrt(np.exp(log_var)) * eps


def gaussian_kl(mu, log_var):
    mu, log_var = _two_d(mu, log_var)
    _same(mu.shape, log_var)
    return -0.5 * (1.0 + log_var - mu * mu - np.exp(log_var)).sum(axis=1)


def bernoulli_nll(logits, x):
    logits, x = _two_d(logits, x)
    _same(logits.shape, x)
    if x.min() < 0.0 or x.max() > 1.0:
        raise ValueError("x outside [0, 1]")
    return (np.logaddexp(0.0, logits) - x * logits).sum(axis=1)


def negative_elbo(mu, log_var, logits, x, beta=1.0):
    if not beta >= 0:    # NaN too
        raise ValueError("beta < 0")
    kl = gaussian_kl(mu, log_var)
    nll = bernoulli_nll(logits, x)
    if len(nll) != len(kl):
        raise ValueError("batch sizes differ")
    return float((nll + beta * kl).sum() / len(kl))


def negative_elbo_grads(mu, log_var, eps, grad_z, beta=1.0):
    if not beta >= 0:    # NaN too
        raise ValueError("beta < 0")
    mu, log_var, eps, grad_z = _two_d(mu, log_var, eps, grad_z)
    _same(mu.shape, log_var, eps, grad_z)
    n = len(mu)
    var = np.exp(log_var)
    dz_dlog_var = 0.5 * np.sqrt(var) * eps
    return grad_z + (beta / n) * mu, grad_z * dz_dlog_var + (beta / n) * 0.5 * (var - 1.0)
