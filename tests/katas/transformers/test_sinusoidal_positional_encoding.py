"""Hidden tests for transformers/sinusoidal_positional_encoding(T, D, base=10000.0)."""
import numpy as np

from grader.testing import require

R3 = 21.544346900318832      # 10000^(1/3) = 100^(2/3)
R23 = 464.15888336127773     # 10000^(2/3)


def test_position_zero_by_hand(kata):
    """Position 0: every sine is sin(0) = 0 and every cosine cos(0) = 1, so the row is (0, 1, 0, 1)."""
    kata.check("sinusoidal_positional_encoding", 1, 4, expected=np.array([[0.0, 1.0, 0.0, 1.0]]))


def test_two_frequencies_by_hand(kata):
    """D = 4, base 100: pair 0 has frequency 1/100^0 = 1, pair 1 has 1/100^(2/4) = 1/10."""
    s, c = np.sin, np.cos
    kata.check("sinusoidal_positional_encoding", 3, 4, base=100.0,
               expected=np.array([[0.0, 1.0, 0.0, 1.0],
                                  [s(1.0), c(1.0), s(0.1), c(0.1)],
                                  [s(2.0), c(2.0), s(0.2), c(0.2)]]))


def test_default_base_by_hand(kata):
    """D = 6, base 10000: frequencies 1, 10000^(−2/6) = 1/21.544…, 10000^(−4/6) = 1/464.158…"""
    s, c = np.sin, np.cos
    kata.check("sinusoidal_positional_encoding", 2, 6,
               expected=np.array([[0.0, 1.0, 0.0, 1.0, 0.0, 1.0],
                                  [s(1.0), c(1.0), s(1 / R3), c(1 / R3), s(1 / R23), c(1 / R23)]]))


def test_odd_width_by_hand(kata):
    """D = 3, base 100: the last column is a lone sine with exponent 2i/D = 2/3: sin(pos / 100^(2/3))."""
    s, c = np.sin, np.cos
    kata.check("sinusoidal_positional_encoding", 2, 3, base=100.0,
               expected=np.array([[0.0, 1.0, 0.0], [s(1.0), c(1.0), s(1 / R3)]]))


def test_width_one(kata):
    """D = 1: a single sine column of frequency 1: sin(0), sin(1), sin(2)."""
    kata.check("sinusoidal_positional_encoding", 3, 1, expected=np.array([[0.0], [np.sin(1.0)], [np.sin(2.0)]]))


def test_no_positions(kata):
    """T = 0: an empty float64 array of shape (0, D)."""
    kata.check("sinusoidal_positional_encoding", 0, 4, expected=np.zeros((0, 4)))


def test_matches_reference_on_random_sizes(kata, rng):
    """Random T (1 to 50), D (1 to 64, odd ones included) and base."""
    arg_sets = []
    for _ in range(8):
        t, d = int(rng.integers(1, 51)), int(rng.integers(1, 65))
        arg_sets.append(((t, d), {}))
        arg_sets.append(((t, d), {"base": float(rng.uniform(2.0, 1e5))}))
    kata.check_each("sinusoidal_positional_encoding", arg_sets)


def test_shift_is_a_rotation_of_each_pair(kata):
    """Each (sin, cos) pair at pos + k is the pair at pos rotated by k·ω: a fixed linear map of the relative offset."""
    d, base, k = 8, 10000.0, 5
    result = kata.call("sinusoidal_positional_encoding", 40, d)
    pe = np.asarray(result.value, dtype=float)
    require(pe.shape == (40, d), f"{result.shown} should have shape (40, {d}), got {pe.shape}")
    for i in range(d // 2):
        w = k / base ** (2 * i / d)
        s, c = pe[:-k, 2 * i], pe[:-k, 2 * i + 1]
        # sin(a + w) = sin a cos w + cos a sin w; cos(a + w) = cos a cos w − sin a sin w
        require(np.allclose(pe[k:, 2 * i], s * np.cos(w) + c * np.sin(w), atol=1e-9)
                and np.allclose(pe[k:, 2 * i + 1], c * np.cos(w) - s * np.sin(w), atol=1e-9),
                f"{result.shown}: columns {2 * i} and {2 * i + 1} are not sin and cos of pos / base^({2 * i}/{d})")
