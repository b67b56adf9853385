"""A loop over the steps, one outer product each; softmax through logsumexp."""
import numpy as np


def softmax_policy(theta, features):
    theta = np.asarray(theta, dtype=float)
    features = np.asarray(features, dtype=float)
    if theta.ndim != 2 or features.ndim != 2 or features.shape[1] != theta.shape[0]:
        raise ValueError("shapes")
    out = np.empty((features.shape[0], theta.shape[1]))
    for i, phi in enumerate(features):
        z = phi @ theta
        top = z.max()
        log_norm = top + np.log(np.sum(np.exp(z - top)))
        out[i] = np.exp(z - log_norm)
    return out


def reinforce_gradient(theta, features, actions, returns, baseline):
    theta = np.asarray(theta, dtype=float)
    features = np.asarray(features, dtype=float)
    pi = softmax_policy(theta, features)
    n, a_count = pi.shape
    if len(actions) != n or len(returns) != n or len(baseline) != n or n == 0:
        raise ValueError("lengths")
    total = np.zeros(theta.shape)
    for t in range(n):
        a = int(actions[t])
        if not 0 <= a < a_count:
            raise ValueError("action")
        onehot = np.zeros(a_count)
        onehot[a] = 1.0
        total += (float(returns[t]) - float(baseline[t])) * np.outer(features[t], onehot - pi[t])
    return total / n
