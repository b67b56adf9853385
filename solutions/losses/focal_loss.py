"""Focal loss (RetinaNet), binary, from logits, as torchvision's sigmoid_focal_loss.

Task
    Each element has a logit x and a target t in [0, 1] (1 = positive, 0 = negative). With
    p = σ(x), the binary cross-entropy from logits ce = −[t log p + (1 − t) log(1 − p)] and
    p_t = p t + (1 − p)(1 − t), the focal loss of an element is
        loss = α_t · (1 − p_t)^γ · ce,      α_t = α t + (1 − α)(1 − t)
    (Lin et al., "Focal Loss for Dense Object Detection", 2017). A NEGATIVE alpha switches the
    weighting off: α_t = 1 for every element. Then reduce: "none" keeps every element, "mean"
    averages over ALL elements, "sum" adds them.

Signature
    sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0, reduction="none") -> loss

Shapes and types
    logits, targets: float64 arrays of the same shape (any shape, possibly empty).
    alpha: a float (α in [0, 1], or negative for no weighting); gamma: a float >= 0.
    reduction "none": a new float64 array of the inputs' shape; "mean" and "sum": a float.
    An empty input gives an empty array ("none"), 0.0 ("sum") and nan ("mean"), as PyTorch.

Example
    >>> import numpy as np
    >>> loss = sigmoid_focal_loss(np.array([0.0, 0.0]), np.array([1.0, 0.0]))
    >>> np.round(loss / np.log(2), 6).tolist()          # p = 0.5: (1 − p_t)² = 0.25, α_t = 0.25 / 0.75
    [0.0625, 0.1875]
    >>> round(sigmoid_focal_loss(np.array([0.0]), np.array([1.0]), alpha=-1, gamma=0.0, reduction="sum"), 6)
    0.693147

Constraints
    Plain Python and numpy only. Stable for logits in the thousands of both signs: never take
    log(σ(x)) or log(1 − σ(x)); use ce = logaddexp(0, x) − t·x, and compute 1 − p_t as
    σ(x)(1 − t) + σ(−x) t with a σ that does not overflow. γ = 0 gives (1 − p_t)^0 = 1 even where
    1 − p_t = 0. ValueError for: logits and targets of different shapes, gamma < 0, a reduction
    other than "none", "mean", "sum". Returns new arrays; the inputs are not modified.

    Coming from PyTorch: the same as torchvision.ops.sigmoid_focal_loss (alpha=0.25, gamma=2,
    reduction="none" by default; alpha < 0 means no α weighting). RetinaNet itself sums and divides
    by the number of positive anchors: that normalisation is the caller's, not this function's.

    The hidden tests use at most 200 elements.

Time budget: 15 minutes.
"""
import numpy as np


def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0, reduction="none"):
    # BEGIN SOLUTION
    # Complexity: O(n) time and memory (n elements).
    x = np.asarray(logits, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64)
    if x.shape != t.shape:
        raise ValueError(f"logits {x.shape} and targets {t.shape} differ in shape")
    if gamma < 0:
        raise ValueError("gamma must be >= 0")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"unknown reduction {reduction!r}")
    ce = np.logaddexp(0.0, x) - t * x              # −[t log p + (1 − t) log(1 − p)], stable
    p = np.exp(-np.logaddexp(0.0, -x))             # σ(x) without overflow
    q = np.exp(-np.logaddexp(0.0, x))              # σ(−x) = 1 − p, without cancellation
    one_minus_pt = p * (1.0 - t) + q * t
    loss = ce * one_minus_pt ** gamma
    if alpha >= 0:
        loss = (alpha * t + (1.0 - alpha) * (1.0 - t)) * loss
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")
    # END SOLUTION
