"""add-one smoothing is applied to the unigram precision too.

Add-one (Lin and Och; sacrebleu's add-k, nltk's method2) adds 1 to m_n and t_n for n ≥ 2 only;
p_1 = m_1 / t_1 stays as it is.
"""
import math
from collections import Counter


def ngram_counts(tokens, n):
    """A helper: the n-grams of a token list as a Counter of tuples."""
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(hypotheses, references, smoothing="none"):
    if smoothing not in ("none", "add-one"):
        raise ValueError(f"smoothing must be 'none' or 'add-one', got {smoothing!r}")
    if len(hypotheses) == 0 or len(hypotheses) != len(references):
        raise ValueError("need one list of references per hypothesis, and at least one hypothesis")
    if any(len(refs) == 0 for refs in references):
        raise ValueError("every hypothesis needs at least one reference")

    matches, totals = [0] * 4, [0] * 4
    hyp_length, ref_length = 0, 0
    for hypothesis, refs in zip(hypotheses, references):
        for n in range(1, 5):
            counts = ngram_counts(hypothesis, n)
            # the most times each n-gram occurs in any single reference
            most = Counter()
            for reference in refs:
                for gram, count in ngram_counts(reference, n).items():
                    most[gram] = max(most[gram], count)
            matches[n - 1] += sum(min(count, most[gram]) for gram, count in counts.items())
            totals[n - 1] += max(0, len(hypothesis) - n + 1)
        hyp_length += len(hypothesis)
        # closest reference length, the shorter on a tie
        ref_length += min((len(r) for r in refs), key=lambda length: (abs(length - len(hypothesis)), length))

    if matches[0] == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, 5):
        m, t = matches[n - 1], totals[n - 1]
        if smoothing == "add-one":
            m, t = m + 1, t + 1
        if m == 0:
            return 0.0
        log_sum += math.log(m / t)
    brevity = 1.0 if hyp_length >= ref_length else math.exp(1 - ref_length / hyp_length)
    return float(brevity * math.exp(log_sum / 4))
