"""Hidden tests for optimization/early_stopping: early_stopping(val_losses, *, patience, min_delta=0.0)."""
import numpy as np


def test_stops_when_the_wait_reaches_patience_by_hand(kata):
    """Best 3.0 at epoch 3; epochs 4, 5, 6 do not beat it, so with patience 3 it stops at 6."""
    kata.check("early_stopping", [5.0, 4.0, 4.5, 3.0, 3.5, 3.2, 3.1, 2.0], patience=3, expected=(3, 6))


def test_never_stops_by_hand(kata):
    """[3, 2, 1, 1.5] with patience 2: only one epoch without improvement, so (2, last epoch 3)."""
    kata.check("early_stopping", [3.0, 2.0, 1.0, 1.5], patience=2, expected=(2, 3))


def test_example_from_the_statement(kata):
    """[1.0, 0.8, 0.9, 0.85, 0.7]: patience 2 stops at epoch 3; patience 3 reaches 0.7 at epoch 4."""
    kata.check("early_stopping", [1.0, 0.8, 0.9, 0.85, 0.7], patience=2, expected=(1, 3))
    kata.check("early_stopping", [1.0, 0.8, 0.9, 0.85, 0.7], patience=3, expected=(4, 4))


def test_ties_do_not_improve(kata):
    """[1, 1, 1] with patience 2: equal losses are not improvements, so (0, 2)."""
    kata.check("early_stopping", [1.0, 1.0, 1.0], patience=2, expected=(0, 2))


def test_min_delta_small_gains_do_not_count(kata):
    """min_delta 0.5: gains of 0.125 at a time from 2.0 never beat 2.0 − 0.5, so it stops at epoch 3."""
    kata.check("early_stopping", [2.0, 1.875, 1.75, 1.625, 1.625], patience=3, min_delta=0.5,
               expected=(0, 3))


def test_min_delta_worse_losses_never_improve(kata):
    """min_delta 0.25: losses above the best (1.125, 1.25) are not improvements: (0, 2)."""
    kata.check("early_stopping", [1.0, 1.125, 1.25, 0.5], patience=2, min_delta=0.25, expected=(0, 2))


def test_min_delta_a_big_enough_gain_counts(kata):
    """min_delta 0.25: 1.0 → 0.625 gains 0.375 > 0.25, so epoch 2 is the new best; stop at 4."""
    kata.check("early_stopping", [1.0, 0.875, 0.625, 0.5, 0.5], patience=2, min_delta=0.25,
               expected=(2, 4))


def test_patience_one(kata):
    """patience 1: the first epoch without improvement stops training."""
    kata.check("early_stopping", [1.0, 0.5, 0.7, 0.1], patience=1, expected=(1, 2))


def test_single_epoch(kata):
    """One epoch: it is the best and the last, (0, 0)."""
    kata.check("early_stopping", [0.3], patience=2, expected=(0, 0))


def test_patience_longer_than_training(kata):
    """patience 10 with 4 epochs: never stops; the best is epoch 1."""
    kata.check("early_stopping", [3.0, 2.0, 2.5, 2.6], patience=10, expected=(1, 3))


def test_numpy_array_input(kata):
    """val_losses as a numpy array works the same as a list."""
    kata.check("early_stopping", np.array([0.9, 0.7, 0.75, 0.72, 0.71, 0.69]), patience=3, expected=(1, 4))


def test_matches_reference_on_random_curves(kata, rng):
    """Noisy decreasing validation curves (rounded, so ties happen), random patience and min_delta."""
    arg_sets = []
    for _ in range(12):
        n = int(rng.integers(1, 30))
        curve = 1.0 / (1.0 + 0.3 * np.arange(n)) + rng.normal(0, 0.05, size=n)
        val_losses = [float(v) for v in np.round(curve, 2)]
        arg_sets.append(((val_losses,), {"patience": int(rng.integers(1, 6)),
                                         "min_delta": float(rng.choice([0.0, 0.0, 0.01, 0.03]))}))
    kata.check_each("early_stopping", arg_sets)


def test_gain_of_exactly_min_delta_is_not_an_improvement(kata):
    """min_delta 0.25: 1.0 → 0.75 gains exactly 0.25, which is not more than min_delta: (0, 2)."""
    kata.check("early_stopping", [1.0, 0.75, 0.75, 0.5], patience=2, min_delta=0.25, expected=(0, 2))


def test_nan_never_improves(kata):
    """[1, NaN, 0.5, NaN, NaN], patience 2: a NaN epoch counts towards the wait, so (2, 4)."""
    kata.check("early_stopping", [1.0, float("nan"), 0.5, float("nan"), float("nan")], patience=2,
               expected=(2, 4))


def test_nan_at_epoch_zero_does_not_improve(kata):
    """[NaN, 2, 1, 1.5], patience 2: epoch 0 is NaN, so the best comes at epochs 1 then 2: (2, 3)."""
    kata.check("early_stopping", [float("nan"), 2.0, 1.0, 1.5], patience=2, expected=(2, 3))


def test_infinite_losses_compare_as_numbers(kata):
    """+inf never improves (best starts at +inf); −inf improves and is never beaten."""
    inf = float("inf")
    kata.check("early_stopping", [inf, inf, 3.0, 4.0], patience=3, expected=(2, 3))
    kata.check("early_stopping", [1.0, -inf, 0.5], patience=1, expected=(1, 2))


def test_no_epoch_improves(kata):
    """Every loss NaN or +inf: nothing improves, best_epoch is 0 and it stops when the wait hits patience."""
    kata.check("early_stopping", [float("nan"), float("inf"), float("nan")], patience=2, expected=(0, 1))
    kata.check("early_stopping", np.array([np.nan, np.nan]), patience=3, expected=(0, 1))


def test_empty_raises(kata):
    """No validation losses at all: raise ValueError."""
    kata.raises("ValueError", "early_stopping", [], patience=2)


def test_gain_of_exactly_min_delta_with_decimal_values(kata):
    """min_delta 0.01: 0.2 → 0.19 gains exactly 0.01 (in decimals), not an improvement: (0, 2)."""
    # The stated test is loss < best − min_delta: 0.19 < 0.2 − 0.01 = 0.19 is false. (Computed the
    # other way round, best − loss = 0.2 − 0.19 = 0.010000000000000009 > 0.01 in float64.)
    kata.check("early_stopping", [0.2, 0.19, 0.19, 0.1], patience=2, min_delta=0.01, expected=(0, 2))
    kata.check("early_stopping", np.array([0.6, 0.57, 0.58]), patience=2, min_delta=0.03, expected=(0, 2))
