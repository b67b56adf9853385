"""The whole IoU matrix first, then a plain loop over a Python-sorted order; batched_nms as one pass with a class mask."""
import numpy as np


def _validate(boxes, scores, iou_threshold):
    boxes = np.array(boxes, dtype=np.float64)
    scores = np.array(scores, dtype=np.float64)
    if boxes.ndim != 2 or boxes.shape[1] != 4 or scores.shape != (boxes.shape[0],):
        raise ValueError("shapes")
    if (boxes[:, 2] < boxes[:, 0]).any() or (boxes[:, 3] < boxes[:, 1]).any():
        raise ValueError("inverted box")
    if np.isnan(scores).any() or not (0 <= iou_threshold <= 1):
        raise ValueError("scores or threshold")
    return boxes, scores


def _iou_matrix(b):
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lo = np.maximum(b[:, None, :2], b[None, :, :2])
    hi = np.minimum(b[:, None, 2:], b[None, :, 2:])
    inter = np.clip(hi - lo, 0, None).prod(axis=2)
    union = area[:, None] + area[None, :] - inter
    return np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0)


def _greedy(boxes, scores, same_group, iou_threshold):
    iou = _iou_matrix(boxes)
    order = sorted(range(len(boxes)), key=lambda i: (-scores[i], i))
    alive = [True] * len(boxes)
    keep = []
    for i in order:
        if alive[i]:
            keep.append(i)
            for j in range(len(boxes)):
                if same_group[i, j] and iou[i, j] > iou_threshold:
                    alive[j] = False
    return np.array(keep, dtype=np.int64)


def nms(boxes, scores, iou_threshold):
    boxes, scores = _validate(boxes, scores, iou_threshold)
    n = len(boxes)
    return _greedy(boxes, scores, np.ones((n, n), dtype=bool), iou_threshold)


def batched_nms(boxes, scores, classes, iou_threshold):
    boxes, scores = _validate(boxes, scores, iou_threshold)
    classes = np.array(classes)
    if classes.shape != scores.shape or classes.dtype.kind not in "iu":
        raise ValueError("classes")
    return _greedy(boxes, scores, classes[:, None] == classes[None, :], iou_threshold)
