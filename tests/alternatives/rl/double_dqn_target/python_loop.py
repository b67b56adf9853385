"""A loop over the transitions with a hand-written first-maximum search."""
import numpy as np


def double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma):
    rewards = np.asarray(rewards)
    dones = np.asarray(dones)
    q_online_next = np.asarray(q_online_next)
    q_target_next = np.asarray(q_target_next)
    if not (0 <= gamma <= 1):
        raise ValueError("gamma")
    if rewards.ndim != 1 or dones.shape != rewards.shape:
        raise ValueError("rewards/dones")
    if q_online_next.ndim != 2 or q_target_next.shape != q_online_next.shape:
        raise ValueError("q shapes")
    if len(q_online_next) != len(rewards) or q_online_next.shape[1] == 0:
        raise ValueError("q rows")
    targets = np.zeros(len(rewards), dtype=np.float64)
    for i in range(len(rewards)):
        targets[i] = float(rewards[i])
        if dones[i]:
            continue
        best = 0
        for a in range(1, q_online_next.shape[1]):
            if np.isnan(q_online_next[i, best]):
                break                      # the first nan counts as the maximum
            if np.isnan(q_online_next[i, a]) or q_online_next[i, a] > q_online_next[i, best]:
                best = a
        targets[i] += gamma * float(q_target_next[i, best])
    return targets
