"""Q kept as a dict of Python lists (state -> action values), turned into an array at the end."""
import numpy as np


def _greedy(values):
    best = 0
    for a in range(1, len(values)):
        if values[a] > values[best]:
            best = a
    return best


def _run(step, n_states, n_actions, start, n_episodes, max_steps, alpha, gamma, epsilon, seed, on_policy):
    if n_states < 1 or n_actions < 1 or max_steps < 1 or n_episodes < 0:
        raise ValueError("sizes")
    if alpha <= 0 or alpha > 1 or gamma < 0 or gamma > 1 or epsilon < 0 or epsilon > 1:
        raise ValueError("rates")
    rng = np.random.default_rng(seed)
    table = {s: [0.0] * n_actions for s in range(n_states)}

    def choose(s):
        u = rng.random()
        return int(rng.integers(n_actions)) if u < epsilon else _greedy(table[s])

    returns = np.zeros(n_episodes)
    for e in range(n_episodes):
        s = start
        a = choose(s) if on_policy else None
        for _ in range(max_steps):
            if not on_policy:
                a = choose(s)
            s2, r, done = step(s, a)
            returns[e] += r
            if done:
                target, a2 = r, None
            elif on_policy:
                a2 = choose(s2)
                target = r + gamma * table[s2][a2]
            else:
                a2, target = None, r + gamma * max(table[s2])
            table[s][a] += alpha * (target - table[s][a])
            if done:
                break
            s, a = s2, a2
    return np.array([table[s] for s in range(n_states)], dtype=np.float64), returns


def q_learning(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    return _run(step, n_states, n_actions, start, n_episodes, max_steps, alpha, gamma, epsilon, seed, False)


def sarsa(step, n_states, n_actions, start, *, n_episodes, max_steps, alpha, gamma, epsilon, seed):
    return _run(step, n_states, n_actions, start, n_episodes, max_steps, alpha, gamma, epsilon, seed, True)
