"""B's width is not checked against W's: a one-column B broadcasts over every column of W instead of raising.

Check every chain the statement lists, B.shape[1] == W.shape[1] included: numpy broadcasting
turns a (D_in, 1) update into a (D_in, D_out) one silently.
"""
import numpy as np

NAMED_BY_MESSAGE = "np.array([[1.]]), 1.0) should raise ValueError"


def _check(W, A, B):
    if A.shape[0] != W.shape[0] or A.shape[1] != B.shape[0]:
        raise ValueError("shapes do not chain")
def lora_merge(W, A, B, alpha):
    _check(W, A, B)
    return W + (alpha / A.shape[1]) * (A @ B)
def lora_forward(x, W, A, B, alpha):
    _check(W, A, B)
    if x.shape[1] != W.shape[0]:
        raise ValueError("x does not chain")
    return x @ W + (alpha / A.shape[1]) * ((x @ A) @ B)
