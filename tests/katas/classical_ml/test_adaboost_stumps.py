"""Hidden tests for classical_ml/adaboost_stumps: fit_adaboost(X, y, *, n_estimators) and predict_adaboost(X, stumps)."""
import numpy as np

from grader.testing import require

LOG2, LOG3, LOG4 = (float(np.log(k)) for k in (2, 3, 4))
X5 = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
Y5 = np.array([1, 1, -1, -1, 1])


def _data(rng, n, d):
    X = np.round(rng.uniform(-3, 3, (n, d)), 2)
    y = np.where(np.sin(2 * X[:, 0]) + 0.5 * X[:, -1] + 0.3 * rng.standard_normal(n) > 0, 1, -1)
    y[:2] = [1, -1]
    return X, y


def test_three_rounds_by_hand(kata):
    """1…5 labelled +, +, −, −, +: stumps (≤ 2.5 → +1, log 4), (≤ 4.5 → −1, log 3), (≤ 2.5 → +1, log 2)."""
    # Round 1: ε = 0.2 (row 5); weights → 0.125 × 4, 0.5. Round 2: ε = 0.25 (rows 1, 2); weights → 1/4, 1/4,
    # 1/12, 1/12, 1/3. Round 3: "≤ 2.5 → +1" misses only row 5: ε = 1/3, alpha = log 2.
    kata.check("fit_adaboost", X5, Y5, n_estimators=3,
               expected=[(0, 2.5, 1, LOG4), (0, 4.5, -1, LOG3), (0, 2.5, 1, LOG2)])


def test_perfect_stump_stops_with_alpha_one(kata):
    """1…4 labelled −, −, +, +: "≤ 2.5 → −1" has ε = 0: kept with alpha 1.0, and boosting stops (1 stump of 3)."""
    kata.check("fit_adaboost", np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([-1, -1, 1, 1]), n_estimators=3,
               expected=[(0, 2.5, -1, 1.0)])


def test_equal_errors_go_to_the_smallest_threshold(kata):
    """1…4 labelled +, −, +, −: "≤ 1.5 → +1" and "≤ 3.5 → +1" both have ε = 0.25: the smaller threshold wins."""
    kata.check("fit_adaboost", np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([1, -1, 1, -1]), n_estimators=1,
               expected=[(0, 1.5, 1, LOG3)])


def test_equal_errors_go_to_the_smallest_feature(kata):
    """Two identical columns: the same stump on feature 0 and feature 1 tie; feature 0 wins."""
    X = np.column_stack([X5[:, 0], X5[:, 0]])
    kata.check("fit_adaboost", X, Y5, n_estimators=1, expected=[(0, 2.5, 1, LOG4)])


def test_ties_within_rounding_go_to_the_smallest_feature(kata):
    """9 rows, 2 features: in round 3 two stumps have ε = 7/20 on paper but differ in the last bit; the tie rule (1e-12) picks feature 0."""
    # Every weight is rational (exp(alpha) = (1 − ε)/ε), so this was checked with exact fractions:
    # round 1: ε = 2/9 for (0, 2.5, −1) alone, alpha = log(7/2); round 2: ε = 2/7, (0, 3.5, +1) and
    # (1, 2.5, −1) tie exactly, the smaller feature wins, alpha = log(5/2); round 3: ε = 7/20 for
    # (0, 2.5, −1) and (1, 2.5, −1), exactly equal on paper, alpha = log(13/7). In float64 the
    # feature-1 sum comes out one ulp smaller, so exact equality would pick (1, 2.5, −1).
    X = np.array([[4, 0], [0, 4], [2, 2], [3, 1], [3, 4], [4, 0], [4, 3], [3, 0], [4, 1]], dtype=np.float64)
    y = np.array([1, -1, -1, 1, 1, -1, 1, 1, -1])
    kata.check("fit_adaboost", X, y, n_estimators=3,
               expected=[(0, 2.5, -1, float(np.log(3.5))), (0, 3.5, 1, float(np.log(2.5))),
                         (0, 2.5, -1, float(np.log(13.0 / 7.0)))])


def test_error_of_one_half_stops_without_keeping(kata):
    """A feature with one threshold: round 2 has ε = 0.5 for both polarities: stop with just round 1's stump."""
    # Rows 1, 1, 1, 1, 2 labelled +, +, +, −, −: round 1 misses row 4 (ε = 0.2, alpha = log 4); its weight
    # becomes 0.5, so either polarity then errs on exactly half the weight.
    X = np.array([[1.0], [1.0], [1.0], [1.0], [2.0]])
    kata.check("fit_adaboost", X, np.array([1, 1, 1, -1, -1]), n_estimators=5, expected=[(0, 1.5, 1, LOG4)])


def test_no_stump_beats_chance(kata):
    """Rows 1, 1, 2, 2 labelled +, −, +, −: every stump has ε = 0.5 from the start: no stumps at all."""
    kata.check("fit_adaboost", np.array([[1.0], [1.0], [2.0], [2.0]]), np.array([1, -1, 1, -1]), n_estimators=3,
               expected=[])


def test_zero_estimators(kata):
    """n_estimators = 0: an empty list."""
    kata.check("fit_adaboost", X5, Y5, n_estimators=0, expected=[])


