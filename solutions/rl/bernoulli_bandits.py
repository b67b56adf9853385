"""ε-greedy, UCB1 and Thompson sampling on a Bernoulli bandit, seeded exactly.

Task
    A bandit has k arms; pulling arm i pays 1 with probability probs[i], else 0. Each learner
    pulls n_steps times and returns what it pulled, what it got and its cumulative regret.
    All randomness comes from rng = np.random.default_rng(seed), made ONCE per call, and the
    reward of a pull of arm i is 1.0 if rng.random() < probs[i] else 0.0 (one draw per pull,
    made right after the arm is chosen). The estimate of arm i is means[i] = sums[i] / n_i,
    its total reward divided by its number of pulls, computed as that one division (0 for an
    arm not pulled yet): a running-mean update m += (r − m)/n rounds differently and can break
    an exact tie such as 1/3 against 1/3. "argmax" always means ties to the LOWEST index.

    epsilon_greedy: at every step, u = rng.random(); if u < epsilon, explore: arm =
        int(rng.integers(k)); otherwise arm = argmax of the estimates. Then the reward draw.
        So a step draws random(), [integers(k) when exploring], random().
    ucb1 (Auer et al., 2002): steps 0 … k−1 pull arms 0 … k−1 in turn (round robin); from
        step t ≥ k on, arm = argmax_i  mean_i + sqrt(2 · ln(t) / n_i), where t is the number of
        pulls made before this one (the 0-based step index) and n_i the pulls of arm i so far.
        The only draws are the rewards.
    thompson_sampling: Beta(1, 1) priors, a_i = b_i = 1. Every step: theta =
        rng.beta(a, b) (ONE call with the two length-k arrays: k draws in arm order; k separate
        calls rng.beta(a[i], b[i]) in index order give the same numbers), arm = argmax theta,
        then the reward draw; a[arm] += reward, b[arm] += 1 − reward.

    regret[t] = Σ_{j ≤ t} (max(probs) − probs[arms[j]]): the cumulative expected (pseudo-)
    regret, from the true probabilities, not from the rewards observed.

Signature
    epsilon_greedy(probs, n_steps, *, epsilon, seed) -> tuple
    ucb1(probs, n_steps, *, seed) -> tuple
    thompson_sampling(probs, n_steps, *, seed) -> tuple

Shapes and types
    probs    a 1-D float array (or list) of k ≥ 1 probabilities in [0, 1]
    n_steps  an int ≥ 0
    epsilon  a float in [0, 1]
    seed     an int
    returns  (arms, rewards, regret): arms an int64 array of shape (n_steps,), rewards and
             regret float64 arrays of shape (n_steps,)

Example
    Greedy (epsilon 0) on probs [0, 1]: both estimates are 0, the tie goes to arm 0, which never
    pays, so its estimate stays 0 and arm 1 is never tried: regret 1 per step.

    >>> epsilon_greedy([0.0, 1.0], 3, epsilon=0.0, seed=0)
    (array([0, 0, 0]), array([0., 0., 0.]), array([1., 2., 3.]))
    >>> ucb1([0.0, 1.0], 7, seed=0)[0]          # round robin, then arm 1 until arm 0's bonus wins at t = 6
    array([0, 1, 1, 1, 1, 1, 0])

Constraints
    numpy and the standard library only; draw exactly as stated and nothing else, so your
    runs match the reference bit for bit. Raise ValueError if probs is not 1-D, is empty or
    has an entry outside [0, 1] (a nan is outside), if n_steps < 0, or if epsilon is outside
    [0, 1] (also when n_steps = 0). n_steps = 0 gives three empty arrays (int64, float64,
    float64). Hidden tests use k ≤ 10 and n_steps ≤ 300. Return new arrays; the inputs are
    not modified.

Time budget: 25 minutes.
"""
import math

import numpy as np


def epsilon_greedy(probs, n_steps, *, epsilon, seed):
    # BEGIN SOLUTION
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.shape[0] == 0:
        raise ValueError("probs must be a non-empty 1-D array")
    if not np.all((probs >= 0) & (probs <= 1)):      # a nan fails both comparisons: outside
        raise ValueError("every probability must lie in [0, 1]")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    if not 0.0 <= epsilon <= 1.0:
        raise ValueError("epsilon must lie in [0, 1]")
    rng = np.random.default_rng(seed)
    k = probs.shape[0]
    counts, sums, means = np.zeros(k), np.zeros(k), np.zeros(k)
    arms, rewards = np.zeros(n_steps, dtype=np.int64), np.zeros(n_steps)
    for t in range(n_steps):
        if rng.random() < epsilon:
            arm = int(rng.integers(k))
        else:
            arm = int(np.argmax(means))          # first maximum: ties to the lowest index
        reward = 1.0 if rng.random() < probs[arm] else 0.0
        counts[arm] += 1
        sums[arm] += reward
        # one division, not a running mean: equal means must compare equal
        means[arm] = sums[arm] / counts[arm]
        arms[t], rewards[t] = arm, reward
    # pseudo-regret: what each pull gave up in expectation, from the true probabilities
    regret = np.cumsum(np.max(probs) - probs[arms])
    return arms, rewards, regret
    # END SOLUTION


def ucb1(probs, n_steps, *, seed):
    # BEGIN SOLUTION
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.shape[0] == 0:
        raise ValueError("probs must be a non-empty 1-D array")
    if not np.all((probs >= 0) & (probs <= 1)):      # a nan fails both comparisons: outside
        raise ValueError("every probability must lie in [0, 1]")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    rng = np.random.default_rng(seed)
    k = probs.shape[0]
    counts, sums, means = np.zeros(k), np.zeros(k), np.zeros(k)
    arms, rewards = np.zeros(n_steps, dtype=np.int64), np.zeros(n_steps)
    for t in range(n_steps):
        if t < k:
            arm = t                               # every arm once, in order
        else:
            # t pulls so far; optimism in the face of uncertainty: the bonus shrinks as n_i grows
            arm = int(np.argmax(means + np.sqrt(2.0 * math.log(t) / counts)))
        reward = 1.0 if rng.random() < probs[arm] else 0.0
        counts[arm] += 1
        sums[arm] += reward
        means[arm] = sums[arm] / counts[arm]
        arms[t], rewards[t] = arm, reward
    # pseudo-regret: what each pull gave up in expectation, from the true probabilities
    regret = np.cumsum(np.max(probs) - probs[arms])
    return arms, rewards, regret
    # END SOLUTION


def thompson_sampling(probs, n_steps, *, seed):
    # BEGIN SOLUTION
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.shape[0] == 0:
        raise ValueError("probs must be a non-empty 1-D array")
    if not np.all((probs >= 0) & (probs <= 1)):      # a nan fails both comparisons: outside
        raise ValueError("every probability must lie in [0, 1]")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    rng = np.random.default_rng(seed)
    k = probs.shape[0]
    successes, failures = np.ones(k), np.ones(k)   # Beta(1, 1): uniform priors
    arms, rewards = np.zeros(n_steps, dtype=np.int64), np.zeros(n_steps)
    for t in range(n_steps):
        theta = rng.beta(successes, failures)      # one plausible payout rate per arm
        arm = int(np.argmax(theta))
        reward = 1.0 if rng.random() < probs[arm] else 0.0
        successes[arm] += reward
        failures[arm] += 1.0 - reward
        arms[t], rewards[t] = arm, reward
    # pseudo-regret: what each pull gave up in expectation, from the true probabilities
    regret = np.cumsum(np.max(probs) - probs[arms])
    return arms, rewards, regret
    # END SOLUTION

