"""Chooses a* with a strict `>` scan, which never picks a nan: np.argmax (the statement's rule) picks the first nan.

`x > best` is False whenever either side is nan, so a loop keeps a number over a nan (and keeps
a nan in place 0 only by luck). The statement follows np.argmax: a nan in q_online_next[i]
counts as the maximum, the first one is chosen, and the target net rates it.
"""
import numpy as np


def double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    q_online_next = np.asarray(q_online_next, dtype=float)
    q_target_next = np.asarray(q_target_next, dtype=float)
    if (rewards.ndim != 1 or dones.shape != rewards.shape or q_online_next.ndim != 2
            or q_target_next.shape != q_online_next.shape or q_online_next.shape[0] != rewards.shape[0]
            or q_online_next.shape[1] < 1 or not 0 <= gamma <= 1):
        raise ValueError("bad input")
    targets = rewards.copy()
    for i in range(rewards.shape[0]):
        if dones[i]:
            continue
        best = 0
        for a in range(1, q_online_next.shape[1]):
            if q_online_next[i, a] > q_online_next[i, best]:
                best = a
        targets[i] += gamma * q_target_next[i, best]
    return targets
