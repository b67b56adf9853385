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
