"""Row-by-row loops with math.log and a Python logsumexp; accumulate the M-step sums one row at a time."""
import math

import numpy as np


def gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6):
    n, d = X.shape
    if n == 0:
        raise ValueError("no rows")
    K = len(weights)
    inverses = [np.linalg.inv(c) for c in covariances]
    log_dets = [math.log(np.linalg.det(c)) for c in covariances]
    resp = np.zeros((n, K))
    total = 0.0
    for i in range(n):
        terms = []
        for k in range(K):
            v = X[i] - means[k]
            terms.append(math.log(weights[k]) - 0.5 * (d * math.log(2 * math.pi) + log_dets[k] + float(v @ inverses[k] @ v)))
        top = max(terms)
        lse = top + math.log(sum(math.exp(t - top) for t in terms))
        total += lse
        for k in range(K):
            resp[i, k] = math.exp(terms[k] - lse)
    counts = np.zeros(K)
    sums = np.zeros((K, d))
    for i in range(n):
        counts += resp[i]
        sums += resp[i][:, None] * X[i][None, :]
    new_means = sums / counts[:, None]
    new_covs = np.zeros((K, d, d))
    for i in range(n):
        for k in range(K):
            v = X[i] - new_means[k]
            new_covs[k] += resp[i, k] * np.outer(v, v)
    for k in range(K):
        new_covs[k] = new_covs[k] / counts[k] + reg_covar * np.eye(d)
    return counts / n, new_means, new_covs, total / n
