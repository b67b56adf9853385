"""Neither l nor acc is rescaled when the maximum changes.

Terms summed under the old maximum are exp(score − m_old); to add new terms exp(score − m_new)
they must be brought to the same reference: multiply l and acc by exp(m_old − m_new).
"""
import numpy as np


def online_softmax_step(state, scores_block, values_block):
    m, l, acc = state
    m_new = max(m, float(np.max(scores_block)))
    scale = np.exp(m - m_new)           # how much the old terms shrink under the new maximum
    weights = np.exp(scores_block - m_new)
    l_new = float(l + weights.sum())
    acc_new = acc + weights @ values_block
    return float(m_new), l_new, acc_new


def online_attention(scores, values, block_size):
    state = (float("-inf"), 0.0, np.zeros(values.shape[1]))
    for start in range(0, len(scores), block_size):
        stop = start + block_size
        state = online_softmax_step(state, scores[start:stop], values[start:stop])
    m, l, acc = state
    return acc / l
