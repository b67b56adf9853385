"""The discounted count is not clipped at zero: an unseen bigram gets −d / c(v).

The first term is max(c(v, w) − d, 0) / c(v). Without the max, every unseen continuation
starts from a negative number (and can end below zero).
"""
from collections import Counter

import numpy as np


def kneser_ney_bigram(train, pairs, d=0.75):
    if len(train) == 0:
        raise ValueError("train has no sentences")
    if not 0 <= d <= 1:
        raise ValueError(f"d must be in [0, 1], got {d}")
    bigrams = Counter()
    for sentence in train:
        padded = ["<s>"] + list(sentence) + ["</s>"]
        bigrams.update(zip(padded, padded[1:]))
    history_count = Counter()      # c(v)
    followers = Counter()          # N1+(v •)
    continuation = Counter()       # N1+(• w)
    for (v, w), count in bigrams.items():
        history_count[v] += count
        followers[v] += 1
        continuation[w] += 1
    n_types = len(bigrams)         # N1+(• •)

    probabilities = np.zeros(len(pairs), dtype=np.float64)
    for i, (v, w) in enumerate(pairs):
        p_cont = continuation[w] / n_types
        if history_count[v] == 0:                 # unseen history: the continuation distribution
            probabilities[i] = p_cont
            continue
        c_v = history_count[v]
        discounted = (bigrams[v, w] - d) / c_v
        weight = d * followers[v] / c_v          # the mass the discount freed
        probabilities[i] = discounted + weight * p_cont
    return probabilities
