"""Hidden tests for optimization/clip_grad_norm: clip_by_global_norm(grads, max_norm)."""
import numpy as np

from grader.testing import require


def test_two_arrays_clipped_by_hand(kata):
    """[3, 0] and [[4]] have global norm 5; with max_norm 1 every entry is multiplied by 0.2."""
    kata.check("clip_by_global_norm", [np.array([3.0, 0.0]), np.array([[4.0]])], max_norm=1.0,
               expected=([np.array([0.6, 0.0]), np.array([[0.8]])], 5.0))


def test_below_the_threshold_by_hand(kata):
    """[0.3, -0.4] has norm 0.5 ≤ max_norm 1: the values come back unchanged, with the norm 0.5."""
    kata.check("clip_by_global_norm", [np.array([0.3, -0.4])], max_norm=1.0,
               expected=([np.array([0.3, -0.4])], 0.5))


def test_three_arrays_by_hand(kata):
    """Arrays of norms 2, 2 and 1 (global norm 3) clipped to max_norm 1.5: everything is halved."""
    grads = [np.array([[2.0, 0.0], [0.0, 0.0]]), np.array([0.0, -2.0, 0.0]), np.array([1.0])]
    kata.check("clip_by_global_norm", grads, max_norm=1.5,
               expected=([np.array([[1.0, 0.0], [0.0, 0.0]]), np.array([0.0, -1.0, 0.0]),
                          np.array([0.5])], 3.0))


def test_small_norms_have_no_epsilon(kata):
    """Norm 1e-3 clipped to 5e-4: the scale is exactly 0.5 (no epsilon added to the norm)."""
    kata.check("clip_by_global_norm", [np.array([6e-4, 8e-4])], max_norm=5e-4,
               expected=([np.array([3e-4, 4e-4])], 1e-3))


def test_exactly_at_the_threshold_is_unchanged(kata):
    """Global norm exactly max_norm (3-4-5): the scale is 1, the values come back unchanged."""
    kata.check("clip_by_global_norm", [np.array([3.0]), np.array([-4.0])], max_norm=5.0,
               expected=([np.array([3.0]), np.array([-4.0])], 5.0))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random lists of 1 to 4 arrays of random shapes, some above max_norm and some below."""
    arg_sets = []
    for case in range(10):
        shapes = [tuple(int(n) for n in rng.integers(1, 4, size=rng.integers(1, 4)))
                  for _ in range(int(rng.integers(1, 5)))]
        grads = [rng.standard_normal(shape) * float(rng.uniform(0.1, 3.0)) for shape in shapes]
        total = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
        # Half the cases clip (max_norm below the norm), half do not.
        max_norm = total * float(rng.uniform(0.05, 0.9) if case % 2 == 0 else rng.uniform(1.1, 3.0))
        arg_sets.append(((grads,), {"max_norm": max_norm}))
    kata.check_each("clip_by_global_norm", arg_sets)


def test_empty_list(kata):
    """No gradients at all: ([], 0.0)."""
    kata.check("clip_by_global_norm", [], max_norm=1.0, expected=([], 0.0))


def test_all_zero_gradients(kata):
    """All-zero gradients have norm 0: they come back as zeros, with no division by zero."""
    kata.check("clip_by_global_norm", [np.zeros(3), np.zeros((2, 2))], max_norm=0.5,
               expected=([np.zeros(3), np.zeros((2, 2))], 0.0))


def test_zero_d_arrays_count_in_the_norm(kata):
    """A 0-d array (a scalar parameter's gradient) counts too: 0-d 12 with [3, 4] has norm 13."""
    grads = [np.array(12.0), np.array([3.0, 4.0])]
    # the statement lets a 0-d entry come back as a 0-d array or a numpy float: checked by hand
    result = kata.call_unchecked("clip_by_global_norm", grads, max_norm=6.5)
    kata.check_contract(result, (grads,), {"max_norm": 6.5})
    value = result.value
    require(type(value) is tuple and len(value) == 2,
            f"{result.shown} should return a tuple (clipped, global_norm), got {type(value).__name__}")
    clipped, norm = value
    require(type(clipped) is list and len(clipped) == 2,
            f"{result.shown} should return a list of 2 clipped arrays, got {clipped!r}")
    require(np.shape(clipped[0]) == () and np.asarray(clipped[0]).dtype == np.float64
            and np.isclose(float(np.asarray(clipped[0])), 6.0, rtol=1e-6, atol=1e-9),
            f"{result.shown}: the 0-d gradient 12 scaled by 6.5 / 13 should be the 0-d value 6.0, "
            f"got {clipped[0]!r}")
    require(isinstance(clipped[1], np.ndarray) and clipped[1].shape == (2,)
            and np.allclose(clipped[1], [1.5, 2.0], rtol=1e-6, atol=1e-9),
            f"{result.shown}: [3, 4] scaled by 6.5 / 13 should be [1.5, 2.0], got {clipped[1]!r}")
    require(not isinstance(norm, (bool, np.ndarray)) and np.isscalar(norm)
            and np.isclose(float(norm), 13.0, rtol=1e-6, atol=1e-9),
            f"{result.shown}: the global norm should be the float 13.0, got {norm!r}")


def test_clipped_gradients_have_norm_max_norm(kata, rng):
    """After clipping, the arrays together have global norm max_norm and point the same way."""
    grads = [rng.standard_normal((3, 2)) * 4, rng.standard_normal(5) * 4]
    result = kata.call("clip_by_global_norm", grads, max_norm=0.25)
    clipped = [np.asarray(g, dtype=float) for g in result.value[0]]
    norm_after = float(np.sqrt(sum(np.sum(g ** 2) for g in clipped)))
    require(np.isclose(norm_after, 0.25, rtol=1e-6),
            f"{result.shown}: the clipped arrays should have global norm 0.25, but theirs is {norm_after:.6g}")
    ratios = np.concatenate([(c / g).ravel() for c, g in zip(clipped, grads)])
    require(np.allclose(ratios, ratios[0], rtol=1e-6),
            f"{result.shown}: every entry should be multiplied by the same factor (the direction must "
            f"not change), but the factors range from {ratios.min():.6g} to {ratios.max():.6g}")
