"""Tabular Q-learning and SARSA with ε-greedy exploration, seeded exactly.

Task
    Learn action values Q[s, a] on an environment you can only step through: `step(state,
    action)` returns (next_state, reward, done). Both learners start from Q = 0 (shape
    (n_states, n_actions)) and play n_episodes episodes, each starting in `start` and lasting
    until done or until max_steps steps have been taken (then the episode is cut: no update
    treats that last state as terminal).

    ε-greedy choice in state s, from rng = np.random.default_rng(seed) made ONCE per call:
        u = rng.random(); if u < epsilon: a = int(rng.integers(n_actions))   (explore)
        else: a = the greedy action, argmax_a Q[s, a], ties to the LOWEST index.
    Exactly one rng.random() per choice, and rng.integers only when exploring.

    q_learning — in every step: choose a in s (ε-greedy), (s2, r, done) = step(s, a), then
        Q[s, a] += alpha · (target − Q[s, a]),  target = r if done else r + gamma · max_b Q[s2, b]
        and move to s2.
    sarsa — choose a in start before the first step; in every step: (s2, r, done) =
        step(s, a); if done: target = r; else choose a2 in s2 (ε-greedy, BEFORE updating Q)
        and target = r + gamma · Q[s2, a2]; update Q[s, a] as above; move to (s2, a2).
        (At a cut episode's last step a2 is chosen too, and its draws are used up.)

    Also return the undiscounted sum of the rewards of each episode.

Signature
    q_learning(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed) -> tuple
    sarsa(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed) -> tuple
    Everything after `start` is passed by keyword.

Shapes and types
    step        a callable: step(state, action) -> (next_state, reward, done); states and
                actions are ints (next_state a Python int, reward a float, done a bool)
    n_states    an int ≥ 1; n_actions an int ≥ 1; start an int state (never terminal)
    n_episodes  an int ≥ 0; max_steps an int ≥ 1
    alpha       a float in (0, 1]; gamma a float in [0, 1]; epsilon a float in [0, 1]
    seed        an int
    returns     (Q, episode_returns): Q a float64 array of shape (n_states, n_actions),
                episode_returns a float64 array of shape (n_episodes,)

Example
    A 1×2 corridor: start 0, goal 1 (reward +1, done), any other move −1; actions 0 up,
    1 right, 2 down, 3 left; epsilon 0, alpha 0.5, gamma 1. Q-learning, episode 1: all Q tie,
    action 0 bumps the wall (−1): Q[0, 0] = 0.5·(−1 + max Q[0]) = −0.5; now action 1 is
    greedy and reaches the goal: Q[0, 1] = 0.5·1 = 0.5.

    >>> corridor = lambda s, a: (1, 1.0, True) if a == 1 else (0, -1.0, False)
    >>> Q, returns = q_learning(corridor, 2, 4, 0, n_episodes=1, max_steps=10, alpha=0.5,
    ...                         gamma=1.0, epsilon=0.0, seed=0)
    >>> Q[0], returns
    (array([-0.5,  0.5,  0. ,  0. ]), array([0.]))

Constraints
    numpy only. Call step exactly once per step taken (hidden tests count: at most
    n_episodes · max_steps calls, ≤ 3000 in the tests). Raise ValueError if n_states,
    n_actions or max_steps < 1, n_episodes < 0, alpha outside (0, 1], gamma or epsilon outside
    [0, 1]. n_episodes = 0 gives Q = 0 and an empty returns array. Hidden tests use grids of
    at most 4×6 cells. Return new arrays; the inputs are not modified.
    Coming from Sutton & Barto: the same algorithms (chapter 6.4–6.5) with the draws pinned;
    their ε-greedy may pick the greedy action when exploring too, as here (rng.integers can
    return it).

Time budget: 25 minutes.
"""
import numpy as np


def q_learning(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    # BEGIN SOLUTION
    if n_states < 1 or n_actions < 1 or max_steps < 1 or n_episodes < 0:
        raise ValueError("n_states, n_actions and max_steps must be ≥ 1, n_episodes ≥ 0")
    if not 0.0 < alpha <= 1.0:
        raise ValueError("alpha must lie in (0, 1]")
    if not 0.0 <= gamma <= 1.0 or not 0.0 <= epsilon <= 1.0:
        raise ValueError("gamma and epsilon must lie in [0, 1]")
    rng = np.random.default_rng(seed)

    def choose(state):
        """ε-greedy: one uniform draw; a second draw only when exploring."""
        if rng.random() < epsilon:
            return int(rng.integers(n_actions))
        return int(np.argmax(Q[state]))  # the first maximum: ties to the lowest action index

    Q = np.zeros((n_states, n_actions))
    episode_returns = np.zeros(n_episodes)
    for episode in range(n_episodes):
        state = start
        for _ in range(max_steps):
            action = choose(state)
            following, reward, done = step(state, action)
            # Off-policy: the target takes the best next action, whatever will be played.
            target = reward if done else reward + gamma * np.max(Q[following])
            Q[state, action] += alpha * (target - Q[state, action])
            episode_returns[episode] += reward
            state = following
            if done:
                break
    return Q, episode_returns
    # END SOLUTION


def sarsa(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    # BEGIN SOLUTION
    if n_states < 1 or n_actions < 1 or max_steps < 1 or n_episodes < 0:
        raise ValueError("n_states, n_actions and max_steps must be ≥ 1, n_episodes ≥ 0")
    if not 0.0 < alpha <= 1.0:
        raise ValueError("alpha must lie in (0, 1]")
    if not 0.0 <= gamma <= 1.0 or not 0.0 <= epsilon <= 1.0:
        raise ValueError("gamma and epsilon must lie in [0, 1]")
    rng = np.random.default_rng(seed)

    def choose(state):
        """ε-greedy: one uniform draw; a second draw only when exploring."""
        if rng.random() < epsilon:
            return int(rng.integers(n_actions))
        return int(np.argmax(Q[state]))  # the first maximum: ties to the lowest action index

    Q = np.zeros((n_states, n_actions))
    episode_returns = np.zeros(n_episodes)
    for episode in range(n_episodes):
        state = start
        action = choose(state)
        for _ in range(max_steps):
            following, reward, done = step(state, action)
            episode_returns[episode] += reward
            if done:
                Q[state, action] += alpha * (reward - Q[state, action])
                break
            # On-policy: the next action is chosen (from Q as it stands) before the update.
            next_action = choose(following)
            target = reward + gamma * Q[following, next_action]
            Q[state, action] += alpha * (target - Q[state, action])
            state, action = following, next_action
    return Q, episode_returns
    # END SOLUTION

