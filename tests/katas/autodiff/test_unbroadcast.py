"""Hidden tests for autodiff/unbroadcast: unbroadcast(grad, shape) sums a broadcast gradient back."""
import numpy as np

from grader.testing import require

G = np.arange(24.0).reshape(2, 3, 4)   # G[i, j, k] = 12i + 4j + k


def test_bias_row_by_hand(kata):
    """A bias of shape (3,) added to each row of a (2, 3) result: its gradient sums the rows."""
    grad = np.arange(6.0).reshape(2, 3)   # [[0, 1, 2], [3, 4, 5]]
    kata.check("unbroadcast", grad, (3,), expected=np.array([3.0, 5.0, 7.0]))


def test_size_one_axis_keeps_its_axis(kata):
    """(3, 1) broadcast to (2, 3, 4): sum over the added axis 0 and over axis 2, KEEPING axis 2."""
    # for each j: sum over i in {0, 1} and k in 0..3 of 12i + 4j + k = 48 + 32j + 12 = 60 + 32j
    kata.check("unbroadcast", G, (3, 1), expected=np.array([[60.0], [92.0], [124.0]]))


def test_column_by_hand(kata):
    """(2, 1) broadcast across 3 columns: each row summed, shape (2, 1)."""
    grad = np.arange(6.0).reshape(2, 3)
    kata.check("unbroadcast", grad, (2, 1), expected=np.array([[3.0], [12.0]]))


def test_middle_axis_by_hand(kata):
    """(2, 1, 4) broadcast to (2, 3, 4): sum over j only: 36i + 12 + 3k."""
    kata.check("unbroadcast", G, (2, 1, 4),
               expected=np.array([[[12.0, 15.0, 18.0, 21.0]], [[48.0, 51.0, 54.0, 57.0]]]))


def test_last_axis_only_by_hand(kata):
    """(4,) broadcast to (2, 3, 4): both leading axes summed: 36 + 24 + 6k = 60 + 6k."""
    kata.check("unbroadcast", G, (4,), expected=np.array([60.0, 66.0, 72.0, 78.0]))


def test_leading_size_one_axes_kept(kata):
    """(1, 3, 1) has as many axes as the gradient: axes 0 and 2 summed with keepdims."""
    kata.check("unbroadcast", G, (1, 3, 1), expected=np.array([[[60.0], [92.0], [124.0]]]))


def test_all_ones_shape(kata):
    """(1, 1) from (2, 3): everything summed into one entry, shape (1, 1): 0 + … + 5 = 15."""
    kata.check("unbroadcast", np.arange(6.0).reshape(2, 3), (1, 1), expected=np.array([[15.0]]))


def test_scalar_shape_gives_a_0d_array(kata):
    """shape (): the sum of everything, as a 0-d float64 array (0 + 1 + … + 23 = 276), not a numpy scalar."""
    kata.check("unbroadcast", G, (), expected=np.array(276.0))


def test_scalar_shape_from_a_vector(kata):
    """shape () from a gradient of shape (3,): a 0-d array holding the sum 1.5 − 2 + 4 = 3.5."""
    kata.check("unbroadcast", np.array([1.5, -2.0, 4.0]), (), expected=np.array(3.5))


def test_size_one_target_of_one_axis(kata):
    """(1,) from (2, 3, 4): the added axes summed, then the last (size 1) with keepdims: [276]."""
    kata.check("unbroadcast", G, (1,), expected=np.array([276.0]))


def test_same_shape_is_a_copy(kata):
    """shape == grad.shape: nothing to sum, the values come back unchanged in a NEW array."""
    grad = np.array([[1.0, -2.0, 3.5], [0.25, 0.0, -7.0]])
    kata.check("unbroadcast", grad, (2, 3), expected=grad.copy())


def test_same_shape_with_size_one_axes(kata):
    """(1, 3) from (1, 3): an axis of size 1 in both needs no sum: same values, a new array."""
    grad = np.array([[1.0, 2.0, 3.0]])
    kata.check("unbroadcast", grad, (1, 3), expected=grad.copy())


def test_zero_dimensional_gradient(kata):
    """A 0-d gradient and shape (): a new 0-d float64 array with the same value."""
    kata.check("unbroadcast", np.array(5.0), (), expected=np.array(5.0))


def test_size_one_in_both_and_a_leading_axis(kata):
    """(1,) from (2, 1): only the added leading axis is summed: [[1], [2]] gives [3]."""
    kata.check("unbroadcast", np.array([[1.0], [2.0]]), (1,), expected=np.array([3.0]))


def test_empty_gradient(kata):
    """A gradient with a zero-length axis: sums over no entries are 0.0."""
    kata.check("unbroadcast", np.zeros((0, 3)), (3,), expected=np.zeros(3))
    kata.check("unbroadcast", np.zeros((0, 3)), (1, 3), expected=np.zeros((1, 3)))
    kata.check("unbroadcast", np.zeros((2, 0)), (2, 1), expected=np.zeros((2, 1)))


def _random_case(rng):
    ndim = int(rng.integers(1, 5))
    grad_shape = tuple(int(n) for n in rng.integers(1, 5, size=ndim))
    dropped = int(rng.integers(0, ndim + 1))
    shape = tuple(1 if rng.random() < 0.4 else n for n in grad_shape[dropped:])
    return rng.standard_normal(grad_shape), shape


def test_matches_reference_on_random_shapes(kata, rng):
    """Random gradients of 1 to 4 axes, random target shapes that broadcast to them."""
    for _ in range(25):
        grad, shape = _random_case(rng)
        kata.check("unbroadcast", grad, shape)


def test_is_the_adjoint_of_broadcasting(kata, rng):
    """For every v of the input's shape: ⟨broadcast(v), grad⟩ = ⟨v, unbroadcast(grad)⟩."""
    for _ in range(10):
        grad, shape = _random_case(rng)
        v = rng.standard_normal(shape)
        result = kata.call("unbroadcast", grad, shape).value
        require(isinstance(result, np.ndarray) and result.shape == shape,
                f"unbroadcast(grad, {shape}) should have shape {shape}")
        left = float(np.sum(np.broadcast_to(v, grad.shape) * grad))
        right = float(np.sum(v * result))
        require(np.isclose(left, right, rtol=1e-9, atol=1e-9),
                f"for grad of shape {grad.shape} and shape {shape}: sum(broadcast(v)·grad) = {left!r} "
                f"but sum(v·unbroadcast(grad)) = {right!r}")


def test_shape_with_more_axes_raises(kata):
    """shape (2, 3, 4) cannot broadcast to a gradient of shape (3, 4): ValueError."""
    kata.raises("ValueError", "unbroadcast", np.ones((3, 4)), (2, 3, 4))


def test_incompatible_axis_raises(kata):
    """shape (2,) against a gradient of shape (2, 3): axes align at the END (2 vs 3): ValueError."""
    kata.raises("ValueError", "unbroadcast", np.ones((2, 3)), (2,))
    kata.raises("ValueError", "unbroadcast", np.ones((2, 3, 4)), (3, 2))
