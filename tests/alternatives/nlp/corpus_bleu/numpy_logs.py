"""Sufficient statistics first (one pass per sentence), then numpy for the logs."""
from collections import Counter

import numpy as np


def ngram_counts(tokens, n):
    return Counter(zip(*(tokens[k:] for k in range(n))))


def corpus_bleu(hypotheses, references, smoothing="none"):
    if smoothing not in ("none", "add-one") or len(hypotheses) == 0 or len(hypotheses) != len(references):
        raise ValueError("bad arguments")
    if min(len(refs) for refs in references) == 0:
        raise ValueError("a hypothesis without references")
    stats = np.zeros((2, 4))
    c = r = 0
    for hyp, refs in zip(hypotheses, references):
        for n in range(1, 5):
            clip = Counter()
            for ref in refs:
                clip |= ngram_counts(ref, n)                  # | keeps the maximum count
            stats[0, n - 1] += sum((ngram_counts(hyp, n) & clip).values())   # & keeps the minimum
            stats[1, n - 1] += max(0, len(hyp) - n + 1)
        c += len(hyp)
        r += sorted((abs(len(ref) - len(hyp)), len(ref)) for ref in refs)[0][1]
    if stats[0, 0] == 0:
        return 0.0
    if smoothing == "add-one":
        stats[:, 1:] += 1
    if np.any(stats[0] == 0):
        return 0.0
    score = np.exp(np.mean(np.log(stats[0] / stats[1])))
    if c < r:
        score *= np.exp(1 - r / c)
    return float(score)
