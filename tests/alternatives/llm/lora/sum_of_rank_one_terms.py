"""The update as a sum of r rank-one terms (column of A times row of B), with a copy of W accumulated.
"""
import numpy as np


def lora_merge(W, A, B, alpha):
    if A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError("shapes do not chain")
    r = A.shape[1]
    out = np.array(W, dtype=np.float64, copy=True)
    for k in range(r):
        out += (alpha / r) * np.outer(A[:, k], B[k, :])
    return out


def lora_forward(x, W, A, B, alpha):
    if x.shape[1] != W.shape[0] or A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError("shapes do not chain")
    r = A.shape[1]
    y = x @ W
    for k in range(r):
        y = y + (alpha / r) * np.outer(x @ A[:, k], B[k, :])
    return y
