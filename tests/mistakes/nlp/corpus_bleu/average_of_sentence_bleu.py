"""The corpus score is the average of sentence-level BLEU scores.

Corpus BLEU sums the matches m_n, the counts t_n and the lengths c, r over the whole corpus
first, then takes one geometric mean and one brevity penalty. Averaging sentence scores gives
another (and smaller, usually) number.
"""
import math
from collections import Counter


def ngram_counts(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _sentence(hypothesis, refs, smoothing):
    log_sum = 0.0
    for n in range(1, 5):
        counts = ngram_counts(hypothesis, n)
        most = Counter()
        for reference in refs:
            for gram, count in ngram_counts(reference, n).items():
                most[gram] = max(most[gram], count)
        m = sum(min(count, most[gram]) for gram, count in counts.items())
        t = max(0, len(hypothesis) - n + 1)
        if n == 1 and m == 0:
            return 0.0
        if smoothing == "add-one" and n >= 2:
            m, t = m + 1, t + 1
        if m == 0:
            return 0.0
        log_sum += math.log(m / t)
    r = min((len(x) for x in refs), key=lambda length: (abs(length - len(hypothesis)), length))
    c = len(hypothesis)
    brevity = 1.0 if c >= r else math.exp(1 - r / c)
    return brevity * math.exp(log_sum / 4)


def corpus_bleu(hypotheses, references, smoothing="none"):
    if smoothing not in ("none", "add-one"):
        raise ValueError(smoothing)
    if len(hypotheses) == 0 or len(hypotheses) != len(references):
        raise ValueError("lengths")
    if any(len(refs) == 0 for refs in references):
        raise ValueError("no reference")
    scores = [_sentence(h, refs, smoothing) for h, refs in zip(hypotheses, references)]
    return float(sum(scores) / len(scores))
