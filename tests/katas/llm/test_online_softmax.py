"""Hidden tests for llm/online_softmax: online_softmax_step(state, scores_block, values_block) and online_attention(scores, values, block_size)."""
import math

import numpy as np

from grader.testing import require

EMPTY = (float("-inf"), 0.0, np.zeros(1))
E1 = math.exp(-1.0)
# after scores [1, 2], values [1, 3]: m = 2, l = e^−1 + 1, acc = e^−1·1 + 1·3
AFTER_FIRST = (2.0, E1 + 1.0, np.array([E1 + 3.0]))


def _full(scores, values):
    w = np.exp(scores - scores.max())
    return (w / w.sum()) @ values


def test_first_step_by_hand(kata):
    """From the empty state, scores [1, 2] and values [1, 3]: m = 2, l = e^−1 + 1 = 1.3679, acc = e^−1 + 3 = 3.3679."""
    kata.check("online_softmax_step", EMPTY, np.array([1.0, 2.0]), np.array([[1.0], [3.0]]),
               expected=(2.0, 1.3678794411714423, np.array([3.3678794411714423])))


def test_step_that_raises_the_max_rescales_by_hand(kata):
    """Then score 3 with value 5: the max moves 2 -> 3, so l and acc shrink by e^−1 first: l = 1.3679·e^−1 + 1, acc = 3.3679·e^−1 + 5."""
    kata.check("online_softmax_step", AFTER_FIRST, np.array([3.0]), np.array([[5.0]]),
               expected=(3.0, 1.5032147244080551, np.array([6.23897360675094])))


def test_step_below_the_max_by_hand(kata):
    """Score 0 with value 10 after the first step: the max stays 2, nothing is rescaled; l += e^−2, acc += 10·e^−2."""
    e2 = math.exp(-2.0)
    kata.check("online_softmax_step", AFTER_FIRST, np.array([0.0]), np.array([[10.0]]),
               expected=(2.0, E1 + 1.0 + e2, np.array([E1 + 3.0 + 10 * e2])))


def test_whole_pass_by_hand(kata):
    """scores [1, 2, 3], values [1, 3, 5]: (e + 3e² + 5e³)/(e + e² + e³) = 4.15042 for block sizes 1, 2, 3 and 10."""
    scores, values = np.array([1.0, 2.0, 3.0]), np.array([[1.0], [3.0], [5.0]])
    for block_size in (2, 1, 3, 10):
        kata.check("online_attention", scores, values, block_size, expected=np.array([4.1504207652088825]))


def test_last_block_may_be_shorter(kata):
    """Five equal scores in blocks of 2 (2, 2, 1): the average of values 1..5 is 3 (dropping the short block gives 2.5)."""
    kata.check("online_attention", np.zeros(5), np.arange(1.0, 6.0).reshape(5, 1), 2, expected=np.array([3.0]))


def test_large_scores_stay_finite(kata):
    """Scores 1000 then 0 in separate blocks: the running max keeps every exponent <= 0, the result is value 0's (7)."""
    kata.check("online_softmax_step", (1000.0, 1.0, np.array([7.0])), np.array([0.0]), np.array([[-7.0]]),
               expected=(1000.0, 1.0, np.array([7.0])))
    kata.check("online_attention", np.array([1000.0, 0.0, 999.0]), np.array([[7.0], [-7.0], [1.0]]), 1)


def test_large_negative_scores_stay_finite(kata):
    """Scores (−1000, −1001, −999) in blocks of 1, values 1, 2, 3: start from m = −inf (a start at 0 gives exp(−1000) = 0 and 0/0): (e⁻¹ + 2e⁻² + 3)/(e⁻¹ + e⁻² + 1) = 2.42051."""
    expected = (np.exp(-1.0) + 2 * np.exp(-2.0) + 3.0) / (np.exp(-1.0) + np.exp(-2.0) + 1.0)   # 2.420512484720024
    kata.check("online_attention", np.array([-1000.0, -1001.0, -999.0]), np.array([[1.0], [2.0], [3.0]]), 1,
               expected=np.array([expected]))
    # one step from the empty state: m = −1000, l = 1, acc = the value
    kata.check("online_softmax_step", (float("-inf"), 0.0, np.zeros(1)), np.array([-1000.0]), np.array([[4.0]]),
               expected=(-1000.0, 1.0, np.array([4.0])))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random scores (scale 5), L = 1..40, D = 1..6, every kind of block size; steps from random states too."""
    attentions, steps = [], []
    for L in (1, 7, 40):
        D = int(rng.integers(1, 7))
        scores, values = rng.normal(0.0, 5.0, size=L), rng.standard_normal((L, D))
        attentions += [((scores, values, block_size), {}) for block_size in sorted({1, 3, L, L + 5})]
        state = (float(rng.normal()), float(rng.uniform(1.0, 3.0)), rng.standard_normal(D))
        steps.append(((state, scores[:3], values[:3]), {}))
    kata.check_each("online_attention", attentions)
    kata.check_each("online_softmax_step", steps)


def test_equals_full_softmax_for_every_block_size(kata, rng):
    """The whole point: for any block size the streamed result equals softmax(scores) @ values."""
    scores, values = rng.normal(0.0, 10.0, size=23), rng.standard_normal((23, 4))
    want = _full(scores, values)
    block_sizes = range(1, 25, 4)
    results = kata.calls("online_attention", [((scores, values, block_size), {}) for block_size in block_sizes])
    for block_size, result in zip(block_sizes, results):
        out = result.value
        require(np.allclose(out, want, rtol=1e-9, atol=1e-12),
                f"block_size {block_size}: {out} differs from the full softmax result {want}")
