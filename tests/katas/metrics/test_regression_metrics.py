"""Hidden tests for metrics/regression_metrics: regression_metrics(y_true, y_pred)."""
import numpy as np


def test_four_samples_by_hand(kata):
    """Errors 0.5, −0.5, 0, −1: mse 0.375, rmse √0.375, mae 0.5, r2 1 − 1.5/29.1875."""
    # mean(y) = 11.5/4 = 2.875; SS_tot = 0.125² + 3.375² + 0.875² + 4.125² = 29.1875; SS_res = 1.5
    kata.check("regression_metrics", np.array([3.0, -0.5, 2.0, 7.0]), np.array([2.5, 0.0, 2.0, 8.0]),
               expected=(0.375, np.sqrt(0.375), 0.5, 1 - 1.5 / 29.1875))


def test_reversed_predictions_by_hand(kata):
    """y = [1, 2, 3], ŷ = [3, 2, 1]: SS_res 8, SS_tot 2 -> r2 = −3; mse 8/3, mae 4/3."""
    kata.check("regression_metrics", np.array([1.0, 2.0, 3.0]), np.array([3.0, 2.0, 1.0]),
               expected=(8 / 3, np.sqrt(8 / 3), 4 / 3, -3.0))


def test_predicting_the_mean_gives_r2_zero_by_hand(kata):
    """y = [1, 2, 3], ŷ = 2 everywhere: SS_res = SS_tot = 2 -> r2 = 0; mse = mae = 2/3."""
    kata.check("regression_metrics", np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 2.0]),
               expected=(2 / 3, np.sqrt(2 / 3), 2 / 3, 0.0))


def test_constant_target_perfect_gives_one(kata):
    """y = ŷ = [2, 2, 2]: SS_tot = 0 and the predictions are perfect -> r2 = 1.0 (not nan)."""
    kata.check("regression_metrics", np.array([2.0, 2.0, 2.0]), np.array([2.0, 2.0, 2.0]),
               expected=(0.0, 0.0, 0.0, 1.0))


def test_constant_target_imperfect_gives_zero(kata):
    """y = [2, 2, 2], ŷ = [1, 2, 3]: SS_tot = 0, predictions not perfect -> r2 = 0.0 (not −inf)."""
    kata.check("regression_metrics", np.array([2.0, 2.0, 2.0]), np.array([1.0, 2.0, 3.0]),
               expected=(2 / 3, np.sqrt(2 / 3), 2 / 3, 0.0))


def test_constant_target_is_decided_by_equal_entries(kata):
    """y = [0.1, 0.1, 0.1] is constant (its float SS_tot is ~6e-34, not 0): ŷ = 0.2 -> r2 = 0.0."""
    kata.check("regression_metrics", np.array([0.1, 0.1, 0.1]), np.array([0.2, 0.2, 0.2]),
               expected=(0.01, 0.1, 0.1, 0.0))
    kata.check("regression_metrics", np.array([0.1, 0.1, 0.1]), np.array([0.1, 0.1, 0.1]),
               expected=(0.0, 0.0, 0.0, 1.0))


def test_perfect_means_exactly_equal(kata):
    """Constant target, one prediction off by e = 2⁻³⁰ (about 1e-9): not perfect, so r2 = 0.0 (not 1.0)."""
    e = 2.0 ** -30
    kata.check("regression_metrics", np.array([2.0, 2.0, 2.0]), np.array([2.0, 2.0, 2.0 + e]),
               expected=(e * e / 3, e / np.sqrt(3), e / 3, 0.0), atol=0.0)  # atol 0: the values are ~1e-9


def test_nearly_constant_is_not_constant(kata):
    """y = [1, 1 + 2⁻²⁰] is not constant: predicting [1, 1] gives SS_res = d², SS_tot = d²/2, r2 = −1."""
    d = 2.0 ** -20
    kata.check("regression_metrics", np.array([1.0, 1.0 + d]), np.array([1.0, 1.0]),
               expected=(d * d / 2, d / np.sqrt(2), d / 2, -1.0), atol=0.0)  # atol 0: values are ~1e-6


def test_perfect_predictions_give_one(kata):
    """ŷ = y on a non-constant target: errors 0, r2 exactly 1.0."""
    kata.check("regression_metrics", np.array([1.5, -2.0, 4.0]), np.array([1.5, -2.0, 4.0]),
               expected=(0.0, 0.0, 0.0, 1.0))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random targets and noisy predictions, n from 2 to 200."""
    arg_sets = []
    for _ in range(12):
        n = int(rng.integers(2, 200))
        y = rng.normal(float(rng.uniform(-5, 5)), float(rng.uniform(0.1, 10)), n)
        arg_sets.append(((y, y + rng.normal(0, float(rng.uniform(0.01, 5)), n)), {}))
    kata.check_each("regression_metrics", arg_sets)


def test_matches_reference_on_bad_predictions(kata, rng):
    """Predictions unrelated to the target: r2 well below 0."""
    for _ in range(4):
        y = rng.standard_normal(30)
        kata.check("regression_metrics", y, 3 * rng.standard_normal(30) + 2)


def test_single_sample(kata):
    """n = 1 is a constant target: r2 is 1.0 if ŷ = y, else 0.0."""
    kata.check("regression_metrics", np.array([5.0]), np.array([5.0]), expected=(0.0, 0.0, 0.0, 1.0))
    kata.check("regression_metrics", np.array([5.0]), np.array([3.0]), expected=(4.0, 2.0, 2.0, 0.0))


def test_integer_inputs_give_floats(kata):
    """Int arrays: y = [1, 2, 3], ŷ = [1, 2, 4] -> (1/3, √(1/3), 1/3, 0.5), all floats."""
    kata.check("regression_metrics", np.array([1, 2, 3]), np.array([1, 2, 4]),
               expected=(1 / 3, np.sqrt(1 / 3), 1 / 3, 0.5))
    kata.check("regression_metrics", np.array([4, 4]), np.array([4, 4]), expected=(0.0, 0.0, 0.0, 1.0))


def test_lists_as_inputs(kata):
    """Python lists in: y = [0, 2], ŷ = [1, 1] -> (1, 1, 1, 0), floats."""
    # mean(y) = 1: SS_tot = 1 + 1 = 2, SS_res = 1 + 1 = 2 -> r2 = 0
    kata.check("regression_metrics", [0.0, 2.0], [1.0, 1.0], expected=(1.0, 1.0, 1.0, 0.0))


def test_rmse_is_the_root_of_mse(kata, rng):
    """RMSE is √MSE, not the mean of |errors| (that is MAE)."""
    y = rng.standard_normal(40)
    kata.check("regression_metrics", y, y + rng.standard_normal(40) ** 3)


def test_empty_raises(kata):
    """n = 0: ValueError."""
    kata.raises("ValueError", "regression_metrics", np.array([], dtype=float), np.array([], dtype=float))


def test_different_lengths_raise(kata):
    """y_true of length 3, y_pred of length 2: ValueError."""
    kata.raises("ValueError", "regression_metrics", np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0]))


def test_length_one_prediction_does_not_broadcast(kata):
    """y_true of length 3, y_pred of length 1: ValueError, even though numpy would broadcast y − ŷ."""
    # Without an explicit length check, [1, 2, 3] − [2] broadcasts to [−1, 0, 1] and returns numbers.
    kata.raises("ValueError", "regression_metrics", np.array([1.0, 2.0, 3.0]), np.array([2.0]))
    kata.raises("ValueError", "regression_metrics", [1.0], [1.0, 2.0])
