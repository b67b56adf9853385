"""online_attention returns the accumulator without dividing by the denominator l.

acc holds Σ exp(s − m) v; the softmax weights are exp(s − m) / l, so the result is acc / l.
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
    for start in range(0, len(scores), block_size):
        stop = start + block_size
        state = online_softmax_step(state, scores[start:stop], values[start:stop])
    m, l, acc = state
    return acc.copy()
