"""Only one "<s>" is put in front of each sentence, whatever n.

An n-gram model needs n − 1 tokens of history at the first word: pad with n − 1 copies of
"<s>" (two for a trigram model). With one, a trigram model never predicts the first word.
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
        padded = ["<s>"] * min(n - 1, 1) + list(sentence) + ["</s>"]
        for t in range(n - 1, len(padded)):
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
