"""PPO and GRPO: generalised advantage estimation (GAE), the clipped objective, group-normalised advantages.

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
    3. grpo_advantages: GRPO replaces the value function by a group of G answers sampled for
       the same prompt; each answer's advantage is its reward normalised within its group:
           A[n, i] = (r[n, i] − mean_i r[n]) / (std_i r[n] + 1e-4)
       with the SAMPLE standard deviation (ddof = 1), as TRL's GRPOTrainer.

Signature
    gae(rewards, values, dones, gamma, lam) -> (advantages, returns)
    ppo_clip_objective(new_log_probs, old_log_probs, advantages, eps) -> objective
    grpo_advantages(rewards) -> advantages

Shapes and types
    rewards: float64 (T,), T >= 1. values: float64 (T + 1,). dones: a bool array (T,).
    gamma, lam: floats in [0, 1]. advantages, returns: a tuple of two new float64 arrays (T,).
    new_log_probs, old_log_probs, advantages: float64 (T,). eps: a float > 0.
    objective: a float. grpo_advantages: rewards a float64 array (N, G), N prompts with G >= 2
    answers each; returns a new float64 array (N, G).

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
    normalisation is applied here. grpo_advantages: a group whose rewards are all equal gets
    advantages exactly 0.0, whatever the reward (0.7 too, although the float64 mean of
    [0.7, 0.7, 0.7] is not exactly 0.7); raise ValueError if G < 2.

    The hidden tests use T ≤ 40, N ≤ 6, G ≤ 16.

Time budget: 35 minutes.
"""
import numpy as np


def gae(rewards, values, dones, gamma, lam):
    # BEGIN SOLUTION
    # Complexity: O(T) time and memory (a single backward pass over the rollout).
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


def grpo_advantages(rewards):
    # BEGIN SOLUTION
    if rewards.shape[1] < 2:
        raise ValueError(f"a group needs at least 2 answers, got {rewards.shape[1]}")
    mean = rewards.mean(axis=1, keepdims=True)
    std = rewards.std(axis=1, ddof=1, keepdims=True)      # sample std, as torch.std
    advantages = (rewards - mean) / (std + 1e-4)
    # the mean of [0.7, 0.7, 0.7] is not exactly 0.7 in float64: a group of equal rewards is
    # found by comparing the rewards themselves, and set to exactly 0.0
    equal = np.all(rewards == rewards[:, :1], axis=1)
    advantages[equal] = 0.0
    return advantages
    # END SOLUTION
