"""Log-densities through the eigendecomposition of each Σ (whitening by V / sqrt(λ)), responsibilities by softmax."""
import numpy as np


def gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6):
    n, d = X.shape
    if n == 0:
        raise ValueError("X has no rows")
    K = weights.shape[0]
    log_p = np.zeros((n, K))
    for k in range(K):
        lam, V = np.linalg.eigh(covariances[k])
        white = (X - means[k]) @ V / np.sqrt(lam)
        log_p[:, k] = np.log(weights[k]) - 0.5 * (d * np.log(2 * np.pi) + np.log(lam).sum() + (white ** 2).sum(axis=1))
    shifted = log_p - log_p.max(axis=1, keepdims=True)
    resp = np.exp(shifted)
    resp /= resp.sum(axis=1, keepdims=True)
    log_px = log_p.max(axis=1) + np.log(np.exp(shifted).sum(axis=1))
    N = resp.sum(axis=0)
    mu = np.stack([resp[:, k] @ X / N[k] for k in range(K)])
    cov = np.stack([np.cov(X.T, aweights=resp[:, k], bias=True).reshape(d, d) + reg_covar * np.eye(d) for k in range(K)])
    return N / n, mu, cov, float(log_px.mean())
