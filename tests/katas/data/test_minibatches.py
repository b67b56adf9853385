"""Hidden tests for data/minibatches: minibatches(n, *, batch_size, shuffle, seed, drop_last=False)."""
import numpy as np

from grader.testing import require


def _batches(*lists):
    return [np.array(b, dtype=np.int64) for b in lists]


def test_in_order_by_hand(kata):
    """n = 7, batch_size 3, no shuffle: [0, 1, 2], [3, 4, 5] and the short last batch [6] is kept."""
    kata.check("minibatches", 7, batch_size=3, shuffle=False, seed=0,
               expected=_batches([0, 1, 2], [3, 4, 5], [6]))


def test_drop_last_by_hand(kata):
    """n = 7, batch_size 3, drop_last: the short last batch [6] is dropped."""
    kata.check("minibatches", 7, batch_size=3, shuffle=False, seed=0, drop_last=True,
               expected=_batches([0, 1, 2], [3, 4, 5]))


def test_shuffled_by_hand(kata):
    """seed 0: default_rng(0).permutation(5) = [2, 4, 3, 0, 1], cut into [2, 4], [3, 0], [1]."""
    kata.check("minibatches", 5, batch_size=2, shuffle=True, seed=0, expected=_batches([2, 4], [3, 0], [1]))


def test_shuffled_drop_last_by_hand(kata):
    """seed 3: permutation(6) = [2, 5, 4, 1, 3, 0]; batch_size 4 with drop_last keeps only [2, 5, 4, 1]."""
    kata.check("minibatches", 6, batch_size=4, shuffle=True, seed=3, drop_last=True, expected=_batches([2, 5, 4, 1]))


def test_n_divisible_by_batch_size(kata):
    """n = 6, batch_size 3: exactly two full batches, with or without drop_last (nothing dropped, no empty batch)."""
    kata.check("minibatches", 6, batch_size=3, shuffle=False, seed=0, drop_last=True,
               expected=_batches([0, 1, 2], [3, 4, 5]))
    kata.check("minibatches", 6, batch_size=3, shuffle=False, seed=0, drop_last=False,
               expected=_batches([0, 1, 2], [3, 4, 5]))
    # default_rng(3).permutation(6) = [2, 5, 4, 1, 3, 0].
    kata.check("minibatches", 6, batch_size=2, shuffle=True, seed=3, drop_last=True,
               expected=_batches([2, 5], [4, 1], [3, 0]))


def test_matches_reference_on_random_settings(kata, rng):
    """Random n, batch sizes (dividing n or not), seeds, shuffle and drop_last."""
    arg_sets = []
    for _ in range(12):
        n = int(rng.integers(1, 50))
        arg_sets.append(((n,), dict(batch_size=int(rng.integers(1, n + 3)), shuffle=bool(rng.integers(0, 2)),
                                    seed=int(rng.integers(0, 10_000)), drop_last=bool(rng.integers(0, 2)))))
    kata.check_each("minibatches", arg_sets)


def test_batch_size_equal_to_n(kata):
    """batch_size = n = 4: one full batch, kept even with drop_last."""
    kata.check("minibatches", 4, batch_size=4, shuffle=False, seed=0, drop_last=True, expected=_batches([0, 1, 2, 3]))
    kata.check("minibatches", 4, batch_size=4, shuffle=False, seed=0, expected=_batches([0, 1, 2, 3]))


def test_batch_size_larger_than_n(kata):
    """batch_size 10 > n = 3: one batch [0, 1, 2]; with drop_last that short batch is dropped, giving []."""
    kata.check("minibatches", 3, batch_size=10, shuffle=False, seed=0, expected=_batches([0, 1, 2]))
    kata.check("minibatches", 3, batch_size=10, shuffle=False, seed=0, drop_last=True, expected=[])


def test_batches_of_one(kata):
    """batch_size 1 with seed 1: default_rng(1).permutation(4) = [0, 1, 2, 3], one index per batch."""
    kata.check("minibatches", 4, batch_size=1, shuffle=True, seed=1, expected=_batches([0], [1], [2], [3]))


def test_no_samples(kata):
    """n = 0: an empty list, with or without shuffling and drop_last."""
    kata.check("minibatches", 0, batch_size=3, shuffle=False, seed=0, expected=[])
    kata.check("minibatches", 0, batch_size=3, shuffle=True, seed=0, drop_last=True, expected=[])


def test_batch_size_below_one_raises(kata):
    """batch_size 0 or −2 raises ValueError."""
    kata.raises("ValueError", "minibatches", 5, batch_size=0, shuffle=False, seed=0)
    kata.raises("ValueError", "minibatches", 5, batch_size=-2, shuffle=False, seed=0)


def test_negative_n_raises(kata):
    """n = −1 raises ValueError."""
    kata.raises("ValueError", "minibatches", -1, batch_size=2, shuffle=False, seed=0)


def test_batches_cover_a_permutation(kata):
    """Property: without drop_last the batches together are a permutation of 0 … n−1, all int64."""
    result = kata.call("minibatches", 53, batch_size=8, shuffle=True, seed=42)
    batches = result.value
    require(isinstance(batches, list) and all(type(b) is np.ndarray and b.dtype == np.int64 for b in batches),
            f"{result.shown} should return a list of int64 numpy arrays")
    require(np.array_equal(np.sort(np.concatenate(batches)), np.arange(53)),
            f"{result.shown}: together the batches should hold every index 0…52 exactly once")
    require([len(b) for b in batches] == [8] * 6 + [5],
            f"{result.shown}: expected six batches of 8 and a last batch of 5, got sizes {[len(b) for b in batches]}")


def test_seed_changes_the_order(kata):
    """Different seeds give different orders; shuffle=False ignores the seed."""
    first = kata.call("minibatches", 20, batch_size=20, shuffle=True, seed=0)
    second = kata.call("minibatches", 20, batch_size=20, shuffle=True, seed=1)
    require(not np.array_equal(first.value[0], second.value[0]),
            f"{first.shown} and {second.shown} gave the same order: shuffle with np.random.default_rng(seed)")


def test_batch_size_is_checked_before_the_shortcut(kata):
    """n = 0 gives no batch, but batch_size is checked before the shortcut: batch_size = 0 raises ValueError."""
    kata.raises("ValueError", "minibatches", 0, batch_size=0, shuffle=False, seed=0)
    kata.raises("ValueError", "minibatches", 0, batch_size=-1, shuffle=True, seed=0)
