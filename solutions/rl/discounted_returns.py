"""Discounted returns (returns-to-go) over a batch of episodes laid end to end.

Task
    A rollout buffer holds T steps, one after another, from one or more episodes. Step t has
    the reward rewards[t] and the flag dones[t], True when the episode ENDS after step t (the
    next step, if any, starts a new episode). Return, for every step, the discounted return
    from that step to the end of its own episode:

        G_t = rewards[t] + gamma · (1 − dones[t]) · G_{t+1},      with G_T = 0

    so a return never crosses an episode boundary. The last step of the buffer has nothing
    after it: G_{T−1} = rewards[T−1] whether or not dones[T−1] is set (an unfinished episode is
    cut there, with no bootstrap value). With gamma = 1 these are the undiscounted
    returns-to-go of Decision Transformer; with gamma = 0 they are the rewards themselves.

Signature
    discounted_returns(rewards, dones, gamma) -> numpy.ndarray

Shapes and types
    rewards  a 1-D array (or list) of T ≥ 0 rewards, float or int
    dones    a 1-D array (or list) of T booleans (or 0/1 ints)
    gamma    a float in [0, 1]
    returns  a float64 array of shape (T,), even for int rewards

Example
    Two episodes, [1, 2] (done after step 1) and [3, 4] (cut at the end), gamma = 0.5:
    G_3 = 4, G_2 = 3 + 0.5·4 = 5, G_1 = 2 (the episode ends there), G_0 = 1 + 0.5·2 = 2.

    >>> discounted_returns(np.array([1.0, 2.0, 3.0, 4.0]), np.array([False, True, False, False]), 0.5)
    array([2., 2., 5., 4.])

Constraints
    numpy only. Raise ValueError if rewards or dones is not 1-D, if their lengths differ, or if
    gamma is outside [0, 1] (also when T = 0). T = 0 gives an empty float64 array. Hidden tests
    use T ≤ 200 and rewards up to ±1e6. Return a new array; the inputs are not modified.
    Coming from RL libraries: here dones[t] flags the step that ENDS an episode (what
    env.step returned with it). Stable-Baselines3's rollout buffer (episode_starts) and
    CleanRL's PPO (dones) store the flag on the step that STARTS the next episode instead:
    their flag at t + 1 is dones[t] here.

Time budget: 10 minutes.
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    # BEGIN SOLUTION
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if rewards.ndim != 1 or dones.ndim != 1:
        raise ValueError("rewards and dones must be 1-D")
    if rewards.shape != dones.shape:
        raise ValueError("rewards and dones must have the same length")
    if not 0.0 <= gamma <= 1.0:
        raise ValueError("gamma must lie in [0, 1]")
    returns = np.empty(rewards.shape[0])
    following = 0.0  # G_{t+1}; nothing follows the last step of the buffer
    # Backwards: each return needs the one after it. A done step starts a fresh sum.
    for t in range(rewards.shape[0] - 1, -1, -1):
        if dones[t]:
            following = 0.0
        following = rewards[t] + gamma * following
        returns[t] = following
    return returns
    # END SOLUTION
