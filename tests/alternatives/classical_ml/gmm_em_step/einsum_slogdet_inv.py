"""Vectorised over components with einsum, np.linalg.slogdet and np.linalg.inv; logsumexp by hand."""
import numpy as np


def gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6):
    n, d = X.shape
    if n == 0:
        raise ValueError("empty X")
    diff = X[None, :, :] - means[:, None, :]                        # (K, n, d)
    precisions = np.linalg.inv(covariances)                           # (K, d, d)
    maha = np.einsum("kni,kij,knj->kn", diff, precisions, diff)       # (K, n)
    _, logdet = np.linalg.slogdet(covariances)
    log_p = (np.log(weights)[:, None] - 0.5 * (d * np.log(2 * np.pi) + logdet[:, None] + maha)).T   # (n, K)
    m = log_p.max(axis=1)
    log_px = m + np.log(np.exp(log_p - m[:, None]).sum(axis=1))
    resp = np.exp(log_p - log_px[:, None])
    nk = resp.sum(axis=0)
    mu = (resp.T @ X) / nk[:, None]
    d_new = X[None, :, :] - mu[:, None, :]
    cov = np.einsum("nk,kni,knj->kij", resp, d_new, d_new) / nk[:, None, None]
    cov = cov + reg_covar * np.eye(d)[None]
    return nk / n, mu, cov, float(log_px.mean())
