"""Hidden tests for llm/sliding_window_attention: sliding_window_attention(q, k, v, window)."""
import numpy as np

from grader.testing import require

ZEROS = np.zeros((1, 4, 1))                           # all scores 0: plain averages
VALUES = np.arange(1.0, 5.0).reshape(1, 4, 1)         # 1, 2, 3, 4


def _reference_by_loops(q, k, v, window):
    H, T, Dh = q.shape
    out = np.zeros_like(q)
    for h in range(H):
        for t in range(T):
            keep = [s for s in range(T) if t - window < s <= t]
            sc = np.array([q[h, t] @ k[h, s] for s in keep]) / np.sqrt(Dh)
            w = np.exp(sc - sc.max())
            out[h, t] = (w / w.sum()) @ v[h, keep]
    return out


def test_window_two_by_hand(kata):
    """W = 2: position t averages values t − 1 and t: [1, 1.5, 2.5, 3.5] (seeing 3 positions would give [1, 1.5, 2, 3])."""
    kata.check("sliding_window_attention", ZEROS, ZEROS, VALUES, 2,
               expected=np.array([1.0, 1.5, 2.5, 3.5]).reshape(1, 4, 1))


def test_window_three_boundary_by_hand(kata):
    """W = 3: position 3 sees s = 1, 2, 3 (s = 0 is exactly t − W, excluded): [1, 1.5, 2, 3]."""
    kata.check("sliding_window_attention", ZEROS, ZEROS, VALUES, 3,
               expected=np.array([1.0, 1.5, 2.0, 3.0]).reshape(1, 4, 1))


def test_window_one_sees_only_itself(kata):
    """W = 1: every position attends only to itself, so the output equals v (a new array)."""
    kata.check("sliding_window_attention", ZEROS, ZEROS, VALUES, 1, expected=VALUES.copy())


def test_window_at_least_t_is_causal_attention(kata):
    """W = T = 4 and W = 100: ordinary causal attention, running averages [1, 1.5, 2, 2.5]."""
    want = np.array([1.0, 1.5, 2.0, 2.5]).reshape(1, 4, 1)
    kata.check("sliding_window_attention", ZEROS, ZEROS, VALUES, 4, expected=want)
    kata.check("sliding_window_attention", ZEROS, ZEROS, VALUES, 100, expected=want)


def test_scale_is_one_over_sqrt_head_dim_by_hand(kata):
    """Dh = 4, W = 2: q·k = 4 scaled by 1/2 gives score 2 against 0: weight e²/(1 + e²) = 0.8808 on the newer value."""
    q = np.array([[[0.0] * 4, [1.0] * 4]])
    k = np.array([[[0.0] * 4, [1.0] * 4]])
    v = np.array([[[0.0] * 4, [1.0, 2.0, 3.0, 4.0]]])
    w = np.exp(2.0) / (1.0 + np.exp(2.0))
    kata.check("sliding_window_attention", q, k, v, 2,
               expected=np.array([[[0.0] * 4, [w, 2 * w, 3 * w, 4 * w]]]))


def test_large_scores_stay_finite(kata):
    """Scores in the thousands: subtract the row max (the newest key wins with weight 1 here)."""
    k = np.array([[[1.0], [2.0], [3.0]]])
    kata.check("sliding_window_attention", np.full((1, 3, 1), 1000.0), k, np.array([[[10.0], [20.0], [30.0]]]), 2,
               expected=np.array([[[10.0], [20.0], [30.0]]]))


def test_row_maximum_is_not_always_the_newest_key(kata):
    """W = 2, keys (3, 2, 1), q = ±1000: head 0 scores (3000, 2000) at position 1, so subtract the row max 3000, not the own score (exp(1000) overflows): outputs v0, v0, v1; head 1 (q = −1000): v0, v1, v2."""
    k = np.array([[[3.0], [2.0], [1.0]]] * 2)
    q = np.concatenate([np.full((1, 3, 1), 1000.0), np.full((1, 3, 1), -1000.0)])
    v = np.array([[[10.0], [20.0], [30.0]]] * 2)
    kata.check("sliding_window_attention", q, k, v, 2,
               expected=np.array([[[10.0], [10.0], [20.0]], [[10.0], [20.0], [30.0]]]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random heads, lengths and widths; every window from 1 to T + 1."""
    arg_sets = []
    for H, T, Dh in ((1, 5, 2), (3, 9, 4), (2, 1, 3)):
        q, k, v = (rng.standard_normal((H, T, Dh)) for _ in range(3))
        arg_sets += [((q, k, v, window), {}) for window in range(1, T + 2)]
    kata.check_each("sliding_window_attention", arg_sets)


def test_matches_a_loop_over_allowed_positions(kata, rng):
    """The learner's output equals a plain loop that keeps exactly the positions t − W < s <= t."""
    q, k, v = (rng.standard_normal((2, 7, 3)) for _ in range(3))
    for window in (1, 3, 6):
        out = kata.call("sliding_window_attention", q, k, v, window).value
        require(np.allclose(out, _reference_by_loops(q, k, v, window), rtol=1e-9, atol=1e-12),
                f"window {window}: the result differs from attention over exactly the positions t − W < s ≤ t")


def test_window_below_one_raises(kata):
    """window = 0 (and negative) raise ValueError."""
    kata.raises("ValueError", "sliding_window_attention", ZEROS, ZEROS, VALUES, 0)
    kata.raises("ValueError", "sliding_window_attention", ZEROS, ZEROS, VALUES, -2)
    # also for a single position, where the answer would not depend on the window
    kata.raises("ValueError", "sliding_window_attention", ZEROS[:, :1], ZEROS[:, :1], VALUES[:, :1], 0)
