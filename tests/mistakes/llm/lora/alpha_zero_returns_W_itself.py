"""alpha = 0 returns W itself from lora_merge: the caller's frozen weight comes back, not a new array.

A scale of zero still owes a NEW array: return W.copy() (or compute W + 0·A B), never W.
"""
import numpy as np

NAMED_BY_MESSAGE = "the result shares memory with the argument `W`"


def _check(W, A, B):
    if A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError("shapes do not chain")
def lora_merge(W, A, B, alpha):
    _check(W, A, B)
    if alpha == 0:
        return W
    return W + (alpha / A.shape[1]) * (A @ B)
def lora_forward(x, W, A, B, alpha):
    _check(W, A, B)
    if x.shape[1] != W.shape[0]:
        raise ValueError("x does not chain")
    return x @ W + (alpha / A.shape[1]) * ((x @ A) @ B)
