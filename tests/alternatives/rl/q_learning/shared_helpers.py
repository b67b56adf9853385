"""One ε-greedy helper and one validation helper shared by both learners; returns as a list."""
import numpy as np


def _validate(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon):
    if min(n_states, n_actions, max_steps) < 1 or n_episodes < 0:
        raise ValueError("sizes")
    if not (0 < alpha <= 1 and 0 <= gamma <= 1 and 0 <= epsilon <= 1):
        raise ValueError("rates")


def _policy(Q, epsilon, rng):
    def act(state):
        if rng.random() < epsilon:
            return int(rng.integers(Q.shape[1]))
        row = Q[state]
        return int(np.flatnonzero(row == row.max())[0])
    return act


def q_learning(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    _validate(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon)
    rng = np.random.default_rng(seed)
    Q = np.zeros((n_states, n_actions))
    act = _policy(Q, epsilon, rng)
    totals = []
    for _ in range(n_episodes):
        s, total = start, 0.0
        for _ in range(max_steps):
            a = act(s)
            s2, r, done = step(s, a)
            total += r
            Q[s, a] = (1 - alpha) * Q[s, a] + alpha * (r + (0.0 if done else gamma * Q[s2].max()))
            s = s2
            if done:
                break
        totals.append(total)
    return Q, np.array(totals, dtype=np.float64).reshape(n_episodes)


def sarsa(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    _validate(n_states, n_actions, n_episodes, max_steps, alpha, gamma, epsilon)
    rng = np.random.default_rng(seed)
    Q = np.zeros((n_states, n_actions))
    act = _policy(Q, epsilon, rng)
    totals = []
    for _ in range(n_episodes):
        s, total = start, 0.0
        a = act(s)
        for _ in range(max_steps):
            s2, r, done = step(s, a)
            total += r
            a2 = None if done else act(s2)
            Q[s, a] = (1 - alpha) * Q[s, a] + alpha * (r + (0.0 if done else gamma * Q[s2, a2]))
            if done:
                break
            s, a = s2, a2
        totals.append(total)
    return Q, np.array(totals, dtype=np.float64).reshape(n_episodes)
