"""Hidden tests for llm/speculative_decoding: speculative_step(draft_tokens, q, p, *, seed)."""
import numpy as np

from grader.testing import require

# np.random.default_rng(0).random(5) = [0.637, 0.2698, 0.041, 0.0165, 0.8133]
Q = np.array([[0.2, 0.5, 0.3], [0.3, 0.3, 0.4]])
CHI2_1E6 = {2: 27.63, 3: 30.66, 4: 33.38}   # chi-square upper 1e-6 quantiles by degrees of freedom


def _ints(values):
    return np.array(values, dtype=np.int64)


def test_all_accepted_then_a_bonus_token_by_hand(kata):
    """Token 1: u = 0.637 < p/q = 0.6/0.5; token 2: u = 0.270 < 0.2/0.4 = 0.5 (accepted though p < q); bonus from p[2]: 0.041 < 0.1 gives token 0."""
    p = np.array([[0.3, 0.6, 0.1], [0.5, 0.3, 0.2], [0.1, 0.2, 0.7]])
    kata.check("speculative_step", _ints([1, 2]), Q, p, seed=0, expected=_ints([1, 2, 0]))


def test_rejection_resamples_from_the_residual_by_hand(kata):
    """Token 1: p/q = 0.1/0.5 = 0.2 <= u = 0.637: rejected; residual max(0, p − q) = [0.1, 0, 0.3] -> [0.25, 0, 0.75]; u = 0.270 gives token 2; stop."""
    p = np.array([[0.3, 0.1, 0.6], [0.5, 0.3, 0.2], [0.1, 0.2, 0.7]])
    kata.check("speculative_step", _ints([1, 2]), Q, p, seed=0, expected=_ints([2]))


def test_rejection_at_the_second_token_by_hand(kata):
    """Token 1 accepted (0.637 < 0.6/0.5); token 0: u = 0.270 < 0.1/0.3 accepted, bonus 0.041 < 0.3 gives 0; with p[1, 0] = 0.05 (ratio 0.167) it is rejected."""
    q = np.array([[0.2, 0.5, 0.3], [0.3, 0.3, 0.4]])
    p = np.array([[0.3, 0.6, 0.1], [0.1, 0.6, 0.3], [0.3, 0.3, 0.4]])
    kata.check("speculative_step", _ints([1, 0]), q, p, seed=0, expected=_ints([1, 0, 0]))
    # p[1, 0] = 0.05: 0.05/0.3 = 0.167 <= 0.270: rejected; residual [0, 0.35, 0] -> token 1 whatever u is
    p2 = np.array([[0.3, 0.6, 0.1], [0.05, 0.65, 0.3], [0.3, 0.3, 0.4]])
    kata.check("speculative_step", _ints([1, 0]), q, p2, seed=0, expected=_ints([1, 1]))


def test_u_equal_to_the_ratio_rejects_by_hand(kata):
    """Seed 0 draws u = 0.6369616873214543 first; with q[0, 0] = 1 and p[0, 0] = that u, the ratio equals u exactly: u < ratio fails, so token 0 is rejected; residual [0, 1 − u] → token 1 (u = 0.270)."""
    u = float(np.random.default_rng(0).random())
    q = np.array([[1.0, 0.0]])
    p = np.array([[u, 1.0 - u], [0.5, 0.5]])
    kata.check("speculative_step", _ints([0]), q, p, seed=0, expected=_ints([1]))


def test_no_draft_tokens(kata):
    """K = 0: no draft to check, one token from p[0]: u = 0.637 with p[0] = [0.5, 0.2, 0.3] (cumulative 0.5, 0.7) gives token 1."""
    kata.check("speculative_step", np.zeros(0, dtype=np.int64), np.zeros((0, 3)),
               np.array([[0.5, 0.2, 0.3]]), seed=0, expected=_ints([1]))


def test_equal_models_accept_everything(kata):
    """p = q: every ratio is 1 > u, so all K drafts are kept and a bonus token follows (K + 1 tokens)."""
    rng = np.random.default_rng(7)
    q = rng.dirichlet(np.ones(5), size=4)
    p = np.vstack([q, rng.dirichlet(np.ones(5))])
    drafts = _ints([int(np.argmax(row)) for row in q])
    call = kata.check("speculative_step", drafts, q, p, seed=3)
    require(len(call.value) == 5 and np.array_equal(call.value[:4], drafts), "with p = q every draft token must be accepted")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random draft and target distributions, K = 1..6, V = 2..8, draft tokens drawn from q, random seeds."""
    arg_sets = []
    for _ in range(25):
        K, V = int(rng.integers(1, 7)), int(rng.integers(2, 9))
        q = rng.dirichlet(np.ones(V), size=K)
        p = rng.dirichlet(np.ones(V), size=K + 1)
        drafts = _ints([int(rng.choice(V, p=row)) for row in q])
        arg_sets.append(((drafts, q, p), {"seed": int(rng.integers(0, 2**31))}))
    kata.check_each("speculative_step", arg_sets)


def test_first_token_follows_the_target_distribution(kata):
    """The whole point: with the draft token drawn from q, the first returned token is distributed as p[0] (chi-square, 400 seeds, false alarm 1e-6)."""
    q = np.array([[0.6, 0.25, 0.1, 0.05]])
    p = np.array([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25]])
    draws = np.random.default_rng(2024).choice(4, size=400, p=q[0])
    counts = np.zeros(4)
    for result in kata.calls("speculative_step", [((_ints([x]), q, p), {"seed": seed}) for seed, x in enumerate(draws)]):
        counts[result.value[0]] += 1
    expected = 400 * p[0]
    statistic = float(((counts - expected) ** 2 / expected).sum())
    require(statistic < CHI2_1E6[3],
            f"first tokens {counts.astype(int).tolist()} over 400 runs, expected about {expected.tolist()} (chi-square {statistic:.1f})")
