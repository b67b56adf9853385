"""Masks by multiplying: (1 − done)·Q gives nan when a terminal row holds inf (0·inf).

Drop the bootstrap of a done transition with np.where (or by indexing), never by multiplying with 0: whatever a terminal next state holds must not reach the target.
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
    best = np.argmax(q_online_next, axis=1)
    return rewards + gamma * (1.0 - dones) * q_target_next[rows, best]
