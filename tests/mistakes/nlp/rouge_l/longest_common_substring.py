"""The longest common SUBSTRING (contiguous) instead of the longest common subsequence.

ROUGE-L lets the common tokens be separated by others: "a x b y c" and "a b c" share the
subsequence "a b c" (length 3), though their longest contiguous run has length 1.
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
                lcs[i][j] = 0
    length = max(max(row) for row in lcs)
    if length == 0:
        return 0.0, 0.0, 0.0
    precision = length / m
    recall = length / n
    f_measure = (1 + beta**2) * precision * recall / (recall + beta**2 * precision)
    return float(precision), float(recall), float(f_measure)
