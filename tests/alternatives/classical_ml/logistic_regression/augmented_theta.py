"""One parameter vector θ = [w, b] with a column of ones; the penalty mask leaves the bias alone."""
import numpy as np


def fit_logistic_regression(X, y, *, learning_rate, n_steps, l2=0.0):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    y = np.asarray(y, dtype=float)
    theta = np.zeros(d + 1)
    mask = np.ones(d + 1)
    mask[-1] = 0.0  # no penalty on the bias
    losses = np.zeros(n_steps)
    for k in range(n_steps):
        z = A @ theta
        losses[k] = np.logaddexp(0.0, z).mean() - (y * z).mean() + 0.5 * l2 * np.sum((mask * theta) ** 2)
        # a stable sigmoid via tanh
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        theta = theta - learning_rate * (A.T @ (p - y) / n + l2 * mask * theta)
    return theta[:d].copy(), float(theta[d]), losses
