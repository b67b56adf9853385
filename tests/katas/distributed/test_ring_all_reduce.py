"""Hidden tests for distributed/ring_all_reduce: ring_all_reduce(tensors) -> (results, bytes_sent)."""
import numpy as np

from grader.testing import require


def f(values):
    return np.array(values, dtype=np.float64)


def i64(values):
    return np.array(values, dtype=np.int64)


def test_two_ranks_by_hand(kata):
    """N = 2, L = 3: both ranks end with [11, 22, 33]; chunks of 2 and 1 entries, each rank sends 3 entries = 24 bytes."""
    kata.check("ring_all_reduce", [f([1.0, 2.0, 3.0]), f([10.0, 20.0, 30.0])],
               expected=([f([11.0, 22.0, 33.0])] * 2, i64([24, 24])))


def test_uneven_chunks_bytes_by_hand(kata):
    """N = 3, L = 5: chunks 2, 2, 1 (array_split); rank 0 sends 3 + 4 entries (56 B), rank 1 4 + 3 (56 B), rank 2 3 + 3 (48 B)."""
    tensors = [f([0.0, 1.0, 2.0, 3.0, 4.0]) + 10.0 * r for r in range(3)]
    kata.check("ring_all_reduce", tensors,
               expected=([f([30.0, 33.0, 36.0, 39.0, 42.0])] * 3, i64([56, 56, 48])))


def test_fewer_entries_than_ranks(kata):
    """N = 3, L = 2: chunks 1, 1, 0; bytes 24, 24, 16 (an empty chunk costs nothing)."""
    tensors = [f([0.5, -1.5]), f([0.25, 2.0]), f([-3.0, 0.125])]
    kata.check("ring_all_reduce", tensors, expected=([f([-2.25, 0.625])] * 3, i64([24, 24, 16])))


def test_summation_order_starts_at_the_chunks_rank(kata):
    """Ranks [1, 1, 1], [1e16]·3, [-1e16]·3: chunk 1 sums (1e16 − 1e16) + 1 = 1, chunks 0 and 2 lose the 1: [0, 1, 0]."""
    # chunk 0: (1 + 1e16) − 1e16 = 0; chunk 1: (1e16 − 1e16) + 1 = 1; chunk 2: (−1e16 + 1) + 1e16 = 0
    tensors = [f([1.0, 1.0, 1.0]), f([1e16] * 3), f([-1e16] * 3)]
    kata.check("ring_all_reduce", tensors, expected=([f([0.0, 1.0, 0.0])] * 3, i64([32, 32, 32])), rtol=0, atol=0)


def test_summation_order_with_non_dyadic_values(kata):
    """Four ranks of 0.1, 0.2, 0.3, 0.7 in rotated order: each chunk is summed from its own rank, bit for bit."""
    a, b, c, d = 0.1, 0.2, 0.3, 0.7
    tensors = [f([a, b, c, d]), f([b, c, d, a]), f([c, d, a, b]), f([d, a, b, c])]
    rows = np.array(tensors)
    # chunk j (one entry) is summed rank j, j+1, j+2, j+3 (mod 4), left to right
    expected = f([((rows[j % 4, j] + rows[(j + 1) % 4, j]) + rows[(j + 2) % 4, j]) + rows[(j + 3) % 4, j]
                  for j in range(4)])
    kata.check("ring_all_reduce", tensors, expected=([expected] * 4, i64([48] * 4)), rtol=0, atol=0)


def test_one_rank(kata):
    """N = 1: the result is a copy of the one vector and nothing is sent."""
    kata.check("ring_all_reduce", [f([0.1, -0.2])], expected=([f([0.1, -0.2])], i64([0])))


def test_empty_vectors(kata):
    """L = 0 on three ranks: empty float64 results, 0 bytes each."""
    kata.check("ring_all_reduce", [np.zeros(0)] * 3, expected=([np.zeros(0)] * 3, i64([0, 0, 0])))


def test_int_vectors_give_floats(kata):
    """Int vectors on N = 4, L = 4 (one entry per chunk): float64 sums; each rank sends 6 entries (48 B)."""
    tensors = [np.array([1, 2, 3, 4]) * (r + 1) for r in range(4)]
    kata.check("ring_all_reduce", tensors, expected=([f([10.0, 20.0, 30.0, 40.0])] * 4, i64([48] * 4)))


def test_large_magnitudes_both_signs(kata):
    """±1e15 and small values on N = 2: the ring sum matches the exact one ([1e15 + 0.5, -1e15 - 0.5])."""
    kata.check("ring_all_reduce", [f([1e15, -1e15]), f([0.5, -0.5])],
               expected=([f([1e15 + 0.5, -1e15 - 0.5])] * 2, i64([16, 16])))


def test_every_rank_gets_the_same_bits(kata, rng):
    """Random N ≤ 8, L ≤ 20: every rank's result is bit-for-bit identical (the all-gather copies, never re-adds)."""
    tensors = [rng.standard_normal(13) * 10.0 ** rng.uniform(-3, 3, size=13) for _ in range(5)]
    results, _ = kata.call("ring_all_reduce", tensors).value
    require(all(np.array_equal(results[0], r) for r in results[1:]),
            "the ranks do not hold bit-for-bit the same vector after the all-gather")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random N from 1 to 8 and L from 0 to 20, magnitudes spread over many orders, compared bit for bit."""
    arg_sets = []
    for _ in range(10):
        n, length = int(rng.integers(1, 9)), int(rng.integers(0, 21))
        tensors = [rng.standard_normal(length) * 10.0 ** rng.uniform(-3, 16, size=length) for _ in range(n)]
        arg_sets.append(((tensors,), {}))
    kata.check_each("ring_all_reduce", arg_sets, rtol=0, atol=0)


def test_invalid_inputs_raise(kata):
    """ValueError: no ranks, vectors of different lengths, a 2-D array."""
    kata.raises("ValueError", "ring_all_reduce", [])
    kata.raises("ValueError", "ring_all_reduce", [f([1.0, 2.0]), f([1.0])])
    kata.raises("ValueError", "ring_all_reduce", [np.ones((2, 2)), np.ones((2, 2))])
