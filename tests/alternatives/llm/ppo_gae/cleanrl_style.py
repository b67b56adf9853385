"""CleanRL's loop (nextnonterminal, lastgaelam), and the clipped loss computed as a max of negatives then negated.
"""
import numpy as np


def gae(rewards, values, dones, gamma, lam):
    T = len(rewards)
    advantages = np.zeros_like(rewards, dtype=np.float64)
    lastgaelam = 0.0
    for t in range(T - 1, -1, -1):
        nextnonterminal = 1.0 - float(dones[t])
        nextvalues = values[t + 1]
        delta = rewards[t] + gamma * nextvalues * nextnonterminal - values[t]
        advantages[t] = lastgaelam = delta + gamma * lam * nextnonterminal * lastgaelam
    returns = advantages + values[:-1]
    return advantages, returns


def ppo_clip_objective(new_log_probs, old_log_probs, advantages, eps):
    ratio = np.exp(new_log_probs - old_log_probs)
    pg_loss1 = -advantages * ratio
    pg_loss2 = -advantages * np.clip(ratio, 1 - eps, 1 + eps)
    return float(-np.maximum(pg_loss1, pg_loss2).mean())


def grpo_advantages(rewards):
    if rewards.shape[1] < 2:
        raise ValueError("need at least two answers per group")
    mean_grouped = rewards.mean(axis=1)
    std_grouped = rewards.std(axis=1, ddof=1)
    spread = rewards.max(axis=1) - rewards.min(axis=1)
    advantages = (rewards - mean_grouped[:, None]) / (std_grouped[:, None] + 1e-4)
    return np.where(spread[:, None] == 0.0, 0.0, advantages)
