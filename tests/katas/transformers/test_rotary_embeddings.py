"""Hidden tests for transformers/rotary_embeddings: apply_rotary_embeddings(x, positions, base=10000.0)."""
import numpy as np

from grader.testing import require

c, s = np.cos, np.sin


def test_one_pair_by_hand(kata):
    """D = 2 (θ = 1): (1, 0) at p = 1 turns to (cos 1, sin 1); (0, 1) at p = 2 turns to (−sin 2, cos 2)."""
    x = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    kata.check("apply_rotary_embeddings", x, np.array([0, 1, 2]),
               expected=np.array([[1.0, 0.0], [c(1.0), s(1.0)], [-s(2.0), c(2.0)]]))


def test_two_pairs_by_hand(kata):
    """D = 4, base 100: θ = (1, 1/10); x = (1, 0, 0, 1) at p = 3 gives (cos 3, sin 3, −sin 0.3, cos 0.3)."""
    # pair (0, 1) = (1, 0) rotated by 3·1; pair (2, 3) = (0, 1) rotated by 3·(1/10)
    kata.check("apply_rotary_embeddings", np.array([[1.0, 0.0, 0.0, 1.0]]), np.array([3]), base=100.0,
               expected=np.array([[c(3.0), s(3.0), -s(0.3), c(0.3)]]))


def test_default_base_by_hand(kata):
    """D = 4, base 10000: θ = (1, 1/100); every pair (1, 1) at p = 2 rotated by 2 and by 0.02."""
    # (1, 1) rotated by a: (cos a − sin a, sin a + cos a)
    kata.check("apply_rotary_embeddings", np.array([[1.0, 1.0, 1.0, 1.0]]), np.array([2]),
               expected=np.array([[c(2.0) - s(2.0), s(2.0) + c(2.0), c(0.02) - s(0.02), s(0.02) + c(0.02)]]))


def test_positions_need_not_start_at_zero(kata):
    """positions (5, 6): the angles use the given positions, not 0 … T − 1 (a KV cache continues at 5)."""
    x = np.array([[1.0, 0.0], [0.0, 2.0]])
    kata.check("apply_rotary_embeddings", x, [5, 6],
               expected=np.array([[c(5.0), s(5.0)], [-2 * s(6.0), 2 * c(6.0)]]))



def test_positions_need_not_be_consecutive(kata):
    """positions (2, 0, 7), D = 2: each token turns by its own position (cos 2, sin 2), (1, 0), (cos 7, sin 7), not by 2, 3, 4."""
    x = np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
    kata.check("apply_rotary_embeddings", x, np.array([2, 0, 7]),
               expected=np.array([[c(2.0), s(2.0)], [1.0, 0.0], [c(7.0), s(7.0)]]))


def test_position_zero_is_unchanged(kata, rng):
    """At position 0 every angle is 0: the result equals x (as a new array)."""
    x = rng.standard_normal((3, 1, 8))
    kata.check("apply_rotary_embeddings", x, np.array([0]), expected=x.copy(), rtol=0.0, atol=0.0)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes with no, one and two leading axes; random positions and bases."""
    arg_sets = []
    for lead in [(), (2,), (2, 3)]:
        for _ in range(2):
            t, d = int(rng.integers(1, 8)), 2 * int(rng.integers(1, 9))
            x = rng.standard_normal(lead + (t, d))
            positions = rng.integers(0, 100, size=t)
            arg_sets.append(((x, positions), {}))
            arg_sets.append(((x, positions), {"base": float(rng.uniform(10.0, 1e5))}))
    kata.check_each("apply_rotary_embeddings", arg_sets)


def test_odd_width_raises(kata):
    """D = 5 cannot be cut into pairs: ValueError, with two tokens and with none."""
    kata.raises("ValueError", "apply_rotary_embeddings", np.ones((2, 5)), np.array([0, 1]))
    # also with no tokens at all (T = 0): the width is still odd
    kata.raises("ValueError", "apply_rotary_embeddings", np.ones((0, 5)), np.array([], dtype=np.int64))


def test_lengths_are_kept(kata, rng):
    """A rotation keeps the length of every pair."""
    x = rng.standard_normal((4, 6))
    result = kata.call("apply_rotary_embeddings", x, np.array([3, 10, 0, 57]))
    y = np.asarray(result.value, dtype=float)
    require(y.shape == x.shape and np.allclose(np.hypot(y[:, 0::2], y[:, 1::2]), np.hypot(x[:, 0::2], x[:, 1::2]),
                                               rtol=1e-12, atol=1e-12),
            f"{result.shown}: the length of every pair (x_2i, x_2i+1) must stay the same")


def test_scores_depend_only_on_relative_position(kata, rng):
    """q at position m and k at position n: q·k after RoPE is the same for (m, n) and (m + s, n + s)."""
    d = 8
    q, k = rng.standard_normal(d), rng.standard_normal(d)
    x = np.stack([q, k])
    pairs = [(3, 1), (13, 11), (103, 101), (1, 3), (41, 43)]
    scores = []
    for m, n in pairs:
        result = kata.call("apply_rotary_embeddings", x, np.array([m, n]))
        y = np.asarray(result.value, dtype=float)
        scores.append(float(y[0] @ y[1]))
    require(np.allclose(scores[:3], scores[0], rtol=1e-9, atol=1e-12) and
            np.allclose(scores[3:], scores[3], rtol=1e-9, atol=1e-12),
            f"q·k after rotation should depend only on m − n: offsets m − n = 2 gave {np.round(scores[:3], 9)}, "
            f"m − n = −2 gave {np.round(scores[3:], 9)}")
