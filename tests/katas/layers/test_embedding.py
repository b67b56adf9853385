"""Hidden tests for layers/embedding: embedding_forward(ids, weight) and
embedding_backward(dout, ids, vocab_size, padding_idx=None) -> dweight."""
import numpy as np

from grader.testing import require

W3 = np.array([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]])
IDS = np.array([2, 0, 2])
DOUT = np.array([[1.0, 1.0], [2.0, 2.0], [10.0, 20.0]])


def test_forward_by_hand(kata):
    """ids (2, 0, 2) pick rows 2, 0, 2 of the table: [[4, 5], [0, 1], [4, 5]]."""
    kata.check("embedding_forward", IDS, W3, expected=np.array([[4.0, 5.0], [0.0, 1.0], [4.0, 5.0]]))


def test_backward_repeated_ids_accumulate_by_hand(kata):
    """ids (2, 0, 2): row 2 gets both its contributions (1, 1) + (10, 20) = (11, 21); row 0 gets (2, 2); row 1 zeros."""
    kata.check("embedding_backward", DOUT, IDS, 3, expected=np.array([[2.0, 2.0], [0.0, 0.0], [11.0, 21.0]]))


def test_two_dimensional_ids_by_hand(kata):
    """ids [[1, 1], [0, 1]] (N = 2, T = 2): out has shape (2, 2, D); row 1 of dweight sums three positions."""
    ids = np.array([[1, 1], [0, 1]])
    kata.check("embedding_forward", ids, W3,
               expected=np.array([[[2.0, 3.0], [2.0, 3.0]], [[0.0, 1.0], [2.0, 3.0]]]))
    dout = np.array([[[1.0, 0.0], [2.0, 0.0]], [[0.0, 5.0], [4.0, 0.0]]])
    # row 1: (1, 0) + (2, 0) + (4, 0) = (7, 0); row 0: (0, 5); row 2: zeros
    kata.check("embedding_backward", dout, ids, 3, expected=np.array([[0.0, 5.0], [7.0, 0.0], [0.0, 0.0]]))


def test_dweight_has_vocab_size_rows(kata):
    """Only id 0 appears but V = 4: dweight has 4 rows, the last three zero."""
    kata.check("embedding_backward", np.array([[3.0, -1.0]]), np.array([0]), 4,
               expected=np.array([[3.0, -1.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]))


def test_padding_idx_gets_no_gradient_by_hand(kata):
    """padding_idx = 2 with ids (2, 0, 2): row 2's gradient is zero, row 0 still gets (2, 2)."""
    kata.check("embedding_backward", DOUT, IDS, 3, padding_idx=2,
               expected=np.array([[2.0, 2.0], [0.0, 0.0], [0.0, 0.0]]))


def test_padding_idx_zero_and_forward_unchanged(kata):
    """padding_idx = 0 (a falsy int, still a padding index): row 0 gets zero; the forward still returns row 0 as stored."""
    kata.check("embedding_backward", DOUT, IDS, 3, padding_idx=0,
               expected=np.array([[0.0, 0.0], [0.0, 0.0], [11.0, 21.0]]))
    kata.check("embedding_forward", np.array([0]), W3, expected=np.array([[0.0, 1.0]]))


def test_last_valid_id(kata):
    """Boundary: id V − 1 = 2 is valid (the last row)."""
    kata.check("embedding_forward", np.array([2]), W3, expected=np.array([[4.0, 5.0]]))


def test_id_equal_to_vocab_size_raises(kata):
    """Boundary: id V = 3 is out of range: IndexError."""
    kata.raises("IndexError", "embedding_forward", np.array([0, 3]), W3)


def test_negative_id_raises(kata):
    """id −1 is out of range (numpy would silently give the last row): IndexError."""
    kata.raises("IndexError", "embedding_forward", np.array([1, -1]), W3)


def test_empty_ids(kata):
    """ids of shape (0,) and (2, 0): out is a float64 array of shape S + (D,), (0, D) and (2, 0, D); dweight is all zeros of shape (V, D)."""
    ids = np.zeros(0, dtype=np.int64)
    kata.check("embedding_forward", ids, W3, expected=np.zeros((0, 2)))
    kata.check("embedding_backward", np.zeros((0, 2)), ids, 3, expected=np.zeros((3, 2)))
    # an empty batch of shape (2, 0) keeps its shape: out is (2, 0, D), not (0, D)
    ids = np.zeros((2, 0), dtype=np.int64)
    kata.check("embedding_forward", ids, W3, expected=np.zeros((2, 0, 2)))
    kata.check("embedding_backward", np.zeros((2, 0, 2)), ids, 3, padding_idx=1, expected=np.zeros((3, 2)))


def test_matches_reference_on_random_batches(kata, rng):
    """Random (N, T) ids from a small vocabulary (many repeats), random tables and douts: against the reference."""
    forwards, backwards = [], []
    for _ in range(6):
        v, d = int(rng.integers(2, 8)), int(rng.integers(1, 5))
        shape = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 3))))
        ids = rng.integers(0, v, size=shape)
        weight = rng.standard_normal((v, d))
        forwards.append(((ids, weight), {}))
        padding = None if rng.random() < 0.5 else int(rng.integers(0, v))
        backwards.append(((rng.standard_normal(shape + (d,)), ids, v), {"padding_idx": padding}))
    kata.check_each("embedding_forward", forwards)
    kata.check_each("embedding_backward", backwards)


def test_backward_is_the_gradient_of_the_forward(kata, rng):
    """L = Σ out ⊙ G is linear in weight: dweight equals central differences of the reference forward."""
    ids, weight, G = rng.integers(0, 4, size=(3, 3)), rng.standard_normal((4, 2)), rng.standard_normal((3, 3, 2))
    numeric, h = np.zeros_like(weight), 1e-6
    for index in np.ndindex(weight.shape):
        plus, minus = weight.copy(), weight.copy()
        plus[index] += h
        minus[index] -= h
        numeric[index] = (np.sum(kata.reference.embedding_forward(ids, plus) * G)
                          - np.sum(kata.reference.embedding_forward(ids, minus) * G)) / (2 * h)
    kata.check("embedding_backward", G, ids, 4, expected=numeric, rtol=1e-6, atol=1e-8)


def test_backward_matches_your_own_forward(kata, rng):
    """Your dweight agrees with central differences of YOUR forward (ids with repeats, L = Σ out ⊙ G)."""
    ids, weight, G = np.array([[1, 0, 1], [1, 2, 0]]), rng.standard_normal((3, 2)), rng.standard_normal((2, 3, 2))
    result = kata.call("embedding_backward", G, ids, 3)
    numeric, h, sets = np.zeros_like(weight), 1e-6, []
    for index in np.ndindex(weight.shape):
        plus, minus = weight.copy(), weight.copy()
        plus[index] += h
        minus[index] -= h
        sets += [((ids, plus), {}), ((ids, minus), {})]
    outputs = iter(call.value for call in kata.calls("embedding_forward", sets))
    for index in np.ndindex(weight.shape):
        numeric[index] = (np.sum(np.asarray(next(outputs), dtype=float) * G)
                          - np.sum(np.asarray(next(outputs), dtype=float) * G)) / (2 * h)
    got = np.asarray(result.value, dtype=float)
    require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-6, atol=1e-8),
            f"{result.shown}: your dweight {np.round(got, 6).tolist()} is not the gradient of your forward pass; "
            f"central differences give {np.round(numeric, 6).tolist()}")
