"""Vanilla DQN: the target takes max over q_target_next instead of the target net's value at the online argmax.

Double DQN decouples choosing from rating: a* = argmax of the ONLINE net's next-state values, then y = r + γ·q_target_next[a*]. The max of the target net is the overestimating rule it replaces.
"""
import numpy as np


def double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    q_online_next = np.asarray(q_online_next, dtype=float)
    q_target_next = np.asarray(q_target_next, dtype=float)
    if (not 0.0 <= gamma <= 1.0 or q_online_next.ndim != 2 or q_online_next.shape != q_target_next.shape
            or rewards.shape != dones.shape or rewards.ndim != 1 or q_online_next.shape[0] != rewards.shape[0]
            or q_online_next.shape[1] < 1):
        raise ValueError("bad input")
    rows = np.arange(rewards.shape[0])
    best = q_target_next.max(axis=1)
    return np.where(dones, rewards, rewards + gamma * np.where(dones, 0.0, best))
