"""Scaling upside down: r / alpha instead of alpha / r.

The scale is alpha / r (PEFT's lora_alpha / r).
"""
import numpy as np


def lora_forward(x, W, A, B, alpha):
    if x.shape[1] != W.shape[0]:
        raise ValueError(f"x has {x.shape[1]} columns but W has {W.shape[0]} rows")
    if A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError(f"A {A.shape} and B {B.shape} do not chain with W {W.shape}")
    r = A.shape[1]
    # (x A) B costs N·r·(D_in + D_out): never form the (D_in, D_out) product A B here
    return x @ W + (r / alpha) * ((x @ A) @ B)


def lora_merge(W, A, B, alpha):
    if A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError(f"A {A.shape} and B {B.shape} do not chain with W {W.shape}")
    r = A.shape[1]
    return W + (r / alpha) * (A @ B)     # a new array: W itself is left alone
