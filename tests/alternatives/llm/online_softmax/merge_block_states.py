"""Each block summarised on its own (its max, sum and weighted values), then merged into the running state.
"""
import numpy as np


def _merge(a, b):
    m1, l1, acc1 = a
    m2, l2, acc2 = b
    m = max(m1, m2)
    s1, s2 = np.exp(m1 - m), np.exp(m2 - m)
    return float(m), float(l1 * s1 + l2 * s2), acc1 * s1 + acc2 * s2


def online_softmax_step(state, scores_block, values_block):
    mb = float(scores_block.max())
    w = np.exp(scores_block - mb)
    return _merge(state, (mb, float(w.sum()), w @ values_block))


def online_attention(scores, values, block_size):
    state = (-np.inf, 0.0, np.zeros(values.shape[1]))
    for block_scores, block_values in zip(np.array_split(scores, range(block_size, len(scores), block_size)),
                                          np.array_split(values, range(block_size, len(scores), block_size))):
        state = online_softmax_step(state, block_scores, block_values)
    return state[2] / state[1]
