"""LoRA: a frozen weight plus a trainable low-rank update, and merging it for inference.

Task
    Low-Rank Adaptation keeps a pretrained weight W frozen and learns a rank-r update A B,
    scaled by alpha / r:
        lora_forward(x, W, A, B, alpha) = x W + (alpha / r) · (x A) B
        lora_merge(W, A, B, alpha)      = W + (alpha / r) · A B
    so that x @ lora_merge(W, A, B, alpha) equals lora_forward(x, W, A, B, alpha): after
    training, the update folds into W and inference costs nothing extra.

Signature
    lora_forward(x, W, A, B, alpha) -> y
    lora_merge(W, A, B, alpha) -> W_merged

Shapes and types
    x: float64 (N, D_in), N rows. W: float64 (D_in, D_out). A: float64 (D_in, r).
    B: float64 (r, D_out). r >= 1 is the rank, read from A.shape[1]. alpha: a float.
    y: a new float64 array (N, D_out). W_merged: a new float64 array (D_in, D_out).

Example
    >>> import numpy as np
    >>> W = np.eye(2); A = np.array([[1.0], [0.0]]); B = np.array([[0.0, 2.0]])   # r = 1
    >>> lora_merge(W, A, B, alpha=0.5).tolist()           # (0.5 / 1) · A B puts 1.0 at [0, 1]
    [[1.0, 1.0], [0.0, 1.0]]
    >>> lora_forward(np.array([[3.0, 4.0]]), W, A, B, alpha=0.5).tolist()
    [[3.0, 7.0]]

Constraints
    Plain Python and numpy only. Returns new arrays; W, A, B and x are not modified (merging
    must not write into W: it is the frozen pretrained weight). Raise ValueError when the
    shapes do not chain: x.shape[1] != W.shape[0], A.shape[0] != W.shape[0],
    B.shape[1] != W.shape[1], or A.shape[1] != B.shape[0].
    The layout is x @ W (D_in, D_out), as in the LoRA paper's h = W0 x + B A x read
    row-wise. Coming from PyTorch / PEFT: nn.Linear stores weight as (D_out, D_in) and PEFT's
    lora_A.weight is (r, D_in), lora_B.weight (D_out, r); our W, A, B are their transposes,
    and the scaling lora_alpha / r is the same (not use_rslora's lora_alpha / sqrt(r)).

    The hidden tests use N ≤ 7, D_in, D_out ≤ 8, r ≤ 8.

Time budget: 15 minutes.
"""
import numpy as np


def lora_forward(x, W, A, B, alpha):
    # BEGIN SOLUTION
    # Complexity: O(N·D_in·D_out + N·r·(D_in + D_out)) time, O(N·(D_out + r)) extra memory.
    if x.shape[1] != W.shape[0]:
        raise ValueError(f"x has {x.shape[1]} columns but W has {W.shape[0]} rows")
    if A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError(f"A {A.shape} and B {B.shape} do not chain with W {W.shape}")
    r = A.shape[1]
    # (x A) B costs N·r·(D_in + D_out): never form the (D_in, D_out) product A B here
    return x @ W + (alpha / r) * ((x @ A) @ B)
    # END SOLUTION


def lora_merge(W, A, B, alpha):
    # BEGIN SOLUTION
    if A.shape[0] != W.shape[0] or B.shape[1] != W.shape[1] or A.shape[1] != B.shape[0]:
        raise ValueError(f"A {A.shape} and B {B.shape} do not chain with W {W.shape}")
    r = A.shape[1]
    return W + (alpha / r) * (A @ B)     # a new array: W itself is left alone
    # END SOLUTION