def test_the_better_feature_wins(kata):
    """Feature 1 (0, 0, 1, 1, 0) matches +, +, −, −, + exactly; feature 0 (1…5) cannot: (1, 0.5, 1, 1.0)."""
    X = np.column_stack([X5[:, 0], [0.0, 0.0, 1.0, 1.0, 0.0]])
    kata.check("fit_adaboost", X, Y5, n_estimators=2, expected=[(1, 0.5, 1, 1.0)])


def test_threshold_is_a_midpoint(kata):
    """X = 0.1, 0.7, 1.3 labelled +, −, −: perfect at (0.1 + 0.7)/2 = 0.4, polarity +1."""
    kata.check("fit_adaboost", np.array([[0.1], [0.7], [1.3]]), np.array([1, -1, -1]), n_estimators=1,
               expected=[(0, 0.4, 1, 1.0)])


def test_integer_input(kata):
    """Int X (1…5) and the labels of the first test: the same stumps, with float thresholds."""
    kata.check("fit_adaboost", X5.astype(int), Y5, n_estimators=2, expected=[(0, 2.5, 1, LOG4), (0, 4.5, -1, LOG3)])


def test_tiny_and_huge_scales(kata):
    """X scaled by 1e-100 and 1e100: the same stumps with the thresholds scaled."""
    for scale in (1e-100, 1e100):
        kata.check("fit_adaboost", scale * X5, Y5, n_estimators=2,
                   expected=[(0, 2.5 * scale, 1, LOG4), (0, 4.5 * scale, -1, LOG3)], atol=0.0)


def test_predict_by_hand(kata):
    """The first test's three stumps on 1…5: scores log(8/3), log(8/3), −log 24, −log(3/2)·…: +, +, −, −, −."""
    # x = 5: −log 4 + log 3 − log 2 = log(3/8) < 0 → −1 (the model still misses it).
    kata.check("predict_adaboost", X5, [(0, 2.5, 1, LOG4), (0, 4.5, -1, LOG3), (0, 2.5, 1, LOG2)],
               expected=np.array([1, 1, -1, -1, -1], dtype=np.int64))


def test_predict_zero_score_is_minus_one(kata):
    """Stumps (≤ 2 → +1, 0.7) and (≤ 0.5 → +1, 0.7): x = 1 scores 0.7 − 0.7 = 0 → −1; x = 0 → +1; x = 3 → −1."""
    stumps = [(0, 2.0, 1, 0.7), (0, 0.5, 1, 0.7)]
    kata.check("predict_adaboost", np.array([[1.0], [0.0], [3.0]]), stumps,
               expected=np.array([-1, 1, -1], dtype=np.int64))


def test_predict_at_the_threshold_goes_left(kata):
    """x = 2.5 exactly at the threshold is ≤: polarity +1 gives +1."""
    kata.check("predict_adaboost", np.array([[2.5]]), [(0, 2.5, 1, 0.3)], expected=np.array([1], dtype=np.int64))


def test_predict_without_stumps(kata):
    """No stumps: every score is 0, so every label is −1."""
    kata.check("predict_adaboost", np.zeros((3, 2)), [], expected=np.full(3, -1, dtype=np.int64))


def test_matches_reference_on_random_data(kata, rng):
    """Random data (n ≤ 40, d ≤ 3, n_estimators ≤ 15): the stumps, then predictions on new rows."""
    fits, predicts = [], []
    for n, d, m in ((20, 1, 6), (40, 3, 15), (15, 2, 10)):
        X, y = _data(rng, n, d)
        fits.append(((X, y), dict(n_estimators=m)))
        stumps = kata.expected("fit_adaboost", X, y, n_estimators=m)
        predicts.append(((np.round(rng.uniform(-3, 3, (10, d)), 2), stumps), {}))
    kata.check_each("fit_adaboost", fits)
    kata.check_each("predict_adaboost", predicts)


def test_training_error_falls_to_zero_eventually(kata):
    """1…6 labelled +, −, +, −, +, −: enough rounds fit the training set exactly (the margin theory at work)."""
    X = np.arange(1.0, 7.0)[:, None]
    y = np.array([1, -1, 1, -1, 1, -1])
    stumps = kata.call("fit_adaboost", X, y, n_estimators=40).value
    predictions = np.asarray(kata.call("predict_adaboost", X, stumps).value)
    require(np.array_equal(predictions, y), f"after 40 rounds the training labels should all be right, got {predictions}")


def test_other_labels_raise(kata):
    """Labels 0 and 1 (not −1 and +1) raise ValueError."""
    kata.raises("ValueError", "fit_adaboost", X5, np.array([1, 1, 0, 0, 1]), n_estimators=2)


def test_negative_n_estimators_raises(kata):
    """n_estimators = −1 raises ValueError."""
    kata.raises("ValueError", "fit_adaboost", X5, Y5, n_estimators=-1)


def test_no_possible_split_raises(kata):
    """Every feature constant, n_estimators = 1: ValueError."""
    kata.raises("ValueError", "fit_adaboost", np.ones((3, 2)), np.array([1, -1, 1]), n_estimators=1)


def test_bad_shapes_raise(kata):
    """A 1-D X, or y of the wrong length, raises ValueError."""
    kata.raises("ValueError", "fit_adaboost", np.arange(5.0), Y5, n_estimators=1)
    kata.raises("ValueError", "fit_adaboost", X5, np.array([1, -1]), n_estimators=1)
