"""The double-DQN target for a batch of transitions.

Task
    A batch holds B transitions (s_i, a_i, r_i, s'_i, done_i). Given the rewards, the done
    flags and the Q-values of the NEXT states under two networks, the online network
    (q_online_next) and the target network (q_target_next), return the double-DQN targets

        a*_i = argmax_a q_online_next[i, a]                 (the online net CHOOSES)
        y_i  = rewards[i] + gamma · (1 − dones[i]) · q_target_next[i, a*_i]   (the target net RATES)

    Ties in the argmax go to the LOWEST action index (np.argmax's rule), and a nan in
    q_online_next[i] counts as larger than every number (np.argmax's rule too: the first nan
    is chosen, and the target net rates that action). A transition with
    dones[i] set ends its episode: its target is the reward alone (whatever the next-state
    Q-values hold, even inf or nan are ignored there). On a live transition nothing is
    masked: an inf or nan value chosen there passes into its target.

Signature
    double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma) -> numpy.ndarray

Shapes and types
    rewards        a 1-D float (or int) array of B ≥ 0 rewards
    dones          a 1-D array of B booleans (or 0/1 ints)
    q_online_next  a float array of shape (B, A), A ≥ 1 actions
    q_target_next  a float array of shape (B, A)
    gamma          a float in [0, 1]
    returns        a float64 array of shape (B,)

Example
    Row 0: the online net picks action 1 (0.5 > 0.2), the target net rates it 3.0, so
    y_0 = 1 + 0.9·3 = 3.7 (vanilla DQN would take max(q_target_next[0]) = 10). Row 1 is done.

    >>> double_dqn_target(np.array([1.0, 2.0]), np.array([False, True]),
    ...                   np.array([[0.2, 0.5], [1.0, 0.0]]), np.array([[10.0, 3.0], [4.0, 4.0]]), 0.9)
    array([3.7, 2. ])

Constraints
    numpy only. Raise ValueError if rewards or dones is not 1-D, if the Q arrays are not 2-D
    with the same shape (B, A) and A ≥ 1, if the lengths B disagree (a length-1 array is not
    broadcast), or if gamma is outside
    [0, 1] (also when B = 0). B = 0 gives an empty float64 array. Hidden tests use B ≤ 64,
    A ≤ 8 and values up to ±1e6. Return a new array; the inputs are not modified.
    Coming from PyTorch: q_online_next.argmax(1) also takes the first maximum; the usual code
    computes the same target with .gather(1, a_star.unsqueeze(1)).

Time budget: 10 minutes.
"""
import numpy as np


def double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma):
    # BEGIN SOLUTION
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    q_online_next = np.asarray(q_online_next, dtype=float)
    q_target_next = np.asarray(q_target_next, dtype=float)
    if rewards.ndim != 1 or dones.ndim != 1 or rewards.shape != dones.shape:
        raise ValueError("rewards and dones must be 1-D of the same length")
    if q_online_next.ndim != 2 or q_online_next.shape != q_target_next.shape:
        raise ValueError("the Q arrays must be 2-D of the same shape (B, A)")
    if q_online_next.shape[0] != rewards.shape[0] or q_online_next.shape[1] < 1:
        raise ValueError("the Q arrays must have one row per transition and at least one action")
    if not 0.0 <= gamma <= 1.0:
        raise ValueError("gamma must lie in [0, 1]")
    # The online net chooses, the target net rates: decoupling the two curbs the
    # overestimation of taking the max of noisy estimates.
    best = np.argmax(q_online_next, axis=1)  # first maximum on ties
    rated = q_target_next[np.arange(rewards.shape[0]), best]
    # np.where, not a product with (1 − done): 0·inf would be nan at a terminal transition.
    return np.where(dones, rewards, rewards + gamma * np.where(dones, 0.0, rated))
    # END SOLUTION
