"""Hidden tests for numerics/welford: welford(values), merge(a, b), variance(state, *, ddof=0)."""
import numpy as np

from grader.testing import require

DATA = [2, 4, 4, 4, 5, 5, 7, 9]   # mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32


def test_classic_example_by_hand(kata):
    """[2, 4, 4, 4, 5, 5, 7, 9]: count 8, mean 5.0, m2 = 9+1+1+1+0+0+4+16 = 32.0."""
    kata.check("welford", DATA, expected=(8, 5.0, 32.0))


def test_floats_by_hand(kata):
    """[1.5, 2.5] as a numpy array: mean 2.0, m2 = 0.25 + 0.25 = 0.5."""
    kata.check("welford", np.array([1.5, 2.5]), expected=(2, 2.0, 0.5))


def test_single_value(kata):
    """One value 3.5: (1, 3.5, 0.0)."""
    kata.check("welford", [3.5], expected=(1, 3.5, 0.0))


def test_empty_stream(kata):
    """No values: exactly (0, 0.0, 0.0), an int and two floats (not nan)."""
    for values in ([], np.zeros(0)):
        result = kata.check("welford", values, expected=(0, 0.0, 0.0))
        require(tuple(result.value) == (0, 0.0, 0.0), f"{result.shown} should be exactly (0, 0.0, 0.0), got {result.value!r}")


def test_large_offset_does_not_cancel(kata):
    """1e9 + [4, 7, 13, 16]: mean 1e9 + 10, m2 = 36 + 9 + 9 + 36 = 90 (Σx² − n·mean² loses every digit)."""
    kata.check("welford", 1e9 + np.array([4.0, 7.0, 13.0, 16.0]), expected=(4, 1e9 + 10.0, 90.0))


def test_int_array_gives_floats(kata):
    """A numpy int array [1, 2, 3, 4]: (4, 2.5, 5.0) with float mean and m2 (m2 = 2.25+0.25+0.25+2.25)."""
    kata.check("welford", np.array([1, 2, 3, 4]), expected=(4, 2.5, 5.0))


def test_merge_equal_halves_by_hand(kata):
    """merge((4, 3.5, 3.0), (4, 6.5, 11.0)): delta 3, mean 3.5 + 3·4/8 = 5, m2 = 3 + 11 + 9·4·4/8 = 32."""
    # welford([2, 4, 4, 4]) = (4, 3.5, 3.0); welford([5, 5, 7, 9]) = (4, 6.5, 11.0)
    kata.check("merge", (4, 3.5, 3.0), (4, 6.5, 11.0), expected=(8, 5.0, 32.0))


def test_merge_unequal_chunks_by_hand(kata):
    """merge((1, 2.0, 0.0), (7, 38/7, 152/7)) = (8, 5.0, 32.0): the mean is weighted by the counts."""
    # [2] and [4, 4, 4, 5, 5, 7, 9]: delta = 24/7; mean = 2 + (24/7)(7/8) = 5;
    # m2 = 0 + 152/7 + (24/7)²·1·7/8 = 152/7 + 72/7 = 32.
    kata.check("merge", (1, 2.0, 0.0), (7, 38 / 7, 152 / 7), expected=(8, 5.0, 32.0))
    kata.check("merge", (7, 38 / 7, 152 / 7), (1, 2.0, 0.0), expected=(8, 5.0, 32.0))


def test_merge_with_an_empty_partial(kata):
    """Merging with (0, 0.0, 0.0) on either side gives the other partial's values."""
    kata.check("merge", (0, 0.0, 0.0), (4, 6.5, 11.0), expected=(4, 6.5, 11.0))
    kata.check("merge", (4, 6.5, 11.0), (0, 0.0, 0.0), expected=(4, 6.5, 11.0))


