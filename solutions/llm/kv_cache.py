"""A key/value cache for autoregressive decoding with multi-head attention.

Task
    Write a class `KVCache` that stores the keys and values of every position decoded so far
    and answers attention queries for the NEWEST positions, so that decoding token by token (or
    a prompt chunk, then token by token) gives exactly what full causal attention over the whole
    sequence gives.

        cache = KVCache(n_heads=2, head_dim=4)
        cache.append(k, v)       # k, v: (2, 3, 4): the prompt's 3 positions
        cache.attend(q)          # q: (2, 3, 4): the queries of those 3 positions -> (2, 3, 4)
        cache.append(k1, v1)     # (2, 1, 4): one new position (position 3)
        cache.attend(q1)         # (2, 1, 4): position 3 attends to positions 0..3

Signature
    class KVCache:
        KVCache(n_heads, head_dim)      two positive ints
        .length                         an int: the number of positions cached (0 at first)
        .append(k, v)                   k, v: float64 arrays (H, t, Dh), t >= 1; returns None
        .keys()                         a NEW float64 array (H, length, Dh): every cached key
        .values()                       a NEW float64 array (H, length, Dh): every cached value
        .attend(q)                      q: float64 (H, t, Dh), the queries of the t NEWEST
                                        positions; returns a new float64 array (H, t, Dh)

Shapes and types
    H heads, Dh width per head, t new positions, L = length positions cached. Query i of
    attend (0 <= i < t) belongs to position L − t + i and attends to the cached positions
    s <= L − t + i (itself and the past, never the future):
        scores[h, i, s] = q[h, i] · keys[h, s] / sqrt(Dh)
        weights = softmax over s of the allowed scores, out[h, i] = Σ_s weights[h, i, s] values[h, s]

Example
    >>> import numpy as np
    >>> cache = KVCache(n_heads=1, head_dim=1)
    >>> cache.append(np.array([[[0.0], [0.0]]]), np.array([[[1.0], [3.0]]]))
    >>> cache.length
    2
    >>> cache.attend(np.array([[[5.0], [5.0]]])).ravel().tolist()  # equal scores: plain averages
    [1.0, 2.0]

Constraints
    Plain Python and numpy only. Subtract the row maximum before exponentiating (scores may be
    in the thousands). keys(), values() and attend() return new arrays: later appends must not
    change an array already returned, and the caller changing it must not change the cache.
    append copies what it is given. Inputs are valid: k and v share a shape (H, t, Dh) with
    t >= 1, and attend gets 1 <= t <= length queries (no need to check). On an empty cache
    keys() and values() have shape (H, 0, Dh).
    Coming from PyTorch: F.scaled_dot_product_attention(q, K, V, is_causal=True) aligns its
    causal mask to the TOP-LEFT (query i sees keys 0..i) when q is shorter than K; here the
    queries are the newest positions, so the mask is aligned to the bottom-right (query i sees
    keys 0..L − t + i), which is what decoding with a cache needs.

    The hidden tests use H ≤ 3, Dh ≤ 4, at most 14 positions in a cache, t ≤ 5 per call.

Time budget: 30 minutes.
"""
import numpy as np


class KVCache:
    def __init__(self, n_heads, head_dim):
        # BEGIN SOLUTION
        # Complexity: O(1) here; append is O(H·L·Dh) (it copies the cache), attend O(H·t·L·Dh) time and O(H·t·L) memory (L positions cached).
        self.n_heads, self.head_dim = n_heads, head_dim
        self._keys = np.zeros((n_heads, 0, head_dim))
        self._values = np.zeros((n_heads, 0, head_dim))
        self.length = 0
        # END SOLUTION

    def append(self, k, v):
        # BEGIN SOLUTION
        k, v = np.asarray(k, dtype=np.float64), np.asarray(v, dtype=np.float64)
        # concatenate makes a new array: the cache never holds the caller's arrays
        self._keys = np.concatenate([self._keys, k], axis=1)
        self._values = np.concatenate([self._values, v], axis=1)
        self.length += k.shape[1]
        # END SOLUTION

    def keys(self):
        # BEGIN SOLUTION
        return self._keys.copy()
        # END SOLUTION

    def values(self):
        # BEGIN SOLUTION
        return self._values.copy()
        # END SOLUTION

    def attend(self, q):
        # BEGIN SOLUTION
        q = np.asarray(q, dtype=np.float64)
        t, L = q.shape[1], self.length
        scores = q @ self._keys.transpose(0, 2, 1) / np.sqrt(self.head_dim)   # (H, t, L)
        # query i is position L - t + i: it may see key s only if s <= L - t + i
        position = L - t + np.arange(t)[:, None]
        allowed = np.arange(L)[None, :] <= position
        scores = np.where(allowed, scores, -np.inf)
        scores = scores - scores.max(axis=-1, keepdims=True)   # each row has its own key, so finite
        weights = np.exp(scores)
        weights /= weights.sum(axis=-1, keepdims=True)
        return weights @ self._values
        # END SOLUTION
