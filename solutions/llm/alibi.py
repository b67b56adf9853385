"""ALiBi: attention with linear biases instead of position embeddings (Press et al. 2022).

Task
    ALiBi adds no position embedding; each head h penalises a key by its distance to the query,
    with a fixed slope m_h per head: a far key loses m_h · distance of score. Write three
    functions.

    alibi_slopes(n_heads) -> (H,) float64, the slopes m_1 … m_H in head order:
        - H a power of two: m_h = 2^(−8h/H) for h = 1 … H (a geometric sequence starting at
          and multiplying by 2^(−8/H); H = 8 gives 1/2, 1/4, …, 1/256).
        - otherwise (the paper's code, as BLOOM): n = the largest power of two below H; the
          slopes are the n slopes of n heads, followed by the first H − n of the slopes of 2n
          heads taken at even indices (0, 2, 4, … of that list: its 1st, 3rd, 5th, … slopes).
          H = 6: n = 4 gives 1/4, 1/16, 1/64, 1/256; 2n = 8 gives 1/2, 1/4, …, 1/256, whose
          1st and 3rd are 1/2, 1/8; so the slopes are 1/4, 1/16, 1/64, 1/256, 1/2, 1/8 (in
          this order, not sorted).
    alibi_bias(n_heads, q_len, k_len) -> (H, q_len, k_len) float64, for causal attention where
        the q_len queries are the NEWEST positions of the k_len keys (as when decoding with a
        KV cache): query i is at absolute position p_i = k_len − q_len + i, key j at position j,
            bias[h, i, j] = −m_h · (p_i − j)    for j ≤ p_i   (0 on the query's own key)
            bias[h, i, j] = −inf                for j > p_i   (the causal mask)
        q_len = k_len is the usual square case (p_i = i); q_len = 1 is a decode step, whose
        one query is position k_len − 1 and sees every key.
    alibi_attention(q, k, v) -> (H, Tq, D) float64:
        scores[h, i, j] = q[h, i] · k[h, j] / sqrt(D) + alibi_bias(H, Tq, Tk)[h, i, j],
        softmax over j (subtract the row maximum first), out[h, i] = Σ_j weights · v[h, j].

Signature
    alibi_slopes(n_heads) -> slopes
    alibi_bias(n_heads, q_len, k_len) -> bias
    alibi_attention(q, k, v) -> out

Shapes and types
    n_heads (H), q_len, k_len: ints. q: (H, Tq, D), k and v: (H, Tk, D), float64 (or int)
    arrays. Every result is a new float64 array; the inputs are not modified.

Example
    >>> alibi_slopes(4).tolist()                       # 2^(−2), 2^(−4), 2^(−6), 2^(−8)
    [0.25, 0.0625, 0.015625, 0.00390625]
    >>> alibi_bias(2, 3, 3)[0].tolist()                # head 0, slope 1/16
    [[0.0, -inf, -inf], [-0.0625, 0.0, -inf], [-0.125, -0.0625, 0.0]]
    >>> alibi_bias(2, 1, 3)[1].tolist()                # one decode step, head 1, slope 1/256
    [[-0.0078125, -0.00390625, 0.0]]

Constraints
    Plain Python and numpy only. Raise ValueError: in alibi_slopes and alibi_bias if
    n_heads < 1; in alibi_bias also if q_len < 0, k_len < 0 or q_len > k_len; in
    alibi_attention unless q is (H, Tq, D) and k, v are both (H, Tk, D) with 1 ≤ Tq ≤ Tk.
    q_len = 0 gives an empty (H, 0, k_len) bias. The mask is exactly −inf (not a large
    negative number).
    Coming from BLOOM / Hugging Face: BLOOM's build_alibi_tensor adds m_h · j (the key's own
    position) to every score of row i, not −m_h · (i − j). The two differ by m_h · i, the same
    for every key of row i, and softmax does not change when a row is shifted by a constant,
    so the attention weights are equal (the causal mask is applied separately there). This
    kata wants the distance form −m_h · (p_i − j), with 0 on the diagonal and −inf above it,
    as in the paper; alibi_attention's output is the same either way.

    The hidden tests use H ≤ 16, q_len ≤ k_len ≤ 8, D ≤ 4.

Time budget: 25 minutes.
"""
import numpy as np


def alibi_slopes(n_heads):
    # BEGIN SOLUTION
    # Complexity: O(H) time and memory (H heads).
    if n_heads < 1:
        raise ValueError(f"n_heads must be >= 1, got {n_heads}")

    def power_of_two(n):
        return [2.0 ** (-8.0 * h / n) for h in range(1, n + 1)]

    n = 1 << (n_heads.bit_length() - 1)          # the largest power of two <= n_heads
    slopes = power_of_two(n)
    if n < n_heads:
        slopes += power_of_two(2 * n)[0::2][:n_heads - n]
    return np.array(slopes, dtype=np.float64)
    # END SOLUTION


def alibi_bias(n_heads, q_len, k_len):
    # BEGIN SOLUTION
    if n_heads < 1 or q_len < 0 or k_len < 0 or q_len > k_len:
        raise ValueError("need n_heads >= 1 and 0 <= q_len <= k_len")
    slopes = alibi_slopes(n_heads)
    position = k_len - q_len + np.arange(q_len)[:, None]     # absolute position of query i
    offset = np.arange(k_len)[None, :] - position            # j − p_i: ≤ 0 for the past, > 0 for the future
    bias = slopes[:, None, None] * offset[None, :, :]        # −m_h · (p_i − j), +0.0 on the diagonal
    return np.where(offset[None] <= 0, bias, -np.inf)
    # END SOLUTION


def alibi_attention(q, k, v):
    # BEGIN SOLUTION
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    if q.ndim != 3 or k.ndim != 3 or k.shape != v.shape or q.shape[0] != k.shape[0] \
            or q.shape[2] != k.shape[2] or not 1 <= q.shape[1] <= k.shape[1]:
        raise ValueError("q must be (H, Tq, D) and k, v (H, Tk, D) with 1 <= Tq <= Tk")
    H, Tq, D = q.shape
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(D) + alibi_bias(H, Tq, k.shape[1])
    scores = scores - scores.max(axis=-1, keepdims=True)    # each row sees its own key: finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
    # END SOLUTION
