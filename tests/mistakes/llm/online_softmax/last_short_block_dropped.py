"""The last, shorter block is dropped (the loop stops at L − block_size).

Blocks are scores[0:b], scores[b:2b], ...: when L is not a multiple of b the last block is
shorter, and it still counts.
"""
import numpy as np


def online_softmax_step(state, scores_block, values_block):
    m, l, acc = state
    m_new = max(m, float(np.max(scores_block)))
    scale = np.exp(m - m_new)           # how much the old terms shrink under the new maximum
    weights = np.exp(scores_block - m_new)
    l_new = float(l * scale + weights.sum())
    acc_new = acc * scale + weights @ values_block
    return float(m_new), l_new, acc_new


def online_attention(scores, values, block_size):
    state = (float("-inf"), 0.0, np.zeros(values.shape[1]))
    for start in range(0, len(scores) - block_size + 1, block_size):
        stop = start + block_size
        state = online_softmax_step(state, scores[start:stop], values[start:stop])
    m, l, acc = state
    return acc / l
