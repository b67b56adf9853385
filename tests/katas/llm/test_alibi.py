"""Hidden tests for llm/alibi: alibi_slopes(n_heads), alibi_bias(n_heads, q_len, k_len), alibi_attention(q, k, v)."""
import numpy as np

from grader.testing import require

NEG = -np.inf


def _slopes_by_recursion(n):
    """The paper's rule, written independently: powers of two directly, others from n and 2n."""
    if n & (n - 1) == 0:
        start = 2.0 ** (-8.0 / n)
        return [start ** h for h in range(1, n + 1)]
    low = 2 ** int(np.floor(np.log2(n)))
    return _slopes_by_recursion(low) + _slopes_by_recursion(2 * low)[::2][:n - low]


def _attention_by_loops(q, k, v):
    """ALiBi attention with loops, the bias in BLOOM's form m·j (equal after softmax)."""
    H, Tq, D = q.shape
    Tk = k.shape[1]
    m = _slopes_by_recursion(H)
    out = np.zeros((H, Tq, D))
    for h in range(H):
        for i in range(Tq):
            p = Tk - Tq + i
            s = np.array([q[h, i] @ k[h, j] / np.sqrt(D) + m[h] * j for j in range(p + 1)])
            w = np.exp(s - s.max())
            out[h, i] = (w / w.sum()) @ v[h, :p + 1]
    return out


# -- slopes ----------------------------------------------------------------------------------

def test_slopes_eight_heads_by_hand(kata):
    """H = 8: m_h = 2^(−8h/8) = 2^(−h): 1/2, 1/4, …, 1/256."""
    kata.check("alibi_slopes", 8, expected=np.array([2.0 ** -h for h in range(1, 9)]))


def test_slopes_powers_of_two_by_hand(kata):
    """H = 1: 1/256; H = 2: 1/16, 1/256; H = 4: 1/4, 1/16, 1/64, 1/256 (the ratio is 2^(−8/H))."""
    kata.check("alibi_slopes", 1, expected=np.array([1 / 256]))
    kata.check("alibi_slopes", 2, expected=np.array([1 / 16, 1 / 256]))
    kata.check("alibi_slopes", 4, expected=np.array([1 / 4, 1 / 16, 1 / 64, 1 / 256]))


def test_slopes_six_heads_by_hand(kata):
    """H = 6 (not a power of two): the 4 slopes of 4 heads, then the 1st and 3rd of 8 heads: 1/4, 1/16, 1/64, 1/256, 1/2, 1/8."""
    kata.check("alibi_slopes", 6, expected=np.array([1 / 4, 1 / 16, 1 / 64, 1 / 256, 1 / 2, 1 / 8]))


def test_slopes_three_and_five_heads_by_hand(kata):
    """H = 3: 1/16, 1/256, then 1/4 (the 1st of 4 heads); H = 5: the 4 of 4 heads, then 1/2."""
    kata.check("alibi_slopes", 3, expected=np.array([1 / 16, 1 / 256, 1 / 4]))
    kata.check("alibi_slopes", 5, expected=np.array([1 / 4, 1 / 16, 1 / 64, 1 / 256, 1 / 2]))


def test_slopes_twelve_heads_are_not_dyadic(kata):
    """H = 12: the 8 slopes of 8 heads, then 2^(−0.5), 2^(−1.5), 2^(−2.5), 2^(−3.5) (from 16 heads, even indices)."""
    kata.check("alibi_slopes", 12, expected=np.array([2.0 ** -h for h in range(1, 9)]
                                                      + [2.0 ** -0.5, 2.0 ** -1.5, 2.0 ** -2.5, 2.0 ** -3.5]))


def test_slopes_every_head_count_up_to_sixteen(kata):
    """H = 1 … 16 against the paper's rule written independently (7, 9–11, 13–15 included)."""
    kata.check_each("alibi_slopes", [((n,), {}) for n in range(1, 17)],
                    expected=[np.array(_slopes_by_recursion(n)) for n in range(1, 17)])


def test_slopes_bad_heads_raise(kata):
    """n_heads < 1: ValueError."""
    kata.raises("ValueError", "alibi_slopes", 0)
    kata.raises("ValueError", "alibi_slopes", -4)


