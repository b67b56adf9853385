"""Hidden tests for llm/kv_cache: KVCache(n_heads, head_dim) with append, keys, values, attend.

Every test is a scenario (grader/objects.py): played on the reference, then on the learner's
objects, observation by observation. Random inputs are drawn outside the scenarios.
"""
import numpy as np

from grader.testing import require


def _a(values):
    """(1, t, 1) array from a list: one head, width one."""
    return np.array(values, dtype=np.float64).reshape(1, -1, 1)


def _full_causal_attention(q, k, v):
    """Plain numpy causal attention over a whole sequence: (H, T, Dh) each."""
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
    T = q.shape[1]
    scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (weights / weights.sum(axis=-1, keepdims=True)) @ v


def test_prompt_then_one_token_by_hand(kata):
    """Keys all 0, values 1, 3 then 5: position 0 sees only itself (1), position 1 averages 1 and 3 (2), position 2 averages all three (3)."""
    def scenario(world):
        cache = world.new("KVCache", 1, 1, as_="cache")
        world.get(cache, "length")                               # 0
        world.call(cache, "append", _a([0.0, 0.0]), _a([1.0, 3.0]))
        world.get(cache, "length")                               # 2
        world.call(cache, "attend", _a([5.0, 5.0]))              # [1.0, 2.0]: equal scores, causal averages
        world.call(cache, "append", _a([0.0]), _a([5.0]))
        world.get(cache, "length")                               # 3
        world.call(cache, "attend", _a([5.0]))                   # the newest position: (1 + 3 + 5) / 3 = 3.0
    kata.scenario(scenario)


def test_newest_queries_in_a_chunk_by_hand(kata):
    """Two cached positions, then a chunk of two more: its queries are positions 2 and 3 (not 0 and 1), so they see 3 and 4 keys."""
    def scenario(world):
        cache = world.new("KVCache", 1, 1, as_="cache")
        world.call(cache, "append", _a([0.0, 0.0]), _a([2.0, 4.0]))
        world.call(cache, "append", _a([0.0, 0.0]), _a([6.0, 8.0]))
        world.get(cache, "length")                               # 4
        # position 2 averages 2, 4, 6 = 4.0; position 3 averages 2, 4, 6, 8 = 5.0
        world.call(cache, "attend", _a([1.0, 1.0]))
    kata.scenario(scenario)


def test_scale_is_one_over_sqrt_head_dim_by_hand(kata):
    """Dh = 4: q·k = 4 scaled by 1/sqrt(4) gives score 2, so the weight on the second value is e²/(1 + e²) = 0.8808 (not e/(1 + e))."""
    def scenario(world):
        cache = world.new("KVCache", 1, 4, as_="cache")
        k = np.array([[[0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0]]])
        v = np.array([[[0.0, 0.0, 0.0, 0.0], [1.0, 2.0, 3.0, 4.0]]])
        world.call(cache, "append", k, v)
        # 0.8807970779778823 * [1, 2, 3, 4]
        world.call(cache, "attend", np.array([[[1.0, 1.0, 1.0, 1.0]]]))
    kata.scenario(scenario)


def test_keys_and_values_grow(kata):
    """keys() and values() are (H, 0, Dh) on an empty cache, then every appended position in order."""
    def scenario(world):
        cache = world.new("KVCache", 2, 3, as_="cache")
        world.call(cache, "keys")                                # shape (2, 0, 3)
        world.call(cache, "values")
        k1, v1 = np.arange(12.0).reshape(2, 2, 3), -np.arange(12.0).reshape(2, 2, 3)
        k2, v2 = np.full((2, 1, 3), 7.0), np.full((2, 1, 3), -7.0)
        world.call(cache, "append", k1, v1)
        world.call(cache, "append", k2, v2)
        world.get(cache, "length")                               # 3
        world.call(cache, "keys")                                # k1 then k2 along axis 1
        world.call(cache, "values")
    kata.scenario(scenario)


def test_heads_are_independent(kata):
    """Two heads with different keys: each head's weights come from its own scores."""
    def scenario(world):
        cache = world.new("KVCache", 2, 1, as_="cache")
        k = np.array([[[0.0], [1.0]], [[1.0], [0.0]]])
        v = np.array([[[0.0], [1.0]], [[0.0], [1.0]]])
        world.call(cache, "append", k, v)
        # head 0: weight e/(1 + e) = 0.7311 on value 1; head 1: 1/(1 + e) = 0.2689
        world.call(cache, "attend", np.array([[[1.0]], [[1.0]]]))
    kata.scenario(scenario)


