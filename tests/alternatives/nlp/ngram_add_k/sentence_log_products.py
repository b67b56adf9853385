"""Counts of n-grams and of (n−1)-gram histories kept apart; probabilities collected, then logged with numpy."""
from collections import Counter

import numpy as np


def ngram_perplexity(train, test, n, k):
    if n < 1:
        raise ValueError("n < 1")
    if k < 0:
        raise ValueError("k < 0")
    if len(test) == 0:
        raise ValueError("empty test set")
    vocab = set().union(*map(set, train)) if train else set()
    vocab |= {"</s>", "<unk>"}
    grams, histories = Counter(), Counter()
    for s in train:
        p = ["<s>"] * (n - 1) + s + ["</s>"]
        grams.update(tuple(p[i:i + n]) for i in range(len(p) - n + 1))
        histories.update(tuple(p[i:i + n - 1]) for i in range(len(p) - n + 1))
    probabilities = []
    for s in test:
        p = ["<s>"] * (n - 1) + [w if w in vocab else "<unk>" for w in s] + ["</s>"]
        for i in range(len(p) - n + 1):
            gram = tuple(p[i:i + n])
            below = histories[gram[:-1]] + k * len(vocab)
            if below == 0:
                raise ValueError("unseen history and k = 0")
            probabilities.append((grams[gram] + k) / below)
    with np.errstate(divide="ignore"):
        logs = np.log(np.array(probabilities, dtype=float))
    log_prob = float(np.sum(logs))
    return log_prob, float(np.exp(-log_prob / len(probabilities)))
