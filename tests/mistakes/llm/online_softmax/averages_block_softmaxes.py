"""Each block is normalised on its own and the block results are averaged.

Blocks have different total weights: a per-block softmax forgets how much each block weighs.
Keep unnormalised running sums (l, acc) and divide once at the end.
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
    outs = []
    for start in range(0, len(scores), block_size):
        stop = start + block_size
        m, l, acc = online_softmax_step((float("-inf"), 0.0, np.zeros(values.shape[1])), scores[start:stop], values[start:stop])
        outs.append(acc / l)
    return np.mean(outs, axis=0)
