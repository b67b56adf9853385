"""The common tokens are counted without their order (unigram overlap, ROUGE-1).

ROUGE-L counts tokens in a common subsequence, so order matters: "c b a" and "a b c" share all
three tokens but their LCS has length 1.
"""


def rouge_l(candidate, reference, beta=1.0):
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
    length = sum(min(candidate.count(t), reference.count(t)) for t in set(candidate))
    if length == 0:
        return 0.0, 0.0, 0.0
    precision = length / m
    recall = length / n
    f_measure = (1 + beta**2) * precision * recall / (recall + beta**2 * precision)
    return float(precision), float(recall), float(f_measure)
