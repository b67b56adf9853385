"""Hidden tests for numerics/softmax: softmax(x, axis=-1) and log_softmax(x, axis=-1)."""
import numpy as np

from grader.testing import require

LN3 = float(np.log(3.0))
LN2 = float(np.log(2.0))


def test_rows_by_hand(kata):
    """Two rows: [0, ln 3] gives [1/4, 3/4] and [1, 1] gives [1/2, 1/2]; each row on its own."""
    # exp(0) = 1, exp(ln 3) = 3: 1/4 and 3/4. Equal logits split evenly.
    kata.check("softmax", np.array([[0.0, LN3], [1.0, 1.0]]),
               expected=np.array([[0.25, 0.75], [0.5, 0.5]]))


def test_axis_zero_by_hand(kata):
    """axis=0 normalises each column: [[1, 3], [1, 3]] gives 1/2 everywhere."""
    # Column 0 is [1, 1], column 1 is [3, 3]: equal logits in each column.
    kata.check("softmax", np.array([[1.0, 3.0], [1.0, 3.0]]), axis=0,
               expected=np.array([[0.5, 0.5], [0.5, 0.5]]))


def test_three_classes_by_hand(kata):
    """[ln 1, ln 2, ln 5] gives [1/8, 2/8, 5/8]."""
    kata.check("softmax", np.array([0.0, LN2, float(np.log(5.0))]),
               expected=np.array([0.125, 0.25, 0.625]))


def test_huge_logits_do_not_overflow(kata):
    """Logits near ±1e4: [1e4, 1e4] and [-1e4, -1e4] each give [1/2, 1/2] (exp(1e4) overflows)."""
    # Shifting by the row maximum makes both rows [0, 0].
    kata.check("softmax", np.array([[1e4, 1e4], [-1e4, -1e4]]),
               expected=np.array([[0.5, 0.5], [0.5, 0.5]]))


def test_huge_gap_by_hand(kata):
    """[1e4, 1e4 + ln 3] gives [1/4, 3/4]: the shift keeps the ratio."""
    kata.check("softmax", np.array([1e4, 1e4 + LN3]), expected=np.array([0.25, 0.75]))


def test_each_row_uses_its_own_maximum(kata):
    """Rows far apart, [[0, ln 3], [1e4, 1e4]]: the global maximum would make row 0 underflow to 0/0."""
    kata.check("softmax", np.array([[0.0, LN3], [1e4, 1e4]]),
               expected=np.array([[0.25, 0.75], [0.5, 0.5]]))


def test_log_softmax_by_hand(kata):
    """log_softmax([[0, ln 3], [1, 1]]) = [[ln 1/4, ln 3/4], [ln 1/2, ln 1/2]]."""
    kata.check("log_softmax", np.array([[0.0, LN3], [1.0, 1.0]]),
               expected=np.log(np.array([[0.25, 0.75], [0.5, 0.5]])))


def test_log_softmax_of_a_vanishing_probability(kata):
    """log_softmax([0, -1000]) is [0, -1000]: exp(-1000) underflows, its log must not be -inf."""
    # log Σ exp = log(1 + e^-1000) = 0 in float64; the second entry is -1000 - 0.
    kata.check("log_softmax", np.array([0.0, -1000.0]), expected=np.array([0.0, -1000.0]))


def test_log_softmax_huge_logits(kata):
    """log_softmax of [[1e4, 1e4], [-1e4, -1e4]] is −ln 2 everywhere (exp(1e4) overflows)."""
    kata.check("log_softmax", np.array([[1e4, 1e4], [-1e4, -1e4]]), expected=np.full((2, 2), -LN2))


def test_log_softmax_axis_zero_by_hand(kata):
    """log_softmax along axis=0 of [[0, 5], [ln 3, 5]]: column 0 gives [ln 1/4, ln 3/4], column 1 −ln 2."""
    kata.check("log_softmax", np.array([[0.0, 5.0], [LN3, 5.0]]), axis=0,
               expected=np.array([[np.log(0.25), -LN2], [np.log(0.75), -LN2]]))


def test_negative_axis_on_three_dimensions(kata):
    """axis=-2 on a (2, 2, 2) array normalises over the middle axis."""
    x = np.array([[[0.0, 1.0], [LN3, 1.0]], [[5.0, 0.0], [5.0, LN3]]])
    # Middle-axis pairs: (0, ln3) -> (1/4, 3/4); (1, 1) -> halves; (5, 5) -> halves; (0, ln3) -> quarters.
    kata.check("softmax", x, axis=-2,
               expected=np.array([[[0.25, 0.5], [0.75, 0.5]], [[0.5, 0.25], [0.5, 0.75]]]))


def test_matches_reference_on_random_arrays(kata, rng):
    """Random arrays of 1 to 3 dimensions, every axis, positive and negative."""
    arg_sets = []
    for _ in range(6):
        ndim = int(rng.integers(1, 4))
        shape = tuple(int(s) for s in rng.integers(1, 5, size=ndim))
        x = rng.normal(0.0, 5.0, size=shape)
        axis = int(rng.integers(-ndim, ndim))
        arg_sets.append(((x,), {"axis": axis}))
    kata.check_each("softmax", arg_sets)
    kata.check_each("log_softmax", arg_sets)


