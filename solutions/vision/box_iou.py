"""Pairwise intersection over union of axis-aligned boxes in (x1, y1, x2, y2) form.

Task
    Given N boxes and M boxes, each as (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2, return the
    N × M matrix of IoU = area(A ∩ B) / area(A ∪ B), where area = (x2 − x1)(y2 − y1) (continuous
    coordinates: NO "+1" pixel convention), the intersection's width is max(0, min(x2) − max(x1))
    and likewise its height, and area(A ∪ B) = area(A) + area(B) − area(A ∩ B). Boxes that only
    touch have IoU 0. The 0/0 rule: where the union's area is 0 (two zero-area boxes), the IoU is
    0.0.

Signature
    box_iou(boxes1, boxes2) -> iou

Shapes and types
    boxes1: float64 (N, 4), boxes2: float64 (M, 4), N, M >= 0. iou: a new float64 array (N, M),
    every entry in [0, 1]. Zero-area boxes (x1 = x2 or y1 = y2) are allowed.

Example
    >>> import numpy as np
    >>> box_iou(np.array([[0.0, 0.0, 2.0, 2.0]]), np.array([[1.0, 1.0, 3.0, 3.0], [2.0, 0.0, 4.0, 2.0]])).tolist()
    [[0.14285714285714285, 0.0]]

Constraints
    Plain Python and numpy only (broadcasting, no loops needed). ValueError for: arrays not of
    shape (·, 4), a box with x2 < x1 or y2 < y1. The inputs are not modified.

    Coming from torchvision: torchvision.ops.box_iou computes the same, but returns nan where
    the union is 0; here that is 0.0. Detectron's old "+1" areas ((x2 − x1 + 1)·…) are not used.

    The hidden tests use N, M ≤ 30.

Time budget: 15 minutes.
"""
import numpy as np


def box_iou(boxes1, boxes2):
    # BEGIN SOLUTION
    # Complexity: O(n·m) time and memory for the (n, m) matrix (n and m boxes).
    a = np.asarray(boxes1, dtype=np.float64)
    b = np.asarray(boxes2, dtype=np.float64)
    for boxes in (a, b):
        if boxes.ndim != 2 or boxes.shape[1] != 4:
            raise ValueError("boxes must have shape (n, 4)")
        if np.any(boxes[:, 2] < boxes[:, 0]) or np.any(boxes[:, 3] < boxes[:, 1]):
            raise ValueError("a box has x2 < x1 or y2 < y1")
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    w = np.maximum(0.0, np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]))
    h = np.maximum(0.0, np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]))
    inter = w * h
    union = area_a[:, None] + area_b[None, :] - inter
    out = np.zeros(inter.shape)
    np.divide(inter, union, out=out, where=union > 0)
    return out
    # END SOLUTION
