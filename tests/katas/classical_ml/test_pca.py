"""Hidden tests for classical_ml/pca: pca(X, k) -> (components, explained_variance_ratio, projected)."""
import math

import numpy as np

from grader.testing import require


def _random_data(rng, n, d):
    """Rows with well-separated variances along a random rotation, plus an offset (no near-ties)."""
    while True:
        scales = 3.0 ** -np.arange(d) * rng.uniform(0.8, 1.2, d)
        rotation, _ = np.linalg.qr(rng.standard_normal((d, d)))
        X = rng.standard_normal((n, d)) * scales @ rotation.T + 5 * rng.standard_normal(d)
        Xc = X - X.mean(axis=0)
        _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
        rank = min(n - 1, d)
        magnitudes = np.sort(np.abs(Vt[:rank]), axis=1)
        gaps_ok = np.all(S[:rank - 1] > 1.2 * S[1:rank]) and S[rank - 1] > 1e-3 * S[0]
        # the largest |entry| of each direction clearly ahead of the second, so the sign is not fragile
        signs_ok = d == 1 or np.all(magnitudes[:, -1] - magnitudes[:, -2] > 1e-3)
        if gaps_ok and signs_ok:
            return X, rank


def test_axis_aligned_by_hand(kata):
    """(±2, 0) and (0, ±1) shifted by (5, −3): components the x and y axes, ratios 0.8 and 0.2."""
    # Centred rows (±2, 0), (0, ±1): S² = 8 along x, 2 along y, total 10.
    X = np.array([[7.0, -3.0], [3.0, -3.0], [5.0, -2.0], [5.0, -4.0]])
    kata.check("pca", X, 2, expected=(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([0.8, 0.2]),
                                      np.array([[2.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]])))


def test_rotated_by_hand(kata):
    """Spread 50 along ±(3, −4) and 2 along ±(0.8, 0.6), shifted by (1, 2): the sign rule makes −0.8 into +0.8."""
    # Direction (0.6, −0.8): its largest |entry| is −0.8, so it is flipped to (−0.6, 0.8).
    # Direction (0.8, 0.6): largest entry 0.8 > 0, kept. Ratios 50/52 and 2/52.
    # Projections: (3, −4)·(−0.6, 0.8) = −5; (0.8, 0.6)·(0.8, 0.6) = 1.
    X = np.array([[3.0, -4.0], [-3.0, 4.0], [0.8, 0.6], [-0.8, -0.6]]) + np.array([1.0, 2.0])
    kata.check("pca", X, 2, expected=(np.array([[-0.6, 0.8], [0.8, 0.6]]), np.array([50 / 52, 2 / 52]),
                                      np.array([[-5.0, 0.0], [5.0, 0.0], [0.0, 1.0], [0.0, -1.0]])))


def test_one_component_keeps_the_full_denominator(kata):
    """The same data with k = 1: one component (−0.6, 0.8), ratio 50/52 (not 1: the total counts every direction)."""
    X = np.array([[3.0, -4.0], [-3.0, 4.0], [0.8, 0.6], [-0.8, -0.6]]) + np.array([1.0, 2.0])
    kata.check("pca", X, 1, expected=(np.array([[-0.6, 0.8]]), np.array([50 / 52]),
                                      np.array([[-5.0], [5.0], [0.0], [0.0]])))


def test_points_on_a_line_by_hand(kata):
    """(0, 0), (2, 1), (4, 2) lie on a line: one component (2, 1)/√5 explains everything."""
    # Centred rows (−2, −1), (0, 0), (2, 1); projections ∓√5 and 0.
    r5 = math.sqrt(5)
    X = np.array([[0.0, 0.0], [2.0, 1.0], [4.0, 2.0]])
    kata.check("pca", X, 1, expected=(np.array([[2 / r5, 1 / r5]]), np.array([1.0]),
                                      np.array([[-r5], [0.0], [r5]])))


def test_three_dimensions_by_hand(kata):
    """Spreads ±3, ±2, ±1 along z, x, y (each from 2 points): components z, x; ratios 18/28 and 8/28."""
    X = np.array([[0.0, 0.0, 3.0], [0.0, 0.0, -3.0], [2.0, 0.0, 0.0], [-2.0, 0.0, 0.0],
                  [0.0, 1.0, 0.0], [0.0, -1.0, 0.0]]) + 10.0
    kata.check("pca", X, 2, expected=(np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]), np.array([18 / 28, 8 / 28]),
                                      np.array([[3.0, 0.0], [-3.0, 0.0], [0.0, 2.0], [0.0, -2.0],
                                                [0.0, 0.0], [0.0, 0.0]])))