def test_matches_reference_on_huge_spread_logits(kata, rng):
    """A batch of rows with offsets up to ±1e4 and spreads up to 1000."""
    x = rng.normal(0.0, 300.0, size=(6, 5)) + rng.uniform(-1e4, 1e4, size=(6, 1))
    kata.check("softmax", x)
    kata.check("log_softmax", x)


def test_masked_logits(kata):
    """A -inf logit gets probability 0 and log-probability -inf: [0, -inf, ln 3] gives [1/4, 0, 3/4]."""
    x = np.array([0.0, -np.inf, LN3])
    kata.check("softmax", x, expected=np.array([0.25, 0.0, 0.75]))
    kata.check("log_softmax", x, expected=np.array([np.log(0.25), -np.inf, np.log(0.75)]))


def test_all_masked_slice_is_nan(kata):
    """A row of only -inf gives nan (0/0) in that row; the other row is unaffected."""
    x = np.array([[-np.inf, -np.inf], [0.0, 0.0]])
    kata.check("softmax", x, expected=np.array([[np.nan, np.nan], [0.5, 0.5]]))
    kata.check("log_softmax", x, expected=np.array([[np.nan, np.nan], [-LN2, -LN2]]))


def test_slice_of_length_one(kata):
    """Softmax over an axis of length 1 is 1.0, log-softmax 0.0, whatever the logit (even 1e4)."""
    x = np.array([[3.0], [-1e4], [1e4]])
    kata.check("softmax", x, expected=np.ones((3, 1)))
    kata.check("log_softmax", x, expected=np.zeros((3, 1)))


def test_empty_batch(kata):
    """Shape (0, 3): no rows, an empty float64 array of shape (0, 3)."""
    kata.check("softmax", np.zeros((0, 3)), expected=np.zeros((0, 3)))
    kata.check("log_softmax", np.zeros((0, 3)), expected=np.zeros((0, 3)))


def test_empty_int_input_gives_float64(kata):
    """An empty int array of shape (0, 3) still gives an empty float64 array, not an int one."""
    kata.check("softmax", np.zeros((0, 3), dtype=np.int64), expected=np.zeros((0, 3)))
    kata.check("log_softmax", np.zeros((0, 3), dtype=np.int64), expected=np.zeros((0, 3)))


def test_empty_softmax_axis(kata):
    """Shape (3, 0) along axis -1: each row is empty; the result is an empty float64 (3, 0) array."""
    kata.check("softmax", np.zeros((3, 0)), expected=np.zeros((3, 0)))
    kata.check("log_softmax", np.zeros((3, 0)), expected=np.zeros((3, 0)))


def test_int_input_gives_float64(kata):
    """Integer logits [[0, 0], [2, 2]] give float64 halves."""
    x = np.array([[0, 0], [2, 2]])
    kata.check("softmax", x, expected=np.full((2, 2), 0.5))
    kata.check("log_softmax", x, expected=np.full((2, 2), -LN2))


def test_float32_input_gives_float64(kata):
    """float32 logits still give a float64 result."""
    x = np.array([[0.0, 1.0, 2.0]], dtype=np.float32)
    e = np.exp(np.array([0.0, 1.0, 2.0]))
    kata.check("softmax", x, expected=(e / e.sum())[None, :])
    kata.check("log_softmax", x, expected=np.log(e / e.sum())[None, :])


def test_float32_input_is_computed_in_float64(kata):
    """float32 logits [0, −20]: log_softmax[0] = −log(1 + e^−20) ≈ −2.061e-9, which float32 arithmetic rounds to 0."""
    # e^−20 = 2.0611536e-9 is below float32's half-epsilon (5.96e-8), so in float32 1 + e^−20 == 1 and
    # log of it is 0.0; in float64 log(1 + e^−20) = 2.0611536e-9 (to about 7 digits, within rtol).
    x = np.array([[0.0, -20.0]], dtype=np.float32)
    tiny = float(np.exp(-20.0))
    kata.check("log_softmax", x, expected=np.array([[-tiny, -20.0 - tiny]]))


def test_probabilities_sum_to_one_and_match_log_softmax(kata, rng):
    """Each row of softmax sums to 1, and exp(log_softmax) equals softmax."""
    x = rng.normal(0.0, 20.0, size=(5, 7))
    p = np.asarray(kata.call("softmax", x).value, dtype=float)
    require(p.shape == (5, 7), f"softmax of a (5, 7) array should have shape (5, 7), got {p.shape}")
    require(np.allclose(p.sum(axis=1), 1.0, rtol=0, atol=1e-12), f"rows should sum to 1, got {p.sum(axis=1)}")
    logp = np.asarray(kata.call("log_softmax", x).value, dtype=float)
    require(np.allclose(np.exp(logp), p, rtol=1e-12, atol=1e-15), "exp(log_softmax(x)) should equal softmax(x)")
