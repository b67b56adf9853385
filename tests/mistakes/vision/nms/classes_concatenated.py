"""batched_nms returns the classes one after another (all of class 0's kept boxes, then class 1's ...).

The result is sorted by decreasing score across all classes, ties lower index first.
"""
import numpy as np


def nms(boxes, scores, iou_threshold):
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


def batched_nms(boxes, scores, classes, iou_threshold):
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
    return keep
