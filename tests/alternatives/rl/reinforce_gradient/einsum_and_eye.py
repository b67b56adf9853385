"""One-hot rows from np.eye, the gradient by einsum."""
import numpy as np


def softmax_policy(theta, features):
    theta, features = np.array(theta, dtype=np.float64), np.array(features, dtype=np.float64)
    if theta.ndim != 2 or features.ndim != 2 or features.shape[1] != theta.shape[0]:
        raise ValueError("shapes")
    z = features @ theta
    z -= z.max(axis=1, keepdims=True, initial=-np.inf) if len(z) else 0.0
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def reinforce_gradient(theta, features, actions, returns, baseline):
    pi = softmax_policy(theta, features)
    actions = np.asarray(actions)
    adv = np.asarray(returns, dtype=np.float64) - np.asarray(baseline, dtype=np.float64)
    n, k = pi.shape
    if n == 0 or actions.shape != (n,) or adv.shape != (n,) or np.shape(returns) != np.shape(baseline):
        raise ValueError("lengths")
    if actions.min() < 0 or actions.max() >= k:
        raise ValueError("actions")
    onehot = np.eye(k)[actions]
    return np.einsum("t,td,ta->da", adv, np.asarray(features, dtype=np.float64), onehot - pi) / n