def test_matches_reference_on_random_data(kata, rng):
    """Random tall data (n > d), every k from 1 up to d, well-separated variances, random offsets."""
    arg_sets = []
    for _ in range(10):
        n, d = int(rng.integers(6, 40)), int(rng.integers(1, 6))
        X, rank = _random_data(rng, n, d)
        arg_sets.append(((X, int(rng.integers(1, rank + 1))), {}))
    kata.check_each("pca", arg_sets)


def test_wide_data(kata, rng):
    """n = 5 rows, d = 8 features: centred data has rank 4; k = 1 … 4."""
    X, rank = _random_data(rng, 5, 8)
    for k in range(1, rank + 1):
        kata.check("pca", X, k)


def test_single_feature(kata):
    """d = 1: the one component is [1.0] (positive), the ratio is 1, the projection is x − mean."""
    X = np.array([[1.0], [4.0], [7.0]])
    kata.check("pca", X, 1, expected=(np.array([[1.0]]), np.array([1.0]), np.array([[-3.0], [0.0], [3.0]])))


def test_properties_of_the_result(kata, rng):
    """Orthonormal components, decreasing ratios summing to 1 when k = d, and X = projected · components + mean."""
    X, _ = _random_data(rng, 30, 4)
    result = kata.call("pca", X, 4)
    components, ratio, projected = (np.asarray(v, dtype=float) for v in result.value)
    require(np.allclose(components @ components.T, np.eye(4), atol=1e-9),
            f"{result.shown}: the components should be orthonormal rows (components @ components.T = I)")
    require(np.all(np.diff(ratio) <= 0) and abs(ratio.sum() - 1) < 1e-9,
            f"{result.shown}: with k = d the ratios should decrease and sum to 1, got {ratio}")
    require(np.allclose(projected @ components + X.mean(axis=0), X, atol=1e-9),
            f"{result.shown}: projected @ components + mean should give X back when k = d")


def test_k_equal_to_n_is_allowed(kata, rng):
    """k = min(n, d) = n = 3 with d = 5 is allowed: shapes (3, 5), (3,), (3, 3); the last ratio is 0 (rank n − 1)."""
    X = rng.standard_normal((3, 5))
    result = kata.call("pca", X, 3)
    components, ratio, projected = (np.asarray(v, dtype=float) for v in result.value)
    require(components.shape == (3, 5) and ratio.shape == (3,) and projected.shape == (3, 3),
            f"{result.shown}: expected shapes (3, 5), (3,), (3, 3), got {components.shape}, {ratio.shape}, {projected.shape}")
    require(abs(ratio[-1]) < 1e-12 and abs(ratio.sum() - 1) < 1e-9,
            f"{result.shown}: 3 centred rows span 2 directions, so the ratios should be (a, 1 − a, 0), got {ratio}")


def test_k_zero_raises(kata):
    """k = 0 raises ValueError."""
    kata.raises("ValueError", "pca", np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]), 0)


def test_k_above_min_n_d_raises(kata):
    """k = 3 with d = 2 raises ValueError."""
    kata.raises("ValueError", "pca", np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]), 3)


def test_k_above_n_raises(kata):
    """k = 3 with n = 2 rows (d = 4) raises ValueError."""
    kata.raises("ValueError", "pca", np.array([[0.0, 1.0, 2.0, 3.0], [1.0, 0.0, 5.0, 1.0]]), 3)


def test_identical_rows_raise(kata):
    """Three identical rows (0.1, 0.1): no variance at all, ValueError (though X − mean is ~1e-17, not 0)."""
    kata.raises("ValueError", "pca", np.full((3, 2), 0.1), 1)


def test_single_row_raises(kata):
    """n = 1: nothing varies, ValueError."""
    kata.raises("ValueError", "pca", np.array([[1.0, 2.0, 3.0]]), 1)


def test_tiny_spread_is_not_constant(kata):
    """The axis-aligned data scaled by 1e-9 (rows not all equal): the same components and ratios 0.8, 0.2; projections × 1e-9."""
    # Only rows that are ALL equal raise; a variance threshold (say < 1e-12) would wrongly refuse this.
    X = 1e-9 * np.array([[2.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]]) + np.array([0.7, -0.1])
    kata.check("pca", X, 2, expected=(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([0.8, 0.2]),
                                      1e-9 * np.array([[2.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]])),
               rtol=1e-6, atol=1e-15)
