"""PPO's clipped surrogate objective and its gradient with respect to the log-probabilities.

Task
    PPO (Schulman et al., 2017) improves a policy on samples drawn from its previous version.
    For N sampled actions you get the log-probability of each under the NEW policy
    (log_probs), under the OLD policy that collected them (old_log_probs), and an advantage
    estimate. With the probability ratio and its clipped copy

        ratio_i   = exp(log_probs_i − old_log_probs_i)
        clipped_i = min(max(ratio_i, 1 − clip_eps), 1 + clip_eps)

    the clipped surrogate objective (to MAXIMISE) is the mean over the samples

        objective = (1/N) · Σ_i min(ratio_i · A_i, clipped_i · A_i).

    Return it with its gradient with respect to log_probs. Since d ratio_i / d log_probs_i =
    ratio_i, the gradient is ratio_i · A_i / N for a sample whose unclipped term is the
    minimum, ratio_i · A_i ≤ clipped_i · A_i (ties, e.g. inside the clip range or A_i = 0,
    count as unclipped), and 0 for a sample where the clipped term is strictly smaller.
    The min makes the objective pessimistic: a sample is cut off only when the ratio has
    moved past the range in the direction its advantage favours.

Signature
    ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps) -> tuple

Shapes and types
    log_probs      a 1-D float array of N ≥ 1 log-probabilities under the new policy
    old_log_probs  a 1-D float array of N log-probabilities under the old policy
    advantages     a 1-D float (or int) array of N advantages, any sign
    clip_eps       a float > 0 (0.2 in the paper)
    returns        (objective, grad): objective a Python float, grad a float64 array of
                   shape (N,)

Example
    clip_eps 0.2, old log-probs 0, ratios 1.5, 1.5, 0.5, 0.5 with advantages +1, −1, +1, −1:
    the terms are min(1.5, 1.2) = 1.2 (clipped: no gradient), min(−1.5, −1.2) = −1.5 (kept),
    min(0.5, 0.8) = 0.5 (kept) and min(−0.5, −0.8) = −0.8 (clipped); the mean is −0.15.

    >>> objective, grad = ppo_clip_objective(np.log([1.5, 1.5, 0.5, 0.5]), np.zeros(4),
    ...                                      np.array([1.0, -1.0, 1.0, -1.0]), 0.2)
    >>> round(objective, 12), grad.round(12)
    (-0.15, array([ 0.   , -0.375,  0.125,  0.   ]))

Constraints
    numpy only. Raise ValueError if the three arrays are not 1-D of the same length N ≥ 1 (a length-1
    array is not broadcast) or
    if clip_eps ≤ 0. Hidden tests use N ≤ 500, log-probability differences up to ±50 and
    advantages up to ±1e6. Return new arrays; the inputs are not modified.
    Coming from PyTorch: the usual loss is −objective, minimised; autograd's gradient at an
    exact tie of the min can differ from the rule above (ties are measure-zero in training,
    but the tests check the rule stated here).

Time budget: 15 minutes.
"""
import numpy as np


def ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps):
    # BEGIN SOLUTION
    log_probs = np.asarray(log_probs, dtype=float)
    old_log_probs = np.asarray(old_log_probs, dtype=float)
    advantages = np.asarray(advantages, dtype=float)
    if log_probs.ndim != 1 or log_probs.shape[0] < 1:
        raise ValueError("log_probs must be a 1-D array of N ≥ 1 entries")
    if old_log_probs.shape != log_probs.shape or advantages.shape != log_probs.shape:
        raise ValueError("log_probs, old_log_probs and advantages must have the same shape")
    if not clip_eps > 0:
        raise ValueError("clip_eps must be > 0")
    n = log_probs.shape[0]
    ratio = np.exp(log_probs - old_log_probs)
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps)
    unclipped_term, clipped_term = ratio * advantages, clipped * advantages
    objective = float(np.mean(np.minimum(unclipped_term, clipped_term)))
    # Only where the unclipped term is the min does the objective depend on log_probs.
    grad = np.where(unclipped_term <= clipped_term, unclipped_term, 0.0) / n
    return objective, grad
    # END SOLUTION
