"""Discounted episode returns: the per-episode sum weighs rewards by γ^t.

The second result is the undiscounted sum of each episode's rewards, a learning curve; gamma only enters the Q update.
"""
import numpy as np


def _check(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon):
    if (n_states < 1 or n_actions < 1 or max_steps < 1 or n_episodes < 0 or not 0 < alpha <= 1
            or not 0 <= gamma <= 1 or not 0 <= epsilon <= 1):
        raise ValueError("bad input")


def _choose(Q, state, epsilon, rng):
    if rng.random() < epsilon:
        return int(rng.integers(Q.shape[1]))
    return int(np.argmax(Q[state]))


def q_learning(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    _check(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon)
    rng = np.random.default_rng(seed)
    Q = np.zeros((n_states, n_actions))
    returns = np.zeros(n_episodes)
    for episode in range(n_episodes):
        state = start
        for t in range(max_steps):
            action = _choose(Q, state, epsilon, rng)
            following, reward, done = step(state, action)
            target = reward if done else reward + gamma * np.max(Q[following])
            Q[state, action] += alpha * (target - Q[state, action])
            returns[episode] += gamma ** t * reward
            state = following
            if done:
                break
    return Q, returns


def sarsa(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    _check(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon)
    rng = np.random.default_rng(seed)
    Q = np.zeros((n_states, n_actions))
    returns = np.zeros(n_episodes)
    for episode in range(n_episodes):
        state = start
        action = _choose(Q, state, epsilon, rng)
        for t in range(max_steps):
            following, reward, done = step(state, action)
            returns[episode] += gamma ** t * reward
            if done:
                Q[state, action] += alpha * (reward - Q[state, action])
                break
            next_action = _choose(Q, following, epsilon, rng)
            target = reward + gamma * Q[following, next_action]
            Q[state, action] += alpha * (target - Q[state, action])
            state, action = following, next_action
    return Q, returns
