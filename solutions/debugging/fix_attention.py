"""Debug: attention with a padding mask and a causal mask.

Task
    This file has 4 bugs. The code below is meant to compute single-head attention with two
    optional masks, but it has planted mistakes. Find and fix them; grading tells you how many
    bugs remain and which ones you have fixed, not where they are.

    What the code should do:

        scores  = Q Kᵀ / √D                 (Tq, Tk), D the width of the queries and keys
        scores  = −∞ where the query may not see the key (padding or causal mask)
        weights = softmax of the scores over the keys (each allowed row sums to 1)
        output  = weights V                 (Tq, Dv)

    The padding mask says which keys are real tokens (True) and which are padding (False); a
    padding key gets weight exactly 0 and the other weights of its row renormalise. The causal
    mask is for queries that are the LAST Tq positions of the Tk keys (as in decoding with a KV
    cache): query i sits at position i + (Tk − Tq) and sees the keys at positions ≤ its own.

Signature
    attention(q, k, v, *, padding_mask=None, causal=False) -> output
    (helpers: softmax(scores), causal_mask(n_queries, n_keys))

Shapes and types
    q             float64 array (Tq, D);  k  float64 array (Tk, D);  v  float64 array (Tk, Dv)
    padding_mask  None or a bool array (Tk,): True = a real key, False = padding
    causal        bool
    returns       float64 array (Tq, Dv). 1 ≤ Tq ≤ Tk ≤ 8, D, Dv ≤ 6 in the hidden tests.

Example
    >>> q = np.array([[2 * np.log(3.0), 0.0, 0.0, 0.0]])      # D = 4, so √D = 2
    >>> k = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    >>> v = np.array([[1.0, 0.0], [0.0, 4.0]])
    >>> attention(q, k, v).round(12)                           # weights (3/4, 1/4)
    array([[0.75, 1.  ]])

Constraints
    numpy only. Returns a new array; the inputs are not modified.
    A query that may see no key at all (every key it could see is padding) gets an output row
    of exactly 0.0: no NaN, no warning. The softmax subtracts each row's largest allowed score
    first, so large scores do not overflow.

Time budget: 45 minutes.
"""
import numpy as np


def softmax(scores):
    """Softmax over the last axis; a row that is all −∞ gives zeros."""
    # BEGIN BUG softmax_overflows: the softmax does not subtract the row's maximum, so large scores overflow
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)   # a row of −∞ only: subtract 0
    exps = np.exp(scores - row_max)
    # PLANTED
    # exps = np.exp(scores)
    # END BUG
    totals = exps.sum(axis=-1, keepdims=True)
    return exps / np.where(totals > 0, totals, 1.0)           # a row of −∞ only stays 0


def causal_mask(n_queries, n_keys):
    """True where query i may attend key j."""
    # BEGIN BUG causal_mask_not_offset: the causal mask ignores that the queries are the last positions
    offset = n_keys - n_queries            # query i sits at position i + offset
    return np.tril(np.ones((n_queries, n_keys), dtype=bool), k=offset)
    # PLANTED
    # return np.tril(np.ones((n_queries, n_keys), dtype=bool))
    # END BUG


def attention(q, k, v, *, padding_mask=None, causal=False):
    # BEGIN BUG scaled_by_value_width: the scores are scaled by the width of the values, not of the keys
    scale = 1.0 / np.sqrt(k.shape[-1])
    # PLANTED
    # scale = 1.0 / np.sqrt(v.shape[-1])
    # END BUG
    scores = (q @ k.T) * scale
    if causal:
        scores = np.where(causal_mask(len(q), len(k)), scores, -np.inf)
    # BEGIN BUG padding_after_softmax: the padding mask is applied after the softmax
    if padding_mask is not None:
        scores = np.where(padding_mask, scores, -np.inf)
    weights = softmax(scores)
    # PLANTED
    # weights = softmax(scores)
    # if padding_mask is not None:
    #     weights = np.where(padding_mask, weights, 0.0)
    # END BUG
    return weights @ v
