"""Hidden tests for nlp/hmm_viterbi_forward: viterbi(...) -> (path, log_prob) and forward(...) -> float."""
import math

import numpy as np

from grader.testing import require


def _log(values):
    with np.errstate(divide="ignore"):
        return np.log(np.array(values, dtype=float))


WEATHER = (_log([0.6, 0.4]), _log([[0.7, 0.3], [0.4, 0.6]]), _log([[0.9, 0.1], [0.2, 0.8]]))
# left to right: state 0 → 0 or 1, 1 → 1 or 2, 2 → 2; starts in 0
CHAIN = (_log([1.0, 0.0, 0.0]), _log([[0.6, 0.4, 0.0], [0.0, 0.7, 0.3], [0.0, 0.0, 1.0]]),
         _log([[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]]))


def test_viterbi_by_hand(kata):
    """Observations 0, 1, 0: the best path is 0, 1, 0 with probability 0.54 · 0.3 · 0.8 · 0.4 · 0.9 = 0.046656."""
    kata.check("viterbi", *WEATHER, [0, 1, 0],
               expected=(np.array([0, 1, 0]), math.log(0.6 * 0.9 * 0.3 * 0.8 * 0.4 * 0.9)))


def test_forward_by_hand(kata):
    """Observations 0, 1, 0: α = [0.54, 0.08], [0.041, 0.168], [0.08631, 0.02262]: P = 0.10893."""
    kata.check("forward", *WEATHER, [0, 1, 0], expected=math.log(0.08631 + 0.02262))


def test_viterbi_follows_back_pointers(kata):
    """The best state at t = 1 (state 1) is not on the best path 1, 0, 1 (probability 0.003402)."""
    model = (_log([0.1, 0.9]), _log([[0.4, 0.6], [0.7, 0.3]]), _log([[0.9, 0.1], [0.7, 0.3]]))
    kata.check("viterbi", *model, [1, 1, 1],
               expected=(np.array([1, 0, 1]), math.log(0.9 * 0.3 * 0.7 * 0.1 * 0.6 * 0.3)))


def test_viterbi_ties_go_to_the_lowest_state(kata):
    """Two identical states: every path is equally likely; the tie rule picks 0, 0."""
    model = (_log([0.5, 0.5]), _log([[0.5, 0.5], [0.5, 0.5]]), _log([[0.3, 0.7], [0.3, 0.7]]))
    kata.check("viterbi", *model, [0, 1], expected=(np.array([0, 0]), math.log(0.5 * 0.3 * 0.5 * 0.7)))


def test_back_pointer_tie_goes_to_the_lowest_state(kata):
    """States 0 and 1 tie as predecessors of the best last state 2: the path is 0, 2, not 1, 2."""
    model = (_log([0.35, 0.35, 0.3]), _log([[0.1, 0.1, 0.8], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4]]),
             _log([[0.7, 0.3], [0.7, 0.3], [0.7, 0.3]]))
    kata.check("viterbi", *model, [0, 0], expected=(np.array([0, 2]), math.log(0.35 * 0.7 * 0.8 * 0.7)))


def test_forward_with_minus_inf_transitions(kata):
    """Left-to-right chain with zero transitions: P(0, 1, 1) = 0.00324 + 0.17856 + 0.0432 = 0.225, no nan."""
    kata.check("forward", *CHAIN, [0, 1, 1], expected=math.log(0.225))


def test_viterbi_with_minus_inf_transitions(kata):
    """Left-to-right chain: the best path is 0, 1, 1 with probability 0.9 · 0.4 · 0.8 · 0.7 · 0.8 = 0.16128."""
    kata.check("viterbi", *CHAIN, [0, 1, 1], expected=(np.array([0, 1, 1]), math.log(0.16128)))


def test_impossible_observations(kata):
    """Symbol 1 has probability 0 in every state: log_prob −inf, forward −inf; the last state 0 by the tie rule."""
    # δ_1 is −inf everywhere, so the last state is 0; ψ_1(0) is chosen before log_B is added:
    # max(0.3 · 0.2, 0.7 · 0.6) comes from state 1
    model = (_log([0.3, 0.7]), _log([[0.2, 0.8], [0.6, 0.4]]), _log([[1.0, 0.0], [1.0, 0.0]]))
    kata.check("viterbi", *model, [0, 1], expected=(np.array([1, 0]), -math.inf))
    kata.check("forward", *model, [0, 1], expected=-math.inf)