# -- bias ------------------------------------------------------------------------------------

def test_bias_square_by_hand(kata):
    """H = 2, 3 × 3: head 0 (m = 1/16) has −1/16 · (i − j) on and below the diagonal, −inf above; head 1 the same with 1/256."""
    def head(m):
        return [[0.0, NEG, NEG], [-m, 0.0, NEG], [-2 * m, -m, 0.0]]
    kata.check("alibi_bias", 2, 3, 3, expected=np.array([head(1 / 16), head(1 / 256)]))


def test_bias_decode_step_by_hand(kata):
    """q_len = 1, k_len = 5, H = 8: the one query is position 4 and sees every key: −m_h · (4, 3, 2, 1, 0)."""
    m = np.array([2.0 ** -h for h in range(1, 9)])
    want = -m[:, None, None] * np.array([4.0, 3.0, 2.0, 1.0, 0.0])[None, None, :]
    kata.check("alibi_bias", 8, 1, 5, expected=want + 0.0)


def test_bias_chunk_of_newest_queries_by_hand(kata):
    """q_len = 2, k_len = 4, H = 1 (m = 1/256): the queries are positions 2 and 3, so query 0 sees keys 0–2 and query 1 all four."""
    m = 1 / 256
    kata.check("alibi_bias", 1, 2, 4,
               expected=np.array([[[-2 * m, -m, 0.0, NEG], [-3 * m, -2 * m, -m, 0.0]]]))


def test_bias_six_heads_uses_their_slopes(kata):
    """H = 6, 2 × 2: the one off-diagonal entry of head h is −m_h with m = 1/4, 1/16, 1/64, 1/256, 1/2, 1/8."""
    m = np.array([1 / 4, 1 / 16, 1 / 64, 1 / 256, 1 / 2, 1 / 8])
    want = np.zeros((6, 2, 2))
    want[:, 0, 1] = NEG
    want[:, 1, 0] = -m
    kata.check("alibi_bias", 6, 2, 2, expected=want)


def test_bias_single_position_and_empty(kata):
    """1 × 1: a single 0 per head; q_len = 0: an empty (H, 0, k_len) array; 0 × 0 too."""
    kata.check("alibi_bias", 3, 1, 1, expected=np.zeros((3, 1, 1)))
    kata.check("alibi_bias", 2, 0, 3, expected=np.zeros((2, 0, 3)))
    kata.check("alibi_bias", 2, 0, 0, expected=np.zeros((2, 0, 0)))


def test_bias_matches_reference_on_many_sizes(kata):
    """Every H in 1, 3, 4, 7, 16 with every 1 ≤ q_len ≤ k_len ≤ 8 of a few sizes."""
    kata.check_each("alibi_bias", [((H, q_len, k_len), {}) for H in (1, 3, 4, 7, 16)
                                   for q_len, k_len in ((1, 1), (1, 8), (3, 8), (8, 8), (5, 6))])


def test_bias_bad_arguments_raise(kata):
    """n_heads < 1, a negative length, or q_len > k_len: ValueError."""
    kata.raises_each([
        ("ValueError", "alibi_bias", (0, 2, 2), {}),
        ("ValueError", "alibi_bias", (2, 3, 2), {}),
        ("ValueError", "alibi_bias", (2, -1, 2), {}),
        ("ValueError", "alibi_bias", (2, 0, -1), {}),
    ])


# -- attention -------------------------------------------------------------------------------

def test_attention_by_hand(kata):
    """H = 1 (m = 1/256), q = k = 0, values 1, 2, 3: position 2 weighs keys by e^(−2/256), e^(−1/256), 1; position 0 gives 1."""
    m = 1 / 256
    w = np.exp(np.array([-2 * m, -m, 0.0]))
    w /= w.sum()
    row1 = np.exp(np.array([-m, 0.0]))
    row1 /= row1.sum()
    zeros = np.zeros((1, 3, 1))
    values = np.array([[[1.0], [2.0], [3.0]]])
    kata.check("alibi_attention", zeros, zeros, values,
               expected=np.array([[[1.0], [row1 @ [1.0, 2.0]], [w @ [1.0, 2.0, 3.0]]]]))


