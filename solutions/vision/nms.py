"""Greedy non-maximum suppression, and its per-class variant.

Task
    A detector proposes many overlapping boxes for one object; NMS keeps the best and drops the
    boxes that overlap it too much. Write two functions.

    nms: visit the boxes in order of decreasing score. A box not yet suppressed is KEPT, and it
    suppresses every later box (lower in that order) whose IoU with it is STRICTLY GREATER than
    iou_threshold (IoU exactly equal to the threshold does not suppress). A suppressed box
    suppresses nothing. Return the kept indices in the order they were kept (decreasing score).

    Tie rule: boxes with equal scores are visited lower index first (a stable sort by decreasing
    score), so of two identical boxes with equal scores the lower index is kept.

    IoU as in vision/box_iou: boxes are (x1, y1, x2, y2), area = (x2 − x1)(y2 − y1) (continuous
    coordinates, no "+1"), IoU = area(A ∩ B) / area(A ∪ B), and 0.0 where the union's area is 0.
    So a zero-area box (a point or a line) has IoU 0 with everything and is never suppressed
    and never suppresses (not even at threshold 0): it is kept.

    batched_nms: the same, but a box only suppresses boxes of its own class (classes[i]); boxes
    of different classes never suppress each other, whatever their overlap. Return the kept
    indices of all classes together, sorted by decreasing score, ties lower index first (the
    order a single pass over all boxes visits them).

Signature
    nms(boxes, scores, iou_threshold) -> keep, an int64 array
    batched_nms(boxes, scores, classes, iou_threshold) -> keep, an int64 array

Shapes and types
    boxes: float64 (N, 4) with x1 <= x2, y1 <= y2; scores: float64 (N,); classes: integer (N,)
    (any integer labels, negative too); iou_threshold: a float in [0, 1]. N >= 0.
    keep: a new int64 array (K,) of indices into boxes, K <= N, no repeats.

Example
    >>> import numpy as np
    >>> boxes = np.array([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 2.0, 1.8], [3.0, 0.0, 5.0, 2.0]])
    >>> nms(boxes, np.array([0.6, 0.9, 0.8]), 0.5).tolist()
    [1, 2]
    >>> batched_nms(boxes, np.array([0.6, 0.9, 0.8]), np.array([0, 1, 0]), 0.5).tolist()
    [1, 2, 0]

Constraints
    Plain Python and numpy. ValueError for: boxes not of shape (N, 4); a box with x2 < x1 or
    y2 < y1; scores (or classes) not of shape (N,); a NaN score (±inf scores are allowed);
    classes not of an integer dtype; iou_threshold outside [0, 1] or NaN. Validation happens
    for N = 0 too. Returns new arrays; the inputs are not modified.

    Coming from torchvision: torchvision.ops.nms(boxes, scores, iou_threshold) has the same
    rule (strictly greater suppresses, no "+1") and its CPU kernel sorts stably, so ties keep
    the lower index first as here; its docs warn that ties may differ on GPU. Where both boxes
    have zero area torchvision computes 0/0 = nan, which never suppresses either, so the result
    is the same. torchvision.ops.batched_nms, for up to 1000 boxes on CPU (it loops over the
    classes beyond that), shifts each class's boxes by class × (max coordinate + 1) and runs
    one nms; that trick assumes non-negative coordinates and class indices (otherwise shifted
    boxes of different classes can still overlap); here classes are kept apart for any
    coordinates and any integer labels.

    The hidden tests use N ≤ 60.

Time budget: 20 minutes.
"""
import numpy as np


def nms(boxes, scores, iou_threshold):
    # BEGIN SOLUTION
    # Complexity: O(N²) time in the worst case (each kept box against the rest), O(N) memory (N boxes).
    boxes = np.asarray(boxes, dtype=np.float64)
    scores = np.asarray(scores, dtype=np.float64)
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("boxes must have shape (N, 4)")
    if scores.shape != (len(boxes),):
        raise ValueError("scores must have shape (N,)")
    if np.any(boxes[:, 2] < boxes[:, 0]) or np.any(boxes[:, 3] < boxes[:, 1]):
        raise ValueError("a box has x2 < x1 or y2 < y1")
    if np.any(np.isnan(scores)):
        raise ValueError("a score is NaN")
    if not 0.0 <= iou_threshold <= 1.0:  # also False for NaN
        raise ValueError("iou_threshold must be in [0, 1]")
    x1, y1, x2, y2 = boxes.T
    areas = (x2 - x1) * (y2 - y1)
    # a stable sort of −scores: decreasing score, equal scores lower index first
    order = np.argsort(-scores, kind="stable")
    suppressed = np.zeros(len(boxes), dtype=bool)
    keep = []
    for i in order:
        if suppressed[i]:
            continue  # a suppressed box suppresses nothing
        keep.append(i)
        w = np.maximum(0.0, np.minimum(x2[i], x2) - np.maximum(x1[i], x1))
        h = np.maximum(0.0, np.minimum(y2[i], y2) - np.maximum(y1[i], y1))
        inter = w * h
        union = areas[i] + areas - inter
        iou = np.zeros(len(boxes))
        np.divide(inter, union, out=iou, where=union > 0)  # the 0/0 rule: IoU 0
        suppressed |= iou > iou_threshold
    return np.array(keep, dtype=np.int64)
    # END SOLUTION


def batched_nms(boxes, scores, classes, iou_threshold):
    # BEGIN SOLUTION
    boxes = np.asarray(boxes, dtype=np.float64)
    scores = np.asarray(scores, dtype=np.float64)
    classes = np.asarray(classes)
    if boxes.ndim != 2 or scores.shape != (len(boxes),) or classes.shape != (len(boxes),):
        raise ValueError("boxes, scores and classes must have shapes (N, 4), (N,) and (N,)")
    if not np.issubdtype(classes.dtype, np.integer):
        raise ValueError("classes must be integers")
    keep = [nms(boxes[:0], scores[:0], iou_threshold)]  # validates the threshold when N = 0
    for label in np.unique(classes):
        members = np.flatnonzero(classes == label)
        keep.append(members[nms(boxes[members], scores[members], iou_threshold)])
    keep = np.concatenate(keep).astype(np.int64)
    # the order one pass over all boxes would keep them in: decreasing score, ties lower index first
    return keep[np.lexsort((keep, -scores[keep]))]
    # END SOLUTION
