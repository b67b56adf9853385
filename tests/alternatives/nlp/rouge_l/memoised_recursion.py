"""The LCS by memoised recursion on suffixes."""
import functools
import sys


def rouge_l(candidate, reference, beta=1.0):
    if beta < 0:
        raise ValueError("beta < 0")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    @functools.lru_cache(maxsize=None)
    def lcs(i, j):
        if i == len(candidate) or j == len(reference):
            return 0
        if candidate[i] == reference[j]:
            return 1 + lcs(i + 1, j + 1)
        return max(lcs(i + 1, j), lcs(i, j + 1))

    length = lcs(0, 0)
    if length == 0:
        return 0.0, 0.0, 0.0
    precision, recall = length / len(candidate), length / len(reference)
    return precision, recall, (1 + beta**2) * precision * recall / (recall + beta**2 * precision)
