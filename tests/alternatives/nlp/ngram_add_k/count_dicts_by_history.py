"""Nested dicts: history -> {word: count}; the log-probability summed in one pass per sentence."""
import math


def ngram_perplexity(train, test, n, k):
    if n < 1 or k < 0 or not test:
        raise ValueError("bad arguments")
    words = set()
    for sentence in train:
        words.update(sentence)
    size = len(words) + 2                      # + "</s>" and "<unk>"
    table = {}
    for sentence in train:
        padded = ("<s>",) * (n - 1) + tuple(sentence) + ("</s>",)
        for t in range(n - 1, len(padded)):
            row = table.setdefault(padded[t - n + 1:t], {})
            row[padded[t]] = row.get(padded[t], 0) + 1
    total, predictions = 0.0, 0
    for sentence in test:
        padded = ("<s>",) * (n - 1) + tuple(w if w in words else "<unk>" for w in sentence) + ("</s>",)
        for t in range(n - 1, len(padded)):
            row = table.get(padded[t - n + 1:t], {})
            seen = sum(row.values())
            if seen + k * size == 0:
                raise ValueError("unseen history with k = 0")
            p = (row.get(padded[t], 0) + k) / (seen + k * size)
            total += math.log(p) if p > 0 else -math.inf
            predictions += 1
    return total, math.exp(-total / predictions)
