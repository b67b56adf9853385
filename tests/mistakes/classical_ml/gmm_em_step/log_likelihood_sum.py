"""Total log-likelihood: the sum over rows instead of the mean per row.

The statement (like scikit-learn's score and lower_bound_) averages: np.mean of log p(x_i).
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
        L = np.linalg.cholesky(covariances[k])
        z = np.linalg.solve(L, (X - means[k]).T)
        log_det = 2 * np.sum(np.log(np.diag(L)))
        log_p[:, k] = np.log(weights[k]) - 0.5 * (d * np.log(2 * np.pi) + log_det + np.sum(z ** 2, axis=0))
    top = log_p.max(axis=1, keepdims=True)
    log_px = top + np.log(np.sum(np.exp(log_p - top), axis=1, keepdims=True))   # stable logsumexp
    log_likelihood = float(np.sum(log_px))                                      # before the step
    resp = np.exp(log_p - log_px)

    # M-step: weighted counts, means and covariances (around the NEW means).
    counts = resp.sum(axis=0)
    new_weights = counts / n
    new_means = resp.T @ X / counts[:, None]
    new_covariances = np.empty((K, d, d))
    for k in range(K):
        diff = X - new_means[k]
        new_covariances[k] = (resp[:, k, None] * diff).T @ diff / counts[k] + reg_covar * np.eye(d)
    return new_weights, new_means, new_covariances, log_likelihood
