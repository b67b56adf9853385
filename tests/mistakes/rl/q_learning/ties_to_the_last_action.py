"""Ties to the last action: among equal Q-values the HIGHEST action index is chosen.

The greedy action is argmax_a Q[s, a] with ties to the LOWEST index, np.argmax's first maximum; a reversed argmax or >= in a loop picks the last.
"""
import numpy as np


def _check(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon):
    if (n_states < 1 or n_actions < 1 or max_steps < 1 or n_episodes < 0 or not 0 < alpha <= 1
            or not 0 <= gamma <= 1 or not 0 <= epsilon <= 1):
        raise ValueError("bad input")


def _choose(Q, state, epsilon, rng):
    if rng.random() < epsilon:
        return int(rng.integers(Q.shape[1]))
    return int(Q.shape[1] - 1 - np.argmax(Q[state][::-1]))


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
            returns[episode] += reward
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
            returns[episode] += reward
            if done:
                Q[state, action] += alpha * (reward - Q[state, action])
                break
            next_action = _choose(Q, following, epsilon, rng)
            target = reward + gamma * Q[following, next_action]
            Q[state, action] += alpha * (target - Q[state, action])
            state, action = following, next_action
    return Q, returns
