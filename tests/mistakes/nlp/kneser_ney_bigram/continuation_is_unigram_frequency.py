"""The lower-order distribution is the unigram frequency, not the continuation probability.

Kneser–Ney's point: P_cont(w) counts how many DISTINCT words w follows (N1+(• w) / N1+(• •)),
not how often w occurs. A word frequent after one history only ("Francisco") gets little.
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
        continuation[w] += count
    n_types = sum(bigrams.values())

    probabilities = np.zeros(len(pairs), dtype=np.float64)
    for i, (v, w) in enumerate(pairs):
        p_cont = continuation[w] / n_types
        if history_count[v] == 0:                 # unseen history: the continuation distribution
            probabilities[i] = p_cont
            continue
        c_v = history_count[v]
        discounted = max(bigrams[v, w] - d, 0) / c_v
        weight = d * followers[v] / c_v          # the mass the discount freed
        probabilities[i] = discounted + weight * p_cont
    return probabilities
