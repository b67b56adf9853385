"""batched_nms by torchvision's trick made safe: move every class to its own region far from the others
(offset = class rank × (coordinate range + 1), measured from the smallest coordinate); nms pops the best
box from a shrinking list."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    boxes = np.array(boxes, dtype=np.float64)
    scores = np.array(scores, dtype=np.float64)
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("boxes must be (N, 4)")
    if scores.ndim != 1 or len(scores) != len(boxes):
        raise ValueError("scores must be (N,)")
    if np.any(boxes[:, 2:] < boxes[:, :2]):
        raise ValueError("x2 < x1 or y2 < y1")
    if np.isnan(scores).any():
        raise ValueError("NaN score")
    if not (iou_threshold >= 0 and iou_threshold <= 1):
        raise ValueError("threshold")
    remaining = list(np.lexsort((np.arange(len(scores)), -scores)))
    keep = []
    while remaining:
        best, rest = remaining[0], np.array(remaining[1:], dtype=np.int64)
        keep.append(best)
        if len(rest) == 0:
            break
        b, o = boxes[best], boxes[rest]
        w = np.clip(np.minimum(b[2], o[:, 2]) - np.maximum(b[0], o[:, 0]), 0, None)
        h = np.clip(np.minimum(b[3], o[:, 3]) - np.maximum(b[1], o[:, 1]), 0, None)
        inter = w * h
        union = (b[2] - b[0]) * (b[3] - b[1]) + (o[:, 2] - o[:, 0]) * (o[:, 3] - o[:, 1]) - inter
        safe = np.where(union > 0, union, 1.0)
        iou = np.where(union > 0, inter / safe, 0.0)
        remaining = [int(j) for j, v in zip(rest, iou) if not v > iou_threshold]
    return np.array(keep, dtype=np.int64)


def batched_nms(boxes, scores, classes, iou_threshold):
    boxes = np.array(boxes, dtype=np.float64)
    classes = np.array(classes)
    if boxes.ndim != 2 or classes.ndim != 1 or len(classes) != len(boxes):
        raise ValueError("classes must be (N,)")
    if classes.dtype.kind not in "iu":
        raise ValueError("classes must be integers")
    if len(boxes) == 0 or boxes.shape[1] != 4:
        return nms(boxes, scores, iou_threshold)
    _, rank = np.unique(classes, return_inverse=True)
    low, high = boxes.min(), boxes.max()
    shifted = boxes - low + rank[:, None] * (high - low + 1.0)
    return nms(shifted, scores, iou_threshold)
