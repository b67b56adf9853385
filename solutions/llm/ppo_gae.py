"""PPO's two pieces: generalised advantage estimation (GAE) and the clipped surrogate objective.

Task
    1. gae: from a rollout of T steps, compute the advantages
           δ_t = r_t + γ · V_{t+1} · (1 − done_t) − V_t
           A_t = δ_t + γ · λ · (1 − done_t) · A_{t+1},      A_T = 0
       where values has T + 1 entries: V_T is the value of the state after the last step and
       bootstraps the tail of the rollout (unless the last step ended an episode). done_t
       means the episode ended AT step t: nothing after it is added, neither in δ_t nor in
       the recursion. Return the advantages and the value targets, returns = A + V[:T].
    2. ppo_clip_objective: with ratio_t = exp(new_log_probs_t − old_log_probs_t), the
       objective (to MAXIMISE; the loss is its negative) is
           mean over t of min(ratio_t · A_t, clip(ratio_t, 1 − ε, 1 + ε) · A_t)

Signature
    gae(rewards, values, dones, gamma, lam) -> (advantages, returns)
    ppo_clip_objective(new_log_probs, old_log_probs, advantages, eps) -> objective

Shapes and types
    rewards: float64 (T,), T >= 1. values: float64 (T + 1,). dones: a bool array (T,).
    gamma, lam: floats in [0, 1]. advantages, returns: a tuple of two new float64 arrays (T,).
    new_log_probs, old_log_probs, advantages: float64 (T,). eps: a float > 0.
    objective: a float.

Example
    >>> import numpy as np
    >>> adv, ret = gae(np.array([1.0, 1.0]), np.array([0.0, 0.0, 10.0]), np.array([False, True]), 0.5, 1.0)
    >>> adv.tolist(), ret.tolist()          # the episode ends at step 1: V = 10 after it is never used
    ([1.5, 1.0], [1.5, 1.0])
    >>> round(ppo_clip_objective(np.log([1.5, 0.5]), np.zeros(2), np.array([1.0, -1.0]), 0.2), 6)
    0.2

Constraints
    Plain Python and numpy only. Inputs are not modified. Like OpenAI Baselines / CleanRL's
    GAE, with the one difference that done_t here marks the end of step t itself (CleanRL's
    `nextnonterminal` for step t is 1 − done_t in our indexing). The objective is the
    surrogate itself, not a loss: PyTorch code usually minimises −objective. No advantage
    normalisation is applied here.

Time budget: 30 minutes.
"""
import numpy as np


def gae(rewards, values, dones, gamma, lam):
    # BEGIN SOLUTION
    T = rewards.shape[0]
    advantages = np.zeros(T)
    next_advantage = 0.0
    for t in reversed(range(T)):
        not_done = 0.0 if dones[t] else 1.0
        delta = rewards[t] + gamma * values[t + 1] * not_done - values[t]
        next_advantage = delta + gamma * lam * not_done * next_advantage
        advantages[t] = next_advantage
    return advantages, advantages + values[:T]
    # END SOLUTION


def ppo_clip_objective(new_log_probs, old_log_probs, advantages, eps):
    # BEGIN SOLUTION
    ratio = np.exp(new_log_probs - old_log_probs)
    unclipped = ratio * advantages
    clipped = np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages
    # the min makes it a pessimistic bound: no gain from moving the ratio past the clip
    return float(np.mean(np.minimum(unclipped, clipped)))
    # END SOLUTION
