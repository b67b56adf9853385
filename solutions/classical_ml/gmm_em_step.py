"""One EM step of a Gaussian mixture with full covariance matrices.

Task
    A mixture of K Gaussians has weights w_k, means μ_k and covariance matrices Σ_k. Make one
    step of expectation-maximisation on the rows x_i of X.

    E-step, in log space:
        log p_ik   = log w_k + log N(x_i | μ_k, Σ_k)
                     with log N(x | μ, Σ) = −½ (d · log 2π + log det Σ + (x − μ)ᵀ Σ⁻¹ (x − μ))
        log p(x_i) = logsumexp_k log p_ik          (subtract the row's maximum before exp)
        r_ik       = exp(log p_ik − log p(x_i))    (responsibilities: each row sums to 1)
        log_likelihood = the MEAN over the rows of log p(x_i), computed with the parameters
                     GIVEN (before the step), like scikit-learn's score(X)
    M-step, from the responsibilities:
        N_k  = Σ_i r_ik
        w_k  = N_k / n
        μ_k  = Σ_i r_ik x_i / N_k
        Σ_k  = Σ_i r_ik (x_i − μ_k)(x_i − μ_k)ᵀ / N_k  +  reg_covar · I    (with the NEW μ_k;
               reg_covar is added to the diagonal only)

Signature
    gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6)
        -> (weights, means, covariances, log_likelihood)

Shapes and types
    X            a float64 array of shape (n, d), n ≥ 1
    weights      a float64 array of shape (K,): positive, summing to 1
    means        a float64 array of shape (K, d)
    covariances  a float64 array of shape (K, d, d): symmetric positive definite matrices
    reg_covar    a float ≥ 0
    returns      a tuple (weights, means, covariances, log_likelihood): the new parameters as
                 float64 arrays of shapes (K,), (K, d), (K, d, d), and log_likelihood a float
                 (the mean log-likelihood of X under the parameters given)

Example
    Two unit-variance components at −1 and +1 and the points −1 and +1: each point is
    σ(2) = 0.880797 "owned" by its own component, so the new means are ∓tanh(1) and the new
    variances sech²(1) + reg_covar; the log-likelihood is −½ log 2π + log((1 + e⁻²) / 2).

    >>> w, mu, cov, ll = gmm_em_step(np.array([[-1.0], [1.0]]), np.array([0.5, 0.5]),
    ...                              np.array([[-1.0], [1.0]]), np.ones((2, 1, 1)), reg_covar=0.0)
    >>> w, np.round(mu, 6), np.round(cov, 6), round(ll, 6)
    (array([0.5, 0.5]), array([[-0.761594],
           [ 0.761594]]), array([[[0.419974]],
    <BLANKLINE>
           [[0.419974]]]), -1.485158)

Constraints
    numpy only (np.linalg.cholesky / slogdet / solve / inv are fine; no scipy, no
    scikit-learn). Raise ValueError when n = 0. The inputs are assumed valid otherwise (weights
    positive and summing to 1, covariances positive definite). Returns new arrays; the inputs
    are not modified.
    Against scikit-learn's GaussianMixture(covariance_type="full"): fit with max_iter=1 from
    weights_init, means_init and precisions_init = Σ⁻¹ makes exactly this step, and its
    lower_bound_ is this log_likelihood. scikit-learn adds 10 · machine epsilon to every N_k
    (a relative difference of about 1e-15 here).
    The hidden tests use n ≤ 60, d ≤ 3 and K ≤ 3.

Time budget: 35 minutes.
"""
import numpy as np


def gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6):
    # BEGIN SOLUTION
    # Complexity: O(K·(n·d² + d³)) time, O(n·K + n·d + K·d²) extra memory (n rows, K components, d dimensions).
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
    log_likelihood = float(np.mean(log_px))                                      # before the step
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
    # END SOLUTION