def test_a_single_observation(kata):
    """T = 1: the path is the best first state; forward is ln Σ π_j B[j, o]."""
    kata.check("viterbi", *WEATHER, [1], expected=(np.array([1]), math.log(0.4 * 0.8)))
    kata.check("forward", *WEATHER, [1], expected=math.log(0.6 * 0.1 + 0.4 * 0.8))


def test_one_state(kata):
    """S = 1: the path is all zeros and both scores are the sum of the emission logs."""
    model = (_log([1.0]), _log([[1.0]]), _log([[0.7, 0.3]]))
    kata.check("viterbi", *model, [0, 1, 1], expected=(np.zeros(3, dtype=np.int64), math.log(0.7 * 0.3 * 0.3)))
    kata.check("forward", *model, [0, 1, 1], expected=math.log(0.7 * 0.3 * 0.3))


def _random_model(rng, S, V, zeros):
    pi = rng.dirichlet(np.ones(S))
    A = rng.dirichlet(np.ones(S), size=S)
    B = rng.dirichlet(np.ones(V), size=S)
    if zeros and S > 1:
        A[rng.integers(0, S), rng.integers(0, S)] = 0.0
        B[rng.integers(0, S), rng.integers(0, V)] = 0.0
    return _log(pi), _log(A), _log(B)


def test_matches_reference_on_random_models(kata, rng):
    """Random models (S ≤ 5, V ≤ 4, some zero entries), sequences of length 1 to 30."""
    arg_sets = []
    for case in range(10):
        S, V = int(rng.integers(1, 6)), int(rng.integers(1, 5))
        model = _random_model(rng, S, V, zeros=case % 2 == 0)
        observations = [int(o) for o in rng.integers(0, V, int(rng.integers(1, 31)))]
        arg_sets.append(((*model, observations), {}))
    kata.check_each("viterbi", arg_sets)
    kata.check_each("forward", arg_sets)


def test_long_sequences_do_not_underflow(kata, rng):
    """T = 600 over 4 nearly uniform symbols: the log-likelihood is near −830, below where exp underflows (−745)."""
    pi, A, _ = _random_model(rng, 4, 4, zeros=False)
    B = _log(rng.dirichlet(np.full(4, 50.0), size=4))
    model = (pi, A, B)
    observations = [int(o) for o in rng.integers(0, 4, 600)]
    kata.check("forward", *model, observations)
    kata.check("viterbi", *model, observations)


def test_parameters_far_below_the_underflow_threshold(kata):
    """One state emitting symbol 1 with log-probability −800 (e^−800 is 0.0 in float64): 1, 0, 1 scores −1600."""
    # S = 1: δ = α = 0 + (−800) + 0 + 0 + 0 + (−800) = −1600; ln(1 − e^−800) rounds to 0 exactly
    model = (np.array([0.0]), np.array([[0.0]]), np.array([[0.0, -800.0]]))
    kata.check("forward", *model, [1, 0, 1], expected=-1600.0)
    kata.check("viterbi", *model, [1, 0, 1], expected=(np.zeros(3, dtype=np.int64), -1600.0))


def test_each_column_is_shifted_by_its_own_max(kata):
    """α_1 over (i, j) holds 0 in column 0 but −1000 at best in column 1: column 1 must not underflow to −inf."""
    # starts in 0; 0 → 0 with probability ≈ 1, 0 → 1 with e^−1000; state 0 emits only 0, state 1 only 1
    # α_0 = [0, −inf]; α_1(0) = 0 + ln B[0, 1] = −inf, α_1(1) = logsumexp(0 − 1000, −inf) + 0 = −1000
    model = (np.array([0.0, -np.inf]), np.array([[0.0, -1000.0], [-np.inf, 0.0]]),
             np.array([[0.0, -np.inf], [-np.inf, 0.0]]))
    kata.check("forward", *model, [0, 1], expected=-1000.0)
    kata.check("viterbi", *model, [0, 1], expected=(np.array([0, 1]), -1000.0))


def test_forward_sums_to_one_over_all_sequences(kata):
    """Σ over all 8 sequences of length 3 of exp(forward) is 1."""
    total = 0.0
    sequences = [[(code >> 2) & 1, (code >> 1) & 1, code & 1] for code in range(8)]
    for result in kata.calls("forward", [((*WEATHER, observations), {}) for observations in sequences]):
        total += math.exp(result.value)
    require(abs(total - 1.0) < 1e-12, f"exp(forward) over all 8 sequences of length 3 sums to {total}, not 1")


def test_empty_observations_raise(kata):
    """No observations: ValueError from both functions."""
    kata.raises("ValueError", "viterbi", *WEATHER, [])
    kata.raises("ValueError", "forward", *WEATHER, [])
