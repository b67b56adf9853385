"""Explicit branch for the first block (no exp(−inf)), math.exp per score, a while loop over the blocks.
"""
import math

import numpy as np


def online_softmax_step(state, scores_block, values_block):
    m, l, acc = state
    block_max = max(float(s) for s in scores_block)
    m_new = block_max if m < block_max else m
    old = 0.0 if m == float("-inf") else math.exp(m - m_new)
    w = np.array([math.exp(float(s) - m_new) for s in scores_block])
    return m_new, l * old + float(np.sum(w)), old * acc + values_block.T @ w


def online_attention(scores, values, block_size):
    L, D = values.shape
    state = (float("-inf"), 0.0, np.zeros(D))
    start = 0
    while start < L:
        state = online_softmax_step(state, scores[start:start + block_size], values[start:start + block_size])
        start += block_size
    return state[2] / state[1]