def test_attention_scale_by_hand(kata):
    """D = 4, H = 1 (m = 1/256): q·k = 4 scaled by 1/sqrt(4) is 2, so position 1 weighs key 1 by e²/(e² + e^(−1/256)), key 0 by the rest."""
    q = np.array([[[0.0] * 4, [1.0] * 4]])
    v = np.array([[[0.0] * 4, [1.0, 2.0, 3.0, 4.0]]])
    w = np.exp(2.0) / (np.exp(2.0) + np.exp(-1 / 256))
    kata.check("alibi_attention", q, q.copy(), v,
               expected=np.array([[[0.0] * 4, [w, 2 * w, 3 * w, 4 * w]]]))


def test_attention_decode_step_by_hand(kata):
    """H = 2, one query over 3 keys with scores 0: head 0 (m = 1/16) weighs e^(−2/16), e^(−1/16), 1; head 1 (m = 1/256) likewise."""
    out = []
    for m in (1 / 16, 1 / 256):
        w = np.exp(np.array([-2 * m, -m, 0.0]))
        out.append([[w @ [10.0, 20.0, 30.0] / w.sum()]])
    v = np.array([[[10.0], [20.0], [30.0]]] * 2)
    kata.check("alibi_attention", np.zeros((2, 1, 1)), np.zeros((2, 3, 1)), v, expected=np.array(out))


def test_attention_large_scores_stay_finite(kata):
    """Scores in the thousands (q = ±1000): subtract the row maximum; with q = 1000 the OLDEST key (k = 3) wins."""
    k = np.array([[[3.0], [2.0], [1.0]]] * 2)
    q = np.concatenate([np.full((1, 3, 1), 1000.0), np.full((1, 3, 1), -1000.0)])
    v = np.array([[[10.0], [20.0], [30.0]]] * 2)
    kata.check("alibi_attention", q, k, v,
               expected=np.array([[[10.0], [10.0], [10.0]], [[10.0], [20.0], [30.0]]]))


def test_attention_matches_loops_on_random_inputs(kata, rng):
    """Random q, k, v (H = 1, 3, 4, 6; Tq ≤ Tk ≤ 8; D ≤ 4) against loops with BLOOM's m·j bias: equal after softmax."""
    for H, Tq, Tk, D in ((1, 4, 4, 2), (3, 1, 6, 3), (4, 3, 7, 4), (6, 8, 8, 1)):
        q = 3.0 * rng.standard_normal((H, Tq, D))
        k, v = 3.0 * rng.standard_normal((H, Tk, D)), rng.standard_normal((H, Tk, D))
        got = kata.check("alibi_attention", q, k, v).value
        require(np.allclose(got, _attention_by_loops(q, k, v), rtol=1e-9, atol=1e-12),
                f"H={H}, Tq={Tq}, Tk={Tk}: alibi_attention differs from attention with the ALiBi bias")


def test_attention_int_inputs_give_float64(kata):
    """Integer q, k, v: the result is float64."""
    q = np.array([[[1, 0]], [[0, 1]]])
    k = np.array([[[1, 0], [0, 1]], [[2, 1], [1, 2]]])
    kata.check("alibi_attention", q, k, k.copy())


def test_attention_bad_shapes_raise(kata):
    """Tq > Tk, k and v of different lengths, mismatched heads or widths, Tq = 0: ValueError."""
    z = np.zeros
    kata.raises_each([
        ("ValueError", "alibi_attention", (z((1, 3, 2)), z((1, 2, 2)), z((1, 2, 2))), {}),
        ("ValueError", "alibi_attention", (z((1, 1, 2)), z((1, 2, 2)), z((1, 3, 2))), {}),
        ("ValueError", "alibi_attention", (z((2, 1, 2)), z((1, 2, 2)), z((1, 2, 2))), {}),
        ("ValueError", "alibi_attention", (z((1, 1, 3)), z((1, 2, 2)), z((1, 2, 2))), {}),
        ("ValueError", "alibi_attention", (z((1, 0, 2)), z((1, 2, 2)), z((1, 2, 2))), {}),
        ("ValueError", "alibi_attention", (z((1, 2)), z((1, 2, 2)), z((1, 2, 2))), {}),
    ])
