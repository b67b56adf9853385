"""Loss gradient: returns the gradient of the loss −mean(advantage·log pi), the opposite sign.

The statement asks for the gradient of J, the direction to ascend: grad = mean of advantage·∇ log pi. PyTorch's loss −mean(log_prob·advantage) has gradient −grad.
"""
import numpy as np


def softmax_policy(theta, features):
    theta = np.asarray(theta, dtype=float)
    features = np.asarray(features, dtype=float)
    if theta.ndim != 2 or features.ndim != 2 or features.shape[1] != theta.shape[0]:
        raise ValueError("bad shapes")
    logits = features @ theta
    if logits.shape[0]:
        logits = logits - logits.max(axis=1, keepdims=True)
    weights = np.exp(logits)
    return weights / weights.sum(axis=1, keepdims=True)


def reinforce_gradient(theta, features, actions, returns, baseline):
    theta = np.asarray(theta, dtype=float)
    features = np.asarray(features, dtype=float)
    actions = np.asarray(actions)
    returns = np.asarray(returns, dtype=float)
    baseline = np.asarray(baseline, dtype=float)
    if theta.ndim != 2 or features.ndim != 2 or features.shape[1] != theta.shape[0]:
        raise ValueError("bad shapes")
    n = features.shape[0]
    if (actions.shape != (n,) or returns.shape != (n,) or baseline.shape != (n,) or n == 0
            or np.any(actions < 0) or np.any(actions >= theta.shape[1])):
        raise ValueError("bad inputs")
    probs = softmax_policy(theta, features)
    score = -probs
    score[np.arange(n), actions] += 1.0
    advantage = returns - baseline
    return -(features.T @ (advantage[:, None] * score) / n)
