"""Forward through the merged weight (one product), einsum for the low-rank product, shapes checked up front.
"""
import numpy as np


def _chain(W, A, B):
    d_in, d_out = W.shape
    if A.shape[0] != d_in or B.shape[1] != d_out or A.shape[1] != B.shape[0]:
        raise ValueError("A and B do not chain with W")


def lora_merge(W, A, B, alpha):
    _chain(W, A, B)
    scale = alpha / A.shape[1]
    return W + scale * np.einsum("ir,ro->io", A, B)


def lora_forward(x, W, A, B, alpha):
    if x.shape[1] != W.shape[0]:
        raise ValueError("x does not match W")
    return x @ lora_merge(W, A, B, alpha)
