"""Hidden tests for llm/sampling: sampling_distribution(logits, ...) and sample(logits, n_samples, ..., seed)."""
import numpy as np

from grader.testing import require

UNIFORM = np.zeros(4)                         # softmax: exactly 0.25 each
# np.random.default_rng(0).random(5) = [0.637, 0.2698, 0.041, 0.0165, 0.8133]
CHI2_1E6 = {1: 23.93, 2: 27.63, 3: 30.66, 4: 33.38, 5: 35.89, 6: 38.26}   # chi-square upper 1e-6 quantiles


def test_top_p_boundary_is_inclusive(kata):
    """Uniform over 4 tokens, top_p = 0.5: 0.25 + 0.25 = 0.5 >= 0.5 already, so exactly 2 tokens are kept (not 3)."""
    kata.check("sampling_distribution", UNIFORM, top_p=0.5, expected=np.array([0.5, 0.5, 0.0, 0.0]))
    # top_p = 0.25: the first token alone reaches it
    kata.check("sampling_distribution", UNIFORM, top_p=0.25, expected=np.array([1.0, 0.0, 0.0, 0.0]))
    # just above 0.5: a third token is needed
    kata.check("sampling_distribution", UNIFORM, top_p=0.5000001, expected=np.array([1, 1, 1, 0]) / 3)


def test_top_k_ties_keep_smaller_indices(kata):
    """Uniform over 4 tokens, top_k = 2: the tie goes to the smaller indices, tokens 0 and 1."""
    kata.check("sampling_distribution", UNIFORM, top_k=2, expected=np.array([0.5, 0.5, 0.0, 0.0]))


def test_top_k_keeps_exactly_k_on_a_tie_with_the_kth(kata):
    """logits [2, 1, 1, 1, 0], top_k = 2: tokens 1, 2 and 3 tie for second place; exactly two are kept (0 and 1): [e²/(e² + e), e/(e² + e)] = [0.7311, 0.2689] (not Hugging Face's four)."""
    kata.check("sampling_distribution", np.array([2.0, 1.0, 1.0, 1.0, 0.0]), top_k=2,
               expected=np.array([0.7310585786300049, 0.2689414213699951, 0.0, 0.0, 0.0]))


def test_temperature_divides_the_logits_by_hand(kata):
    """logits [2, 0]: T = 2 gives softmax([1, 0]) = [0.7311, 0.2689]; T = 0.5 gives softmax([4, 0]) = [0.9820, 0.0180]."""
    kata.check("sampling_distribution", np.array([2.0, 0.0]), temperature=2.0,
               expected=np.array([0.7310585786300049, 0.2689414213699951]))
    kata.check("sampling_distribution", np.array([2.0, 0.0]), temperature=0.5,
               expected=np.array([0.9820137900379085, 0.01798620996209156]))


def test_tiny_temperature_is_not_clamped_by_hand(kata):
    """logits [0, 1e-4] at T = 1e-4: logits / T = [0, 1], softmax [0.2689, 0.7311] (a temperature floored at 1e-3 would give [0.475, 0.525])."""
    a = 1.0 / (1.0 + np.e)                                   # 0.2689414213699951
    kata.check("sampling_distribution", np.array([0.0, 1e-4]), temperature=1e-4, expected=np.array([a, 1.0 - a]))


def test_top_p_after_top_k_is_renormalised(kata):
    """probs [0.4, 0.3, 0.2, 0.1], top_k = 2 leaves [4/7, 3/7]; then 4/7 >= top_p = 0.5, so only token 0 stays."""
    logits = np.log(np.array([0.4, 0.3, 0.2, 0.1]))
    kata.check("sampling_distribution", logits, top_k=2, expected=np.array([4 / 7, 3 / 7, 0.0, 0.0]))
    kata.check("sampling_distribution", logits, top_k=2, top_p=0.5, expected=np.array([1.0, 0.0, 0.0, 0.0]))


def test_draw_by_hand(kata):
    """probs [0.1, 0.6, 0.3], seed 0: sorted descending the cumulative sums are 0.6 (token 1), 0.9 (token 2), 1.0 (token 0)."""
    logits = np.log(np.array([0.1, 0.6, 0.3]))
    # u = 0.637 -> 2, 0.2698 -> 1, 0.041 -> 1, 0.0165 -> 1, 0.8133 -> 2
    kata.check("sample", logits, 5, seed=0, expected=np.array([2, 1, 1, 1, 2], dtype=np.int64))
    # uniform, cumulative 0.25, 0.5, 0.75, 1: 0.637 -> 2, 0.2698 -> 1, 0.041 -> 0, 0.0165 -> 0, 0.8133 -> 3
    kata.check("sample", UNIFORM, 5, seed=0, expected=np.array([2, 1, 0, 0, 3], dtype=np.int64))
    # top_k = 2 on uniform: tokens 0 and 1 at 0.5 each: 1, 0, 0, 0, 1
    kata.check("sample", UNIFORM, 5, top_k=2, seed=0, expected=np.array([1, 0, 0, 0, 1], dtype=np.int64))


