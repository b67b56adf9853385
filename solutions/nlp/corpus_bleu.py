"""Corpus-level BLEU: clipped n-gram precisions up to 4, the brevity penalty, add-one smoothing.

Task
    Score a corpus of hypotheses (system outputs), each with one or more references.
    For n = 1, 2, 3, 4 and each hypothesis, count its n-grams (contiguous runs of n tokens).
    An n-gram's count is CLIPPED to the largest number of times it occurs in any ONE of that
    hypothesis's references. Sum over the corpus:
        m_n = Σ clipped counts of the n-grams of every hypothesis
        t_n = Σ max(0, len(hypothesis) − n + 1)      (the number of n-grams)
    Precisions: p_n = m_n / t_n, except with smoothing="add-one", where for n ≥ 2 only
    p_n = (m_n + 1) / (t_n + 1) (p_1 is never smoothed).
    Brevity penalty: c = Σ len(hypothesis); r = Σ over hypotheses of the length of the reference
    whose length is closest to that hypothesis's, the SHORTER one on a tie (lengths 4 and 6 for a
    hypothesis of length 5: 4). BP = 1 if c ≥ r, else exp(1 − r / c).
        BLEU = BP · exp((ln p_1 + ln p_2 + ln p_3 + ln p_4) / 4)
    BLEU is 0.0 when m_1 = 0 (no token matches, which includes c = 0) and, without smoothing,
    when any m_n = 0 (this includes t_n = 0: every hypothesis shorter than n).

Signature
    corpus_bleu(hypotheses, references, smoothing="none") -> float
    ngram_counts(tokens, n) -> Counter      a helper (not graded on its own)

Shapes and types
    hypotheses   a list of N token lists (lists of str; a hypothesis may be empty)
    references   a list of N lists: references[i] holds the reference token lists of
                 hypotheses[i] (at least one; a reference may be empty)
    smoothing    "none" or "add-one"
    returns      a Python float in [0, 1] (not ×100)

Example
    >>> hyp = "the cat sat on the mat".split()
    >>> corpus_bleu([hyp], [[hyp]])
    1.0
    >>> round(corpus_bleu([["a", "b", "c", "d", "e"]], [["a b c d e f g".split(), "a b c d e f g h".split()]]), 6)
    0.67032
    >>> corpus_bleu([["a", "b", "c", "d"]], [[["a", "b", "d", "c"]]])   # no trigram matches
    0.0

Constraints
    Raise ValueError if N = 0, if len(references) != N, if a hypothesis has no reference, or if
    smoothing is neither "none" nor "add-one". The inputs are not modified. Tokenisation is the
    caller's. Hidden tests use N ≤ 20, at most 4 references of at most 25 tokens.
    Coming from sacrebleu: BLEU(tokenize="none", smooth_method="none") — or "add-k" with
    smooth_value=1 — gives 100 × this value on the space-joined tokens. Coming from NLTK:
    nltk's corpus_bleu agrees (smoothing_function=method2 for "add-one") while every hypothesis
    has at least 4 tokens; for shorter ones nltk counts at least 1 n-gram per hypothesis in t_n,
    and without smoothing it returns a tiny positive number instead of 0.0.

Time budget: 35 minutes.
"""
import math
from collections import Counter


def ngram_counts(tokens, n):
    """A helper: the n-grams of a token list as a Counter of tuples."""
    # BEGIN SOLUTION
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    # END SOLUTION


def corpus_bleu(hypotheses, references, smoothing="none"):
    # BEGIN SOLUTION
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
        if smoothing == "add-one" and n >= 2:
            m, t = m + 1, t + 1
        if m == 0:
            return 0.0
        log_sum += math.log(m / t)
    brevity = 1.0 if hyp_length >= ref_length else math.exp(1 - ref_length / hyp_length)
    return float(brevity * math.exp(log_sum / 4))
    # END SOLUTION
