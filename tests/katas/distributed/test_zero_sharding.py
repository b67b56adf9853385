"""Hidden tests for distributed/zero_sharding: zero_sharding(n_params, n_ranks, stage, ...) -> (shards, bytes_per_rank)."""
import numpy as np

from grader.testing import require

SHARDS_10_3 = np.array([[0, 4], [4, 7], [7, 10]], dtype=np.int64)


def i64(values):
    return np.array(values, dtype=np.int64)


def test_stage_0_replicates_everything(kata):
    """Stage 0, 10 parameters on 3 ranks: (2 + 2 + 12)·10 = 160 bytes on every rank; shards 4, 3, 3."""
    kata.check("zero_sharding", 10, 3, 0, expected=(SHARDS_10_3, i64([160, 160, 160])))


def test_stage_1_shards_the_optimizer_state(kata):
    """Stage 1: 4·10 + 12·[4, 3, 3] = [88, 76, 76]."""
    kata.check("zero_sharding", 10, 3, 1, expected=(SHARDS_10_3, i64([88, 76, 76])))


def test_stage_2_shards_gradients_too(kata):
    """Stage 2: 2·10 + 14·[4, 3, 3] = [76, 62, 62]."""
    kata.check("zero_sharding", 10, 3, 2, expected=(SHARDS_10_3, i64([76, 62, 62])))


def test_stage_3_shards_parameters_too(kata):
    """Stage 3: 16·[4, 3, 3] = [64, 48, 48]."""
    kata.check("zero_sharding", 10, 3, 3, expected=(SHARDS_10_3, i64([64, 48, 48])))


def test_other_byte_counts(kata):
    """fp32 training with SGD momentum (4, 4, 8 bytes), stage 1, 10 parameters on 4 ranks: 8·10 + 8·[3, 3, 2, 2]."""
    kata.check("zero_sharding", 10, 4, 1, bytes_param=4, bytes_grad=4, bytes_optim=8,
               expected=(i64([[0, 3], [3, 6], [6, 8], [8, 10]]), i64([104, 104, 96, 96])))


def test_one_rank(kata):
    """N = 1: one shard [0, 7) and 16·7 = 112 bytes at every stage."""
    for stage in range(4):
        kata.check("zero_sharding", 7, 1, stage, expected=(i64([[0, 7]]), i64([112])))


def test_fewer_parameters_than_ranks(kata):
    """2 parameters on 3 ranks, stage 3: shards [0, 1), [1, 2), [2, 2) (empty); bytes 16, 16, 0."""
    kata.check("zero_sharding", 2, 3, 3, expected=(i64([[0, 1], [1, 2], [2, 2]]), i64([16, 16, 0])))


def test_no_parameters(kata):
    """0 parameters on 2 ranks: empty shards [0, 0) and 0 bytes."""
    kata.check("zero_sharding", 0, 2, 1, expected=(i64([[0, 0], [0, 0]]), i64([0, 0])))


def test_a_trillion_parameters(kata):
    """10¹² + 5 parameters on 64 ranks, stage 1: the first 5 shards have 15625000001; rank 0 holds 4·(10¹² + 5) + 12·15625000001 bytes, exactly."""
    shards, per_rank = kata.check("zero_sharding", 10**12 + 5, 64, 1).value
    expected = 4 * (10**12 + 5) + 12 * 15625000001
    require(int(per_rank[0]) == expected, f"rank 0 holds {int(per_rank[0])} bytes; expected {expected}")
    require(int(per_rank[5]) == 4 * (10**12 + 5) + 12 * 15625000000, "rank 5 owns one parameter fewer than rank 0")


def test_trillion_even_stage_2(kata):
    """10¹² parameters on 64 ranks, stage 2: 2·10¹² + 14·15625000000 = 2218750000000 bytes on every rank."""
    shards = np.stack([np.arange(64) * 15625000000, np.arange(1, 65) * 15625000000], axis=1).astype(np.int64)
    kata.check("zero_sharding", 10**12, 64, 2, expected=(shards, np.full(64, 2218750000000, dtype=np.int64)))


def test_exact_beyond_float64_integers(kata):
    """10¹⁵ + 7 parameters, 1 rank, stage 0, bytes (2, 2, 13): 17·(10¹⁵ + 7) = 17000000000000119 exactly (float64 cannot hold it)."""
    kata.check("zero_sharding", 10**15 + 7, 1, 0, bytes_optim=13,
               expected=(i64([[0, 10**15 + 7]]), i64([17000000000000119])))


def test_matches_reference_on_random_sizes(kata, rng):
    """Random n_params (0 to 10⁹), n_ranks 1 to 64, every stage, random byte counts."""
    arg_sets = []
    for _ in range(10):
        arg_sets.append(((int(rng.integers(0, 10**9)), int(rng.integers(1, 65)), int(rng.integers(0, 4))),
                         dict(bytes_param=int(rng.integers(0, 5)), bytes_grad=int(rng.integers(0, 5)),
                              bytes_optim=int(rng.integers(0, 17)))))
    kata.check_each("zero_sharding", arg_sets)


def test_invalid_arguments_raise(kata):
    """ValueError: stage 4 or -1, n_ranks 0, n_params -1, a negative byte count, a float, a bool."""
    kata.raises_each([
        ("ValueError", "zero_sharding", (10, 2, 4), {}),
        ("ValueError", "zero_sharding", (10, 2, -1), {}),
        ("ValueError", "zero_sharding", (10, 0, 1), {}),
        ("ValueError", "zero_sharding", (-1, 2, 1), {}),
        ("ValueError", "zero_sharding", (10, 2, 1), {"bytes_optim": -12}),
        ("ValueError", "zero_sharding", (10.0, 2, 1), {}),
        ("ValueError", "zero_sharding", (10, True, 1), {}),
    ])
