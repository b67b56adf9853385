"""The REINFORCE policy-gradient estimate with a baseline, for a linear softmax policy.

Task
    A linear softmax policy over A actions has parameters theta of shape (d, A): in a state with
    features phi (length d), the action preferences are the logits phi @ theta and

        pi(a | s) = exp(z_a) / Σ_b exp(z_b),   z = phi @ theta.

    1. softmax_policy(theta, features): the action probabilities of N states at once, shape
       (N, A). Subtract each row's maximum logit before exponentiating, so logits of ±1000
       give exact one-hot rows instead of inf/inf = nan.
    2. reinforce_gradient(theta, features, actions, returns, baseline): the REINFORCE
       estimate of the gradient of the expected return J(theta), from N steps of sampled
       trajectories (state features, the action taken, the return G_t from that step on):

           grad = (1/N) · Σ_t (returns[t] − baseline[t]) · ∇_theta log pi(actions[t] | s_t)

       where, for this policy, ∇_theta log pi(a | s) = outer(phi, onehot(a) − pi(· | s)), a
       (d, A) array. It is the gradient of J, the direction to ASCEND (a training loop would
       do theta += learning_rate · grad); the mean is over the N steps.

Signature
    softmax_policy(theta, features) -> numpy.ndarray
    reinforce_gradient(theta, features, actions, returns, baseline) -> numpy.ndarray

Shapes and types
    theta     a float array of shape (d, A), d ≥ 1, A ≥ 1
    features  a float (or int) array of shape (N, d): row t is phi(s_t)
    actions   an int array of shape (N,), entries in 0 … A−1
    returns   a float array of shape (N,): G_t, e.g. the discounted return-to-go
    baseline  a float array of shape (N,): b_t, e.g. a value estimate V(s_t) (zeros give
              plain REINFORCE)
    returns   softmax_policy: float64 (N, A), each row summing to 1;
              reinforce_gradient: float64 (d, A)

Example
    theta = 0 makes pi uniform, [0.5, 0.5]. Step 0 (phi = 1, action 0, advantage 3 − 1 = 2)
    contributes 2·1·([1, 0] − [0.5, 0.5]) = [1, −1]; step 1 has advantage 0. The mean over
    N = 2 steps is [0.5, −0.5].

    >>> theta = np.zeros((1, 2))
    >>> softmax_policy(theta, np.array([[1.0], [2.0]]))
    array([[0.5, 0.5],
           [0.5, 0.5]])
    >>> reinforce_gradient(theta, np.array([[1.0], [2.0]]), np.array([0, 1]),
    ...                    np.array([3.0, 1.0]), np.array([1.0, 1.0]))
    array([[ 0.5, -0.5]])

Constraints
    numpy only. Raise ValueError if theta is not 2-D, if features is not (N, d) with theta's
    d, if actions, returns or baseline do not have N entries (a length-1 array is not
    broadcast), if an action is outside
    0 … A−1, or (reinforce_gradient) if N = 0 (no steps: no estimate). softmax_policy with
    N = 0 returns an empty (0, A) array. Hidden tests use N ≤ 200, d ≤ 6, A ≤ 5 and logits up
    to ±1000. Return new arrays; the inputs are not modified.
    Coming from PyTorch: the usual loss −mean(log_prob · advantage) has the gradient −grad;
    here you return grad itself, computed by hand.

Time budget: 20 minutes.
"""
import numpy as np


def softmax_policy(theta, features):
    # BEGIN SOLUTION
    theta = np.asarray(theta, dtype=float)
    features = np.asarray(features, dtype=float)
    if theta.ndim != 2 or features.ndim != 2 or features.shape[1] != theta.shape[0]:
        raise ValueError("theta must be (d, A) and features (N, d)")
    logits = features @ theta
    # Shifting each row by its max leaves the softmax unchanged and keeps exp() ≤ 1.
    logits = logits - logits.max(axis=1, keepdims=True) if logits.shape[0] else logits
    weights = np.exp(logits)
    return weights / weights.sum(axis=1, keepdims=True)
    # END SOLUTION


def reinforce_gradient(theta, features, actions, returns, baseline):
    # BEGIN SOLUTION
    theta = np.asarray(theta, dtype=float)
    features = np.asarray(features, dtype=float)
    actions = np.asarray(actions)
    returns = np.asarray(returns, dtype=float)
    baseline = np.asarray(baseline, dtype=float)
    if theta.ndim != 2 or features.ndim != 2 or features.shape[1] != theta.shape[0]:
        raise ValueError("theta must be (d, A) and features (N, d)")
    n_steps, n_actions = features.shape[0], theta.shape[1]
    if actions.shape != (n_steps,) or returns.shape != (n_steps,) or baseline.shape != (n_steps,):
        raise ValueError("actions, returns and baseline must have one entry per step")
    if n_steps == 0:
        raise ValueError("no steps: the estimate needs N ≥ 1")
    if np.any(actions < 0) or np.any(actions >= n_actions):
        raise ValueError("actions must lie in 0 … A−1")
    probs = softmax_policy(theta, features)
    # ∇ log softmax at the action taken: onehot(a) − pi, per step
    score = -probs
    score[np.arange(n_steps), actions] += 1.0
    advantage = returns - baseline      # the baseline cuts variance without biasing the estimate
    return features.T @ (advantage[:, None] * score) / n_steps
    # END SOLUTION
