"""argmax with keepdims, take_along_axis, and a boolean mask for the bootstrap term."""
import numpy as np


def double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma):
    r = np.array(rewards, dtype=np.float64)
    d = np.array(dones).astype(bool)
    qo = np.array(q_online_next, dtype=np.float64)
    qt = np.array(q_target_next, dtype=np.float64)
    if r.ndim != 1 or d.shape != r.shape or qo.ndim != 2 or qt.shape != qo.shape or qo.shape != (r.size, qo.shape[1]) \
            or qo.shape[1] == 0 or gamma < 0 or gamma > 1:
        raise ValueError("invalid input")
    chosen = np.take_along_axis(qt, qo.argmax(axis=1, keepdims=True), axis=1)[:, 0]
    live = ~d
    r[live] += gamma * chosen[live]
    return r
