"""Two plain loops over the pairs, one intersection rectangle at a time."""
import numpy as np


def box_iou(boxes1, boxes2):
    a = np.asarray(boxes1, dtype=np.float64)
    b = np.asarray(boxes2, dtype=np.float64)
    for bx in (a, b):
        if bx.ndim != 2 or bx.shape[1] != 4:
            raise ValueError("shape")
        for x1, y1, x2, y2 in bx.tolist():
            if x2 < x1 or y2 < y1:
                raise ValueError("inverted box")
    out = np.zeros((len(a), len(b)))
    for i, (ax1, ay1, ax2, ay2) in enumerate(a.tolist()):
        for j, (bx1, by1, bx2, by2) in enumerate(b.tolist()):
            w = min(ax2, bx2) - max(ax1, bx1)
            h = min(ay2, by2) - max(ay1, by1)
            inter = w * h if w > 0 and h > 0 else 0.0
            union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter
            out[i, j] = inter / union if union > 0 else 0.0
    return out
