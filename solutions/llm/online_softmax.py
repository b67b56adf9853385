"""Online softmax: the softmax-weighted sum of values in one pass over blocks (flash attention's core).

Task
    Attention for one query needs out = Σ_s softmax(scores)_s · values[s]. Flash attention
    never holds all the scores at once: it streams over blocks of keys and keeps a running
    state (m, l, acc):
        m   the largest score seen so far
        l   Σ over the scores seen so far of exp(score − m)
        acc Σ over the scores seen so far of exp(score − m) · values[s]
    When a block raises the maximum from m to m_new, everything summed so far is rescaled by
    exp(m − m_new). Write one step of this update and the whole pass.

Signature
    online_softmax_step(state, scores_block, values_block) -> new_state
    online_attention(scores, values, block_size) -> out

Shapes and types
    state: a tuple (m, l, acc): m a float (−inf before any block), l a float (0.0 before any
    block), acc a float64 array (D,) (zeros before any block). scores_block: float64 (b,),
    b >= 1; values_block: float64 (b, D). new_state: a tuple (float, float, new float64 (D,)).
    scores: float64 (L,), L >= 1; values: float64 (L, D); block_size: an int >= 1.
    out: a new float64 array (D,).

Example
    >>> import numpy as np
    >>> state = (float("-inf"), 0.0, np.zeros(1))
    >>> m, l, acc = online_softmax_step(state, np.array([0.0, 0.0]), np.array([[1.0], [3.0]]))
    >>> m, l, acc.tolist()
    (0.0, 2.0, [4.0])
    >>> online_attention(np.array([0.0, 0.0, 0.0]), np.array([[1.0], [3.0], [5.0]]), 2).tolist()
    [3.0]

Constraints
    Plain Python and numpy only. The step: m_new = max(m, max(scores_block)); rescale
    l and acc by exp(m − m_new) (which is 0 when m = −inf); add exp(scores_block − m_new)
    and exp(scores_block − m_new) @ values_block. online_attention starts from
    (−inf, 0.0, zeros(D)), takes the blocks scores[0:block_size], scores[block_size:2·block_size],
    ... (the last may be shorter), and returns acc / l. Scores may be in the thousands; the
    result equals the full softmax-weighted sum for every block size. Inputs are not modified.

    The hidden tests use L ≤ 40, D ≤ 4, block_size ≤ 45.

Time budget: 25 minutes.
"""
import numpy as np


def online_softmax_step(state, scores_block, values_block):
    # BEGIN SOLUTION
    # Complexity: O(b·D) time per block, O(D) memory for the state (b scores in the block).
    m, l, acc = state
    m_new = max(m, float(np.max(scores_block)))
    scale = np.exp(m - m_new)           # how much the old terms shrink under the new maximum
    weights = np.exp(scores_block - m_new)
    l_new = float(l * scale + weights.sum())
    acc_new = acc * scale + weights @ values_block
    return float(m_new), l_new, acc_new
    # END SOLUTION


def online_attention(scores, values, block_size):
    # BEGIN SOLUTION
    state = (float("-inf"), 0.0, np.zeros(values.shape[1]))
    for start in range(0, len(scores), block_size):
        stop = start + block_size
        state = online_softmax_step(state, scores[start:stop], values[start:stop])
    m, l, acc = state
    return acc / l
    # END SOLUTION
