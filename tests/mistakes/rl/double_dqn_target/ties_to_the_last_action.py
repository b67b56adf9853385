"""Ties to the last action: among equal online values the HIGHEST index is chosen.

Ties go to the lowest action index, np.argmax's rule; a reversed argmax (or >= in a loop) picks the last one.
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
    n_actions = q_online_next.shape[1]
    best = n_actions - 1 - np.argmax(q_online_next[:, ::-1], axis=1)
    return np.where(dones, rewards, rewards + gamma * np.where(dones, 0.0, q_target_next[rows, best]))
