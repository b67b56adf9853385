"""Outside oracles for the rl track: our references against scipy and gymnasium's toy-text MDPs.

Why these: gymnasium's FrozenLake and CliffWalking publish their full transition model
(env.unwrapped.P), written by people other than us, so value and policy iteration run on MDPs we
did not design; scipy solves the same problems by two independent routes, a linear system for a
fixed policy (V = (I − γP_π)⁻¹R_π) and a linear program for the optimal values
(minimise Σ V subject to V ≥ R_a + γP_aV for every action). Neither shares code or method with
the references' sweeps.
"""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

scipy_linalg = pytest.importorskip("scipy.linalg")
scipy_optimize = pytest.importorskip("scipy.optimize")

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "rl"


def load(name):
    spec = importlib.util.spec_from_file_location(f"rl_reference_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def random_mdp(rng, n_states, n_actions):
    P = rng.random((n_states, n_actions, n_states)) * (rng.random((n_states, n_actions, n_states)) < 0.6)
    P[:, :, 0] += 1e-3
    P /= P.sum(axis=2, keepdims=True)
    R = rng.normal(0, 1, (n_states, n_actions))
    return P, R


def gymnasium_mdp(name, **kwargs):
    """(P, R) from a toy-text environment's model; states entered with terminated=True become absorbing, reward 0."""
    gymnasium = pytest.importorskip("gymnasium")
    env = gymnasium.make(name, **kwargs).unwrapped
    n_states, n_actions = env.observation_space.n, env.action_space.n
    P = np.zeros((n_states, n_actions, n_states))
    R = np.zeros((n_states, n_actions))
    terminal = set()
    for s, by_action in env.P.items():
        for a, outcomes in by_action.items():
            for probability, following, reward, terminated in outcomes:
                P[s, a, int(following)] += probability
                R[s, a] += probability * reward
                if terminated:
                    terminal.add(int(following))
    for s in terminal:
        P[s] = 0.0
        P[s, :, s] = 1.0
        R[s] = 0.0
    return P, R


def optimal_values_by_linear_program(P, R, gamma):
    n_states, n_actions = R.shape
    rows = [-(np.eye(n_states)[:, :] - gamma * P[:, a, :]) for a in range(n_actions)]
    result = scipy_optimize.linprog(np.ones(n_states), A_ub=np.vstack(rows), b_ub=-R.T.reshape(-1),
                                    bounds=[(None, None)] * n_states, method="highs")
    assert result.status == 0, result.message
    return result.x


def policy_values(P, R, policy, gamma):
    states = np.arange(R.shape[0])
    return scipy_linalg.solve(np.eye(R.shape[0]) - gamma * P[states, policy], R[states, policy])


def test_policy_evaluation_matches_the_linear_system():
    """Sweeps to theta 1e-13 agree with scipy.linalg.solve of (I − γP_π)V = R_π to 1e-8, stochastic policies."""
    ref = load("policy_evaluation")
    rng = np.random.default_rng(0)
    for _ in range(25):
        n_states, n_actions = int(rng.integers(1, 13)), int(rng.integers(1, 5))
        P, R = random_mdp(rng, n_states, n_actions)
        policy = rng.random((n_states, n_actions))
        policy /= policy.sum(axis=1, keepdims=True)
        gamma = float(rng.uniform(0.0, 0.95))
        V, _ = ref.policy_evaluation(P, R, policy, gamma, 1e-13)
        P_pi = np.einsum("sa,sat->st", policy, P)
        exact = scipy_linalg.solve(np.eye(n_states) - gamma * P_pi, np.sum(policy * R, axis=1))
        np.testing.assert_allclose(V, exact, rtol=0, atol=1e-8)


@pytest.mark.parametrize("name,kwargs,gamma", [
    ("FrozenLake-v1", {"is_slippery": True}, 0.95),
    ("FrozenLake-v1", {"is_slippery": False}, 0.9),
    ("FrozenLake-v1", {"map_name": "8x8", "is_slippery": True}, 0.99),
    ("CliffWalking-v1", {}, 0.9),
])
def test_value_and_policy_iteration_on_gymnasium_toy_text(name, kwargs, gamma):
    """Both references reach scipy's linear-programming optimum on gymnasium's published models, and their
    greedy policies are worth it (values of the policy by a linear solve)."""
    P, R = gymnasium_mdp(name, **kwargs)
    optimum = optimal_values_by_linear_program(P, R, gamma)
    scale = max(1.0, np.abs(optimum).max())
    V, policy, _ = load("value_iteration").value_iteration(P, R, gamma, 1e-12)
    np.testing.assert_allclose(V, optimum, rtol=0, atol=1e-6 * scale)
    np.testing.assert_allclose(policy_values(P, R, policy, gamma), optimum, rtol=0, atol=1e-6 * scale)
    V, policy, _ = load("policy_iteration").policy_iteration(P, R, gamma)
    np.testing.assert_allclose(V, optimum, rtol=0, atol=1e-6 * scale)
    np.testing.assert_allclose(policy_values(P, R, policy, gamma), optimum, rtol=0, atol=1e-6 * scale)


def test_value_and_policy_iteration_on_random_mdps():
    """Random MDPs: value iteration, policy iteration and the linear program agree on the optimal values."""
    rng = np.random.default_rng(1)
    for _ in range(20):
        P, R = random_mdp(rng, int(rng.integers(1, 17)), int(rng.integers(1, 5)))
        gamma = float(rng.uniform(0.0, 0.95))
        optimum = optimal_values_by_linear_program(P, R, gamma)
        V, _, _ = load("value_iteration").value_iteration(P, R, gamma, 1e-12)
        np.testing.assert_allclose(V, optimum, rtol=0, atol=1e-7)
        V, policy, _ = load("policy_iteration").policy_iteration(P, R, gamma)
        np.testing.assert_allclose(V, optimum, rtol=0, atol=1e-7)


def test_discounted_returns_match_scipy_lfilter():
    """Per episode, the discounted cumulative sum is scipy.signal.lfilter([1], [1, −γ]) run over the reversed rewards
    (the rllab / Spinning Up idiom); episodes split at the dones."""
    signal = pytest.importorskip("scipy.signal")
    ref = load("discounted_returns")
    rng = np.random.default_rng(2)
    for _ in range(25):
        n = int(rng.integers(1, 200))
        rewards, dones = rng.normal(0, 3, n), rng.random(n) < rng.uniform(0, 0.3)
        gamma = float(rng.choice([0.0, 0.5, 0.9, 0.99, 1.0]))
        ends = list(np.flatnonzero(dones) + 1)
        pieces = [rewards[a:b] for a, b in zip([0] + ends, ends + [n]) if b > a]
        theirs = np.concatenate([signal.lfilter([1.0], [1.0, -gamma], piece[::-1])[::-1] for piece in pieces])
        np.testing.assert_allclose(ref.discounted_returns(rewards, dones, gamma), theirs, rtol=1e-10, atol=1e-9)


def test_lambda_returns_equal_the_forward_view():
    """The backward recursion equals the forward view (1 − λ)·Σ λ^(n−1)·G^(n) with the leftover weight on the longest
    n-step return, built from the n-step references, on buffers with episode ends."""
    ref = load("lambda_returns")
    rng = np.random.default_rng(3)
    for _ in range(20):
        n = int(rng.integers(1, 30))
        rewards, values = rng.normal(0, 1, n), rng.normal(0, 1, n + 1)
        dones = rng.random(n) < 0.15
        gamma, lam = float(rng.uniform(0, 1)), float(rng.uniform(0, 1))
        by_n = {k: ref.n_step_returns(rewards, values, dones, gamma, k) for k in range(1, n + 1)}
        forward = np.empty(n)
        for t in range(n):
            horizon = n - t   # beyond it, every n-step return equals the longest one
            forward[t] = ((1 - lam) * sum(lam ** (k - 1) * by_n[k][t] for k in range(1, horizon))
                          + lam ** (horizon - 1) * by_n[horizon][t])
        np.testing.assert_allclose(ref.lambda_returns(rewards, values, dones, gamma, lam), forward, rtol=1e-10, atol=1e-10)


def test_reinforce_matches_scipy_softmax_and_finite_differences():
    """softmax_policy against scipy.special.softmax; the estimate against scipy.optimize.approx_fprime of the surrogate
    mean((G − b)·log_softmax(φθ)[a]) with scipy.special.log_softmax."""
    special = pytest.importorskip("scipy.special")
    ref = load("reinforce_gradient")
    rng = np.random.default_rng(4)
    for _ in range(20):
        n, d, a = int(rng.integers(1, 40)), int(rng.integers(1, 6)), int(rng.integers(1, 5))
        theta, features = rng.normal(0, 2, (d, a)), rng.normal(0, 1, (n, d))
        actions, advantage = rng.integers(0, a, n), rng.normal(0, 1, n)
        np.testing.assert_allclose(ref.softmax_policy(theta, features), special.softmax(features @ theta, axis=1),
                                   rtol=1e-12, atol=1e-15)

        def surrogate(flat):
            log_pi = special.log_softmax(features @ flat.reshape(d, a), axis=1)
            return np.mean(advantage * log_pi[np.arange(n), actions])
        numeric = scipy_optimize.approx_fprime(theta.ravel(), surrogate, 1e-7).reshape(d, a)
        ours = ref.reinforce_gradient(theta, features, actions, advantage + 1.0, np.ones(n))
        np.testing.assert_allclose(ours, numeric, rtol=0, atol=1e-5)


@pytest.mark.parametrize("source", ["gridworld", "frozenlake"])
def test_q_learning_and_sarsa_reach_the_optimal_values(source):
    """With pure exploration (epsilon 1) and alpha 1 on a deterministic world, Q-learning's Q converges to Q* from
    scipy's linear program (on our GridWorld's model and on gymnasium's non-slippery FrozenLake); on the gridworld, SARSA
    with the same behaviour and a small alpha approaches the random policy's Q at the start (scipy's linear solve)."""
    functions_rl = pytest.importorskip("grader.functions_rl")
    ref = load("q_learning")
    gamma = 0.9
    if source == "gridworld":
        world = functions_rl.cliff(3, 4)
        P, R, terminal = world.model()
        start = world.start

        def step(state, action):
            return world(state, action)
    else:
        P, R = gymnasium_mdp("FrozenLake-v1", is_slippery=False)
        terminal = [s for s in range(len(R)) if np.all(P[s, :, s] == 1.0) and not np.any(R[s])]
        start = 0

        def step(state, action):
            following = int(np.argmax(P[state, action]))
            return following, float(R[state, action]), following in terminal
    optimum = optimal_values_by_linear_program(P, R, gamma)
    q_star = R + gamma * (P @ optimum)
    Q, _ = ref.q_learning(step, len(R), 4, start, n_episodes=3000, max_steps=60, alpha=1.0, gamma=gamma,
                          epsilon=1.0, seed=0)
    live = [s for s in range(len(R)) if s not in terminal and np.any(P[:, :, s])]
    reachable = [s for s in live if s == start or np.any(P[live][:, :, s])]
    np.testing.assert_allclose(Q[reachable], q_star[reachable], rtol=0, atol=1e-6)
    if source != "gridworld":
        return  # FrozenLake's random-policy values are ~1e-3: too small for a statistical check to mean anything
    # SARSA with a uniformly random behaviour evaluates that random policy (alpha small: a running average)
    uniform = np.full(R.shape, 0.25)
    P_pi = np.einsum("sa,sat->st", uniform, P)
    v_random = scipy_linalg.solve(np.eye(len(R)) - gamma * P_pi, np.sum(uniform * R, axis=1))
    q_random = R + gamma * (P @ v_random)
    Q, _ = ref.sarsa(step, len(R), 4, start, n_episodes=3000, max_steps=60, alpha=0.02, gamma=gamma,
                     epsilon=1.0, seed=1)
    visited = [s for s in reachable if s == start]
    np.testing.assert_allclose(Q[visited], q_random[visited], rtol=0, atol=0.1 * max(1.0, np.abs(q_random).max()))
