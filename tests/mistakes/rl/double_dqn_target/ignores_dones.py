"""Ignores dones: terminal transitions still get γ·Q(s′, a*) added.

When an episode ends there is no next state to bootstrap from: the target of a done transition is its reward alone.
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
    return rewards + gamma * q_target_next[rows, best]