def test_temperature_zero_is_greedy(kata):
    """temperature 0: all the probability on the largest logit, the first one on a tie (index 1 of [1, 3, 3])."""
    kata.check("sampling_distribution", np.array([1.0, 3.0, 3.0]), temperature=0.0,
               expected=np.array([0.0, 1.0, 0.0]), atol=0.0)
    kata.check("sample", np.array([1.0, 3.0, 3.0]), 4, temperature=0.0, seed=5,
               expected=np.array([1, 1, 1, 1], dtype=np.int64))
    kata.check("sampling_distribution", np.array([-2.0, 0.5, 4.0, 4.0]), temperature=0.0, top_k=3, top_p=0.2,
               expected=np.array([0.0, 0.0, 1.0, 0.0]), atol=0.0)


def test_large_logits_do_not_overflow(kata):
    """logits [1000, 999, 0]: subtract the max before exp: [0.7311, 0.2689, 0]."""
    kata.check("sampling_distribution", np.array([1000.0, 999.0, 0.0]),
               expected=np.array([0.7310585786300049, 0.2689414213699951, 0.0]))
    # large negative logits too: exp(−1000) underflows to 0 unless the max (−1000) is subtracted
    kata.check("sampling_distribution", np.array([-1001.0, -1000.0, -3000.0]),
               expected=np.array([0.2689414213699951, 0.7310585786300049, 0.0]))
    kata.check("sample", np.array([-1000.0, -3000.0, -1000.0]), 3, seed=0, top_k=1,
               expected=np.array([0, 0, 0], dtype=np.int64))


def test_removed_tokens_are_exactly_zero(kata):
    """Tokens removed by top-k or top-p have probability exactly 0 (not 1e-300)."""
    logits = np.array([0.0, 3.0, 1.0, 2.0, -1.0])
    call = kata.check("sampling_distribution", logits, top_k=3, top_p=0.9)
    require(call.value[0] == 0.0 and call.value[4] == 0.0, "removed tokens must have probability exactly 0.0")


def test_keep_everything_paths(kata):
    """top_k >= V and top_p = 1.0 keep every token: the plain softmax."""
    logits = np.array([0.5, -1.0, 2.0])
    kata.check("sampling_distribution", logits, top_k=3)
    kata.check("sampling_distribution", logits, top_k=10)
    kata.check("sampling_distribution", logits, top_p=1.0)
    kata.check("sampling_distribution", np.array([7.0]), top_k=1, top_p=0.3, expected=np.array([1.0]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits, temperatures, top-k and top-p: the distribution, and 50 samples with a random seed."""
    distributions, samples = [], []
    for V in (2, 5, 17):
        logits = rng.normal(0.0, 2.0, size=V)
        for temperature in (0.7, 1.0, 1.6):
            top_k = [None, int(rng.integers(1, V + 1))][int(rng.integers(0, 2))]
            top_p = [None, float(rng.uniform(0.3, 1.0))][int(rng.integers(0, 2))]
            kw = dict(temperature=temperature, top_k=top_k, top_p=top_p)
            distributions.append(((logits,), kw))
            samples.append(((logits, 50), dict(seed=int(rng.integers(0, 2**31)), **kw)))
    kata.check_each("sampling_distribution", distributions)
    kata.check_each("sample", samples)


def test_zero_samples(kata):
    """n_samples = 0: an empty int64 array."""
    kata.check("sample", np.array([0.0, 1.0]), 0, seed=1, expected=np.zeros(0, dtype=np.int64))


def test_invalid_arguments_raise(kata):
    """A negative temperature, top_k = 0, top_p = 0 or top_p > 1 raise ValueError."""
    logits = np.array([0.0, 1.0])
    kata.raises("ValueError", "sampling_distribution", logits, temperature=-1.0)
    kata.raises("ValueError", "sampling_distribution", logits, top_k=0)
    kata.raises("ValueError", "sampling_distribution", logits, top_p=0.0)
    kata.raises("ValueError", "sampling_distribution", logits, top_p=1.5)
    kata.raises("ValueError", "sample", logits, 3, temperature=-0.5, seed=0)


def test_validation_comes_before_the_shortcuts(kata):
    """Invalid top_k or top_p raise ValueError also when temperature = 0 (greedy) or n_samples = 0 (nothing to draw)."""
    logits = np.array([0.0, 1.0])
    kata.raises("ValueError", "sampling_distribution", logits, temperature=0.0, top_k=0)
    kata.raises("ValueError", "sampling_distribution", logits, temperature=0.0, top_p=1.5)
    kata.raises("ValueError", "sample", logits, 0, top_p=0.0, seed=0)
    kata.raises("ValueError", "sample", logits, 0, temperature=-1.0, seed=0)


def test_sample_frequencies_follow_the_distribution(kata):
    """20 000 draws with top_k = 4, top_p = 0.9, T = 0.8: frequencies pass a chi-square test against the distribution (false alarm 1e-6)."""
    logits = np.array([1.2, -0.3, 2.0, 0.4, 0.9, -1.5])
    kw = dict(temperature=0.8, top_k=4, top_p=0.9)
    probs = kata.expected("sampling_distribution", logits, **kw)
    tokens = kata.call("sample", logits, 20000, seed=123, **kw).value
    require(np.all(probs[tokens] > 0), "a sampled token has probability 0 in the distribution")
    kept = probs > 0
    counts = np.bincount(tokens, minlength=len(logits))[kept]
    expected = 20000 * probs[kept]
    statistic = float(((counts - expected) ** 2 / expected).sum())
    require(statistic < CHI2_1E6[int(kept.sum()) - 1],
            f"token frequencies {counts.tolist()} are too far from {np.round(expected).tolist()} (chi-square {statistic:.1f})")
