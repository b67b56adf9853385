"""The final "</s>" is not predicted (or not counted in N).

A language model must also say where a sentence ends: each sentence of L tokens makes L + 1
predictions, the last one P("</s>" | the last n − 1 tokens).
"""
import math
from collections import Counter


def ngram_perplexity(train, test, n, k):
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    if len(test) == 0:
        raise ValueError("test has no sentences")
    vocab = {token for sentence in train for token in sentence} | {"</s>", "<unk>"}

    def predictions(sentence):
        """(history, word) for every predicted position of the padded sentence."""
        padded = ["<s>"] * (n - 1) + list(sentence) + ["</s>"]
        for t in range(n - 1, len(padded) - 1):
            yield tuple(padded[t - n + 1:t]), padded[t]

    pair_counts, history_counts = Counter(), Counter()
    for sentence in train:
        for history, word in predictions(sentence):
            pair_counts[history, word] += 1
            history_counts[history] += 1

    log_prob, count = 0.0, 0
    for sentence in test:
        known = [token if token in vocab else "<unk>" for token in sentence]
        for history, word in predictions(known):
            denominator = history_counts[history] + k * len(vocab)
            if denominator == 0:
                raise ValueError(f"history {history} never seen in training and k = 0")
            numerator = pair_counts[history, word] + k
            log_prob += math.log(numerator / denominator) if numerator > 0 else -math.inf
            count += 1
    return float(log_prob), float(math.exp(-log_prob / count))
