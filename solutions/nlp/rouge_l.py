"""ROUGE-L at sentence level: the longest common subsequence as precision, recall and F_β.

Task
    Given a candidate (e.g. a generated summary) and one reference, both already tokenised,
    let L be the length of their longest common subsequence (LCS): the longest sequence of
    tokens that appears in both in the same order, not necessarily contiguously ("a b c" is a
    subsequence of "a x b y c"). Then
        precision = L / len(candidate)
        recall    = L / len(reference)
        F_β       = (1 + β²) · precision · recall / (recall + β² · precision)
    β weighs recall β times as much as precision: β = 1 is the harmonic mean (F1), β = 0 gives
    the precision, a large β tends to the recall.
    When L = 0 (which includes an empty candidate or an empty reference) all three are 0.0.

Signature
    rouge_l(candidate, reference, beta=1.0) -> (precision, recall, f_measure)

Shapes and types
    candidate, reference   lists of str tokens (may be empty); tokens are compared with ==, so
                           "The" and "the" differ: tokenising and lowercasing are the caller's
    beta                   a float ≥ 0
    returns                a tuple of three Python floats

Example
    >>> rouge_l("the cat sat on mat".split(), "the cat was on the mat".split())  # L = 4
    (0.8, 0.6666666666666666, 0.7272727272727272)
    >>> rouge_l("c b a".split(), "a b c".split())[0]                              # order matters
    0.3333333333333333

Constraints
    Raise ValueError if beta < 0. The inputs are not modified. Hidden tests use at most 40 tokens.
    Coming from rouge-score: RougeScorer(["rougeL"]).score(target, prediction) takes the
    REFERENCE first, tokenises strings itself (lowercase, non-alphanumeric characters dropped,
    optional stemming) and reports β = 1 only; with the same tokens and β = 1 the numbers agree.
    Its "rougeLsum" (summary-level, split on newlines) is a different score.

Time budget: 20 minutes.
"""


def rouge_l(candidate, reference, beta=1.0):
    # BEGIN SOLUTION
    if beta < 0:
        raise ValueError(f"beta must be >= 0, got {beta}")
    m, n = len(candidate), len(reference)
    # lcs[i][j]: LCS length of candidate[:i] and reference[:j]
    lcs = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if candidate[i - 1] == reference[j - 1]:
                lcs[i][j] = lcs[i - 1][j - 1] + 1
            else:
                lcs[i][j] = max(lcs[i - 1][j], lcs[i][j - 1])
    length = lcs[m][n]
    if length == 0:
        return 0.0, 0.0, 0.0
    precision = length / m
    recall = length / n
    f_measure = (1 + beta**2) * precision * recall / (recall + beta**2 * precision)
    return float(precision), float(recall), float(f_measure)
    # END SOLUTION
