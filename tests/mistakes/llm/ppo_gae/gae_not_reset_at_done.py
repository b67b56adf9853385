"""GAE does not reset at done: the next episode's advantage leaks into the recursion.

done_t cuts BOTH the bootstrap in δ_t and the recursion: A_t = δ_t + γλ (1 − done_t) A_{t+1}.
"""
import numpy as np


def gae(rewards, values, dones, gamma, lam):
    T = rewards.shape[0]
    advantages = np.zeros(T)
    next_advantage = 0.0
    for t in reversed(range(T)):
        not_done = 0.0 if dones[t] else 1.0
        delta = rewards[t] + gamma * values[t + 1] * not_done - values[t]
        next_advantage = delta + gamma * lam * next_advantage
        advantages[t] = next_advantage
    return advantages, advantages + values[:T]


def ppo_clip_objective(new_log_probs, old_log_probs, advantages, eps):
    ratio = np.exp(new_log_probs - old_log_probs)
    unclipped = ratio * advantages
    clipped = np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages
    # the min makes it a pessimistic bound: no gain from moving the ratio past the clip
    return float(np.mean(np.minimum(unclipped, clipped)))


def grpo_advantages(rewards):
    if rewards.shape[1] < 2:
        raise ValueError(f"a group needs at least 2 answers, got {rewards.shape[1]}")
    mean = rewards.mean(axis=1, keepdims=True)
    std = rewards.std(axis=1, ddof=1, keepdims=True)      # sample std, as torch.std
    advantages = (rewards - mean) / (std + 1e-4)
    advantages[np.all(rewards == rewards[:, :1], axis=1)] = 0.0
    return advantages
