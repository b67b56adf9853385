"""Hidden tests for llm/linear_attention: linear_attention_parallel and linear_attention_recurrent."""
import numpy as np

from grader.testing import require

Q = np.array([[1.0], [2.0]])
K = np.array([[0.7], [0.1]])
V = np.array([[1.0], [3.0]])


def test_parallel_by_hand(kata):
    """γ = 0.5: o_0 = 1·0.7·1 = 0.7; o_1 = 2·(0.5·0.7·1 + 0.1·3) = 1.3 (step t sees itself, decay γ^(t − s))."""
    kata.check("linear_attention_parallel", Q, K, V, 0.5, expected=np.array([[0.7], [1.3]]))


def test_recurrent_by_hand(kata):
    """S_0 = 0.7, S_1 = 0.5·0.7 + 0.1·3 = 0.65: outputs (0.7, 1.3), final state [[0.65]]."""
    kata.check("linear_attention_recurrent", Q, K, V, 0.5, expected=(np.array([[0.7], [1.3]]), np.array([[0.65]])))


def test_outer_product_orientation(kata):
    """D = 2, Dv = 1 then D = 1, Dv = 2: the state is k_tᵀ v_t of shape (D, Dv), o_t = q_t S_t."""
    q = np.array([[0.3, -0.2]])
    k = np.array([[0.7, 0.1]])
    v = np.array([[2.0]])
    # S = [[1.4], [0.2]]; o = 0.3·1.4 − 0.2·0.2 = 0.38
    kata.check("linear_attention_recurrent", q, k, v, 0.9, expected=(np.array([[0.38]]), np.array([[1.4], [0.2]])))
    q, k, v = np.array([[0.3]]), np.array([[0.7]]), np.array([[2.0, -1.0]])
    kata.check("linear_attention_recurrent", q, k, v, 0.9,
               expected=(np.array([[0.42, -0.21]]), np.array([[1.4, -0.7]])))


def test_gamma_zero_sees_only_itself(kata):
    """γ = 0: M is the identity (0⁰ = 1, and no 0^(−1) = inf above the diagonal): o_t = (q_t·k_t) v_t."""
    expected = np.array([[0.7], [0.6]])
    kata.check("linear_attention_parallel", Q, K, V, 0.0, expected=expected)
    kata.check("linear_attention_recurrent", Q, K, V, 0.0, expected=(expected, np.array([[0.3]])))


def test_gamma_one_is_a_prefix_sum(kata):
    """γ = 1: no decay, o_1 = 2·(0.7 + 0.3) = 2.0; the state is the plain sum Σ k_sᵀ v_s = 1.0."""
    kata.check("linear_attention_parallel", Q, K, V, 1.0, expected=np.array([[0.7], [2.0]]))
    kata.check("linear_attention_recurrent", Q, K, V, 1.0, expected=(np.array([[0.7], [2.0]]), np.array([[1.0]])))


def test_initial_state_by_hand(kata):
    """S_0 = [[0.1]] given, γ = 0.5: S = 0.05 + 0.7 = 0.75, o_0 = 0.75; S = 0.375 + 0.3, o_1 = 1.35."""
    state = np.array([[0.1]])
    kata.check("linear_attention_recurrent", Q, K, V, 0.5, state,
               expected=(np.array([[0.75], [1.35]]), np.array([[0.675]])))


def test_empty_sequence(kata):
    """T = 0: output (0, Dv), the final state is the given state (a new array), zeros when None."""
    q, k, v = np.zeros((0, 2)), np.zeros((0, 2)), np.zeros((0, 3))
    kata.check("linear_attention_parallel", q, k, v, 0.7, expected=np.zeros((0, 3)))
    kata.check("linear_attention_recurrent", q, k, v, 0.7, expected=(np.zeros((0, 3)), np.zeros((2, 3))))
    state = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
    kata.check("linear_attention_recurrent", q, k, v, 0.7, state, expected=(np.zeros((0, 3)), state.copy()))


def test_single_step(kata):
    """T = 1: o_0 = (q_0 · k_0) v_0 whatever γ; with a state, + γ · q_0 S_0."""
    q, k, v = np.array([[0.3, 0.7]]), np.array([[0.1, 0.9]]), np.array([[2.0, -1.0]])
    kata.check("linear_attention_parallel", q, k, v, 0.3, expected=np.array([[1.32, -0.66]]))
    state = np.eye(2)[:, :2]
    # γ q S_0 = 0.3 · (0.3, 0.7)
    kata.check("linear_attention_recurrent", q, k, v, 0.3, state,
               expected=(np.array([[1.32 + 0.09, -0.66 + 0.21]]),
                         np.array([[0.3 + 0.2, -0.1], [1.8, 0.3 - 0.9]])))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random T ≤ 12, D, Dv ≤ 4, γ in {0.3, 0.97}, with and without a state."""
    parallels, recurrents = [], []
    for T, D, Dv in ((5, 2, 3), (12, 4, 2), (1, 3, 4)):
        q, k, v = rng.normal(size=(T, D)), rng.normal(size=(T, D)), rng.normal(size=(T, Dv))
        for gamma in (0.3, 0.97):
            parallels.append(((q, k, v, gamma), {}))
            recurrents += [((q, k, v, gamma), {}), ((q, k, v, gamma, rng.normal(size=(D, Dv))), {})]
    kata.check_each("linear_attention_parallel", parallels)
    kata.check_each("linear_attention_recurrent", recurrents)


def test_chunks_with_carried_state_equal_one_pass(kata, rng):
    """Running 12 steps as chunks of 5, 4 and 3, carrying the state, equals one recurrent pass and the parallel form."""
    q, k, v = rng.normal(size=(12, 3)), rng.normal(size=(12, 3)), rng.normal(size=(12, 2))
    parallel = kata.call("linear_attention_parallel", q, k, v, 0.8).value
    full, final = kata.call("linear_attention_recurrent", q, k, v, 0.8).value
    require(np.allclose(full, parallel, rtol=1e-9, atol=1e-12), "your recurrent and parallel outputs differ")
    state, pieces = None, []
    for a, b in ((0, 5), (5, 9), (9, 12)):
        out, state = kata.call("linear_attention_recurrent", q[a:b], k[a:b], v[a:b], 0.8, state).value
        pieces.append(out)
    require(np.allclose(np.concatenate(pieces), full, rtol=1e-9, atol=1e-12),
            "chunks carrying the state do not reproduce the one-pass outputs")
    require(np.allclose(state, final, rtol=1e-9, atol=1e-12), "the final state after the chunks differs")
