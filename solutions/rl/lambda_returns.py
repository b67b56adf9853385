"""n-step returns and λ-returns with a value function, cut at episode ends.

Task
    A rollout buffer holds T steps: rewards[t], dones[t] (True when the episode ENDS after step
    t) and value estimates values[t] = V(s_t) for t = 0 … T−1, plus values[T] = V of the state
    reached after the last step (the bootstrap value of an unfinished episode).

    1. n_step_returns(rewards, values, dones, gamma, n): for each t, add up to n discounted
       rewards, rewards[t] + gamma·rewards[t+1] + … , and
       - stop WITHOUT bootstrapping at the first step t+k (k < n) with dones[t+k] set;
       - otherwise, after m rewards, bootstrap with gamma^m · values[t+m], where m = n, or
         fewer when the buffer ends first (m = T − t: then values[T] is used).
    2. lambda_returns(rewards, values, dones, gamma, lam): the recursion, run backwards from
       G_T = values[T],

           G_t = rewards[t]                                            if dones[t]
           G_t = rewards[t] + gamma·((1 − lam)·values[t+1] + lam·G_{t+1})   otherwise

       which is the λ-weighted average of the n-step returns, the weight of every n-step
       return past the episode's (or buffer's) end going to the longest one. lam = 0 gives
       the one-step TD targets rewards[t] + gamma·values[t+1]; lam = 1 the Monte Carlo
       returns bootstrapped with values[T] at the buffer's end.
    When dones[T−1] is set, values[T] is never used, whatever it holds (even inf or nan), and
    in general a value values[t+1] that follows a done step changes no result.

Signature
    n_step_returns(rewards, values, dones, gamma, n) -> numpy.ndarray
    lambda_returns(rewards, values, dones, gamma, lam) -> numpy.ndarray

Shapes and types
    rewards  a 1-D float (or int) array of T ≥ 0 rewards
    values   a 1-D float array of T + 1 values
    dones    a 1-D array of T booleans (or 0/1 ints)
    gamma    a float in [0, 1]; lam a float in [0, 1]; n an int ≥ 1
    returns  a float64 array of shape (T,)

Example
    rewards [1, 2, 3], values [10, 20, 30, 40], no done, gamma 0.5. Two-step returns:
    G_0 = 1 + 0.5·2 + 0.25·30 = 9.5, G_1 = 2 + 0.5·3 + 0.25·40 = 13.5, and G_2 = 3 + 0.5·40 = 23
    (the buffer ends after one reward). λ-returns with lam 0.5: G_2 = 23,
    G_1 = 2 + 0.5·(0.5·30 + 0.5·23) = 15.25, G_0 = 1 + 0.5·(0.5·20 + 0.5·15.25) = 9.8125.

    >>> rewards, values = np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0, 40.0])
    >>> dones = np.array([False, False, False])
    >>> n_step_returns(rewards, values, dones, 0.5, 2)
    array([ 9.5, 13.5, 23. ])
    >>> lambda_returns(rewards, values, dones, 0.5, 0.5)
    array([ 9.8125, 15.25  , 23.    ])

Constraints
    numpy only. Raise ValueError if rewards, values or dones is not 1-D, if dones does not
    have T entries or values T + 1, if gamma or lam is outside [0, 1], or if n < 1 (also when
    T = 0). T = 0 gives an empty float64 array. Hidden tests use T ≤ 200, n ≤ 250 and values up
    to ±1e6. Return new arrays; the inputs are not modified.
    Coming from GAE (Schulman et al.): lambda_returns equals GAE(γ, λ)'s advantages plus
    values[:T] (Stable-Baselines3's `returns`). Its rollout buffer flags the step that STARTS
    an episode (episode_starts[t + 1] is dones[t] here) and takes the last step's done flag
    and values[T] as `dones` and `last_values`.

Time budget: 20 minutes.
"""
import numpy as np


def n_step_returns(rewards, values, dones, gamma, n):
    # BEGIN SOLUTION
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if rewards.ndim != 1 or values.ndim != 1 or dones.ndim != 1:
        raise ValueError("rewards, values and dones must be 1-D")
    T = rewards.shape[0]
    if dones.shape[0] != T or values.shape[0] != T + 1:
        raise ValueError("dones needs T entries and values T + 1")
    if not 0.0 <= gamma <= 1.0:
        raise ValueError("gamma must lie in [0, 1]")
    if n < 1:
        raise ValueError("n must be ≥ 1")
    returns = np.empty(T)
    for t in range(T):
        total, discount = 0.0, 1.0
        for k in range(min(n, T - t)):
            total += discount * rewards[t + k]
            discount *= gamma
            if dones[t + k]:
                break               # the episode ended: nothing to bootstrap from
        else:
            # n rewards taken, or the buffer ended first: bootstrap from the state reached
            total += discount * values[t + min(n, T - t)]
        returns[t] = total
    return returns
    # END SOLUTION


def lambda_returns(rewards, values, dones, gamma, lam):
    # BEGIN SOLUTION
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if rewards.ndim != 1 or values.ndim != 1 or dones.ndim != 1:
        raise ValueError("rewards, values and dones must be 1-D")
    T = rewards.shape[0]
    if dones.shape[0] != T or values.shape[0] != T + 1:
        raise ValueError("dones needs T entries and values T + 1")
    if not 0.0 <= gamma <= 1.0 or not 0.0 <= lam <= 1.0:
        raise ValueError("gamma and lam must lie in [0, 1]")
    returns = np.empty(T)
    following = values[T]          # G_T: the bootstrap value past the buffer's end
    for t in range(T - 1, -1, -1):
        if dones[t]:
            following = rewards[t]  # a branch, not a product: values[t+1] may be inf or nan
        else:
            following = rewards[t] + gamma * ((1.0 - lam) * values[t + 1] + lam * following)
        returns[t] = following
    return returns
    # END SOLUTION