def test_merge_two_empty_partials(kata):
    """merge of two empty partials is exactly (0, 0.0, 0.0) (no division by n = 0)."""
    result = kata.check("merge", (0, 0.0, 0.0), (0, 0.0, 0.0), expected=(0, 0.0, 0.0))
    require(tuple(result.value) == (0, 0.0, 0.0), f"{result.shown} should be exactly (0, 0.0, 0.0), got {result.value!r}")


def test_population_and_sample_variance_by_hand(kata):
    """variance((8, 5.0, 32.0)) = 32/8 = 4.0; with ddof=1 it is 32/7."""
    kata.check("variance", (8, 5.0, 32.0), expected=4.0)
    kata.check("variance", (8, 5.0, 32.0), ddof=1, expected=32 / 7)


def test_variance_at_the_ddof_boundary(kata):
    """count − ddof = 1 is fine: variance((1, 3.5, 0.0)) = 0.0 and variance((2, 2.0, 0.5), ddof=1) = 0.5."""
    kata.check("variance", (1, 3.5, 0.0), expected=0.0)
    kata.check("variance", (2, 2.0, 0.5), ddof=1, expected=0.5)


def test_variance_raises_when_count_equals_ddof(kata):
    """count − ddof = 0 raises ValueError: one value with ddof=1, or the empty stream with ddof=0."""
    kata.raises("ValueError", "variance", (1, 3.5, 0.0), ddof=1)
    kata.raises("ValueError", "variance", (0, 0.0, 0.0))
    kata.raises("ValueError", "variance", (2, 2.0, 0.5), ddof=3)


def test_matches_reference_on_random_streams(kata, rng):
    """Random streams of 1 to 50 values, some with large offsets."""
    arg_sets = []
    for offset in (0.0, 1e6, -1e8):
        values = offset + rng.normal(0.0, float(rng.uniform(0.1, 10.0)), size=int(rng.integers(1, 50)))
        arg_sets.append(((values,), {}))
        arg_sets.append((([float(v) for v in values],), {}))
    kata.check_each("welford", arg_sets)


def test_merge_matches_reference_on_random_partials(kata, rng):
    """Random partial results of chunks of different sizes and locations."""
    for _ in range(5):
        a = rng.normal(float(rng.uniform(-5, 5)), 2.0, size=int(rng.integers(1, 30)))
        b = rng.normal(float(rng.uniform(-5, 5)), 2.0, size=int(rng.integers(1, 30)))
        kata.check("merge", kata.expected("welford", a), kata.expected("welford", b))


def test_agrees_with_numpy_var(kata, rng):
    """welford then variance equals np.var(x, ddof=0) and np.var(x, ddof=1) on random data."""
    x = 1e5 + rng.normal(0.0, 3.0, size=40)
    state = kata.call("welford", x).value
    require(isinstance(state, tuple) and len(state) == 3, f"welford should return a tuple of 3 items, got {state!r}")
    count, mean, m2 = state
    require(count == 40 and np.isclose(mean, np.mean(x), rtol=1e-12), "count and mean should match len(x), np.mean(x)")
    for ddof in (0, 1):
        got = kata.call("variance", tuple(state), ddof=ddof).value
        require(np.isclose(got, np.var(x, ddof=ddof), rtol=1e-8),
                f"variance(welford(x), ddof={ddof}) = {got!r}, but np.var(x, ddof={ddof}) = {np.var(x, ddof=ddof)!r}")


def test_merging_chunks_equals_one_pass(kata, rng):
    """Splitting a stream into 3 chunks and merging their partials gives the one-pass result."""
    x = rng.normal(2.0, 5.0, size=30)
    parts = [kata.call("welford", chunk).value for chunk in (x[:7], x[7:8], x[8:])]
    merged = kata.call("merge", kata.call("merge", parts[0], parts[1]).value, parts[2]).value
    whole = kata.expected("welford", x)
    require(isinstance(merged, tuple) and merged[0] == whole[0] and np.allclose(merged[1:], whole[1:], rtol=1e-10),
            f"merging the partials of 3 chunks gave {merged!r}, but one pass over the data gives {whole!r}")
