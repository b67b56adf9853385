"""Exact fractions for the precisions, plain dicts for the counts, log of the product at the end."""
import math
from fractions import Fraction


def ngram_counts(tokens, n):
    counts = {}
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts


def corpus_bleu(hypotheses, references, smoothing="none"):
    if smoothing not in {"none", "add-one"}:
        raise ValueError("unknown smoothing")
    if not hypotheses or len(references) != len(hypotheses) or not all(references):
        raise ValueError("bad corpus")
    matched = {n: 0 for n in range(1, 5)}
    total = {n: 0 for n in range(1, 5)}
    c = r = 0
    for hyp, refs in zip(hypotheses, references):
        for n in range(1, 5):
            ref_counts = [ngram_counts(ref, n) for ref in refs]
            for gram, count in ngram_counts(hyp, n).items():
                matched[n] += min(count, max(rc.get(gram, 0) for rc in ref_counts))
            total[n] += max(0, len(hyp) - n + 1)
        c += len(hyp)
        lengths = sorted(len(ref) for ref in refs)           # sorted: the first best is the shorter
        r += min(lengths, key=lambda length: abs(length - len(hyp)))
    if matched[1] == 0:
        return 0.0
    product = Fraction(1)
    for n in range(1, 5):
        extra = 1 if (smoothing == "add-one" and n > 1) else 0
        if matched[n] + extra == 0:
            return 0.0
        product *= Fraction(matched[n] + extra, total[n] + extra)
    bp = math.exp(1 - r / c) if c < r else 1.0
    return bp * math.exp(math.log(product) / 4)