def test_large_scores_do_not_overflow(kata):
    """Scores in the thousands: subtract the row maximum before exponentiating (no inf, no nan)."""
    def scenario(world):
        cache = world.new("KVCache", 1, 1, as_="cache")
        world.call(cache, "append", _a([1.0, 2.0, 3.0]), _a([10.0, 20.0, 30.0]))
        # scores 1000, 2000, 3000: the last position puts all its weight on value 30
        world.call(cache, "attend", _a([1000.0]))
        # position 1 sees 1000 and 2000: weight 1 on value 20 (to 1e-434)
        world.call(cache, "attend", _a([1000.0, 1000.0]))
    kata.scenario(scenario)


def test_row_maximum_is_not_always_the_newest_key(kata):
    """Keys 3, 2, 1 (decreasing) and q = ±1000: with q = 1000 the OLDEST key has the largest score, so subtract the row max, not the own score (exp(1000) overflows): 10, 10, 10; with q = −1000: 10, 20, 30."""
    def scenario(world):
        cache = world.new("KVCache", 1, 1, as_="cache")
        world.call(cache, "append", _a([3.0, 2.0, 1.0]), _a([10.0, 20.0, 30.0]))
        world.call(cache, "attend", _a([1000.0, 1000.0, 1000.0]))     # scores (3000, 2000, 1000): weight 1 on value 10
        world.call(cache, "attend", _a([-1000.0, -1000.0, -1000.0]))  # scores (−3000, −2000, −1000): the newest wins
    kata.scenario(scenario)


def test_decoding_equals_full_causal_attention(kata, rng):
    """A prompt of 5 positions, then 6 single tokens and a chunk of 3: every output equals full causal attention over the whole sequence."""
    H, T, Dh = 3, 14, 4
    q, k, v = (rng.standard_normal((H, T, Dh)) for _ in range(3))
    pieces = [(0, 5)] + [(t, t + 1) for t in range(5, 11)] + [(11, 14)]

    def scenario(world):
        cache = world.new("KVCache", H, Dh, as_="cache")
        outputs = []
        for start, stop in pieces:
            world.call(cache, "append", k[:, start:stop], v[:, start:stop])
            world.get(cache, "length")
            outputs.append(world.call(cache, "attend", q[:, start:stop]))
        world.call(cache, "keys")
        world.call(cache, "values")
        return outputs

    outputs = kata.scenario(scenario)
    full = _full_causal_attention(q, k, v)
    for (start, stop), out in zip(pieces, outputs):
        require(np.allclose(out, full[:, start:stop], rtol=1e-9, atol=1e-12),
                f"positions {start}..{stop - 1}: the cached result differs from full causal attention")


def test_attend_again_without_append(kata, rng):
    """attend does not change the cache: asking twice gives the same answer, and length stays put."""
    k, v, q = (rng.standard_normal((2, 4, 3)) for _ in range(3))

    def scenario(world):
        cache = world.new("KVCache", 2, 3, as_="cache")
        world.call(cache, "append", k, v)
        world.call(cache, "attend", q[:, 2:])
        world.call(cache, "attend", q[:, 2:])
        world.call(cache, "attend", q)
        world.get(cache, "length")
        world.call(cache, "keys")
    kata.scenario(scenario)


def test_two_caches_do_not_share_state(kata, rng):
    """Two KVCache objects are independent: appending to one leaves the other as it was."""
    k, v = rng.standard_normal((1, 3, 2)), rng.standard_normal((1, 3, 2))

    def scenario(world):
        first = world.new("KVCache", 1, 2, as_="first")
        second = world.new("KVCache", 1, 2, as_="second")
        world.call(first, "append", k, v)
        world.get(second, "length")                              # 0
        world.call(second, "keys")                               # shape (1, 0, 2)
        world.call(second, "append", k[:, :1], v[:, :1])
        world.call(first, "attend", k[:, 2:])
        world.call(second, "attend", k[:, :1])
    kata.scenario(scenario)
