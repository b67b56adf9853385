"""The whole (K, G) IoU matrix up front, with other images' pairs set to −1; AP from the points
where recall rises (only they add area)."""
import numpy as np


def match_detections(det_boxes, det_scores, det_images, gt_boxes, gt_images, iou_threshold=0.5):
    d = np.asarray(det_boxes, dtype=np.float64)
    g = np.asarray(gt_boxes, dtype=np.float64)
    scores = np.asarray(det_scores, dtype=np.float64)
    di, gi = np.asarray(det_images), np.asarray(gt_images)
    if d.ndim != 2 or d.shape[1] != 4 or g.ndim != 2 or g.shape[1] != 4:
        raise ValueError("shape")
    if np.any(d[:, 2:] < d[:, :2]) or np.any(g[:, 2:] < g[:, :2]):
        raise ValueError("inverted")
    if scores.shape != (len(d),) or di.shape != (len(d),) or gi.shape != (len(g),):
        raise ValueError("lengths")
    if not (np.issubdtype(di.dtype, np.integer) and np.issubdtype(gi.dtype, np.integer)):
        raise ValueError("ids")
    if np.isnan(scores).any() or not (iou_threshold > 0 and iou_threshold <= 1):
        raise ValueError("scores/threshold")
    lo = np.maximum(d[:, None, :2], g[None, :, :2])
    hi = np.minimum(d[:, None, 2:], g[None, :, 2:])
    inter = np.clip(hi - lo, 0, None).prod(-1)
    area_d = (d[:, 2:] - d[:, :2]).prod(-1)
    area_g = (g[:, 2:] - g[:, :2]).prod(-1)
    union = area_d[:, None] + area_g[None, :] - inter
    iou = np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)
    iou[di[:, None] != gi[None, :]] = -1.0
    order = np.lexsort((np.arange(len(d)), -scores))
    free = np.ones(len(g), dtype=bool)
    hits = []
    for i in order:
        row = np.where(free, iou[i], -1.0)
        j = int(np.argmax(row)) if len(row) else -1
        hit = j >= 0 and row[j] >= iou_threshold
        if hit:
            free[j] = False
        hits.append(bool(hit))
    return order.astype(np.int64), np.array(hits, dtype=bool)


def average_precision(is_tp, n_gt, interpolation="all_points"):
    flags = np.asarray(is_tp)
    if flags.ndim != 1 or flags.dtype != np.bool_:
        raise ValueError("is_tp")
    if isinstance(n_gt, bool) or not isinstance(n_gt, (int, np.integer)) or n_gt < max(1, flags.sum()):
        raise ValueError("n_gt")
    if interpolation not in {"all_points", "101_point"}:
        raise ValueError("interpolation")
    hits = np.flatnonzero(flags)                       # ranks (0-based) of the true positives
    # the m-th true positive (m = 1 … M) sits at rank hits[m-1]: precision m / (rank + 1), recall m / n_gt
    precision = np.arange(1, len(hits) + 1) / (hits + 1)
    best_after = np.maximum.accumulate(precision[::-1])[::-1] if len(hits) else precision
    if interpolation == "all_points":
        return float(best_after.sum() / n_gt)
    recall = np.arange(1, len(hits) + 1) / n_gt
    total = 0.0
    for j in range(101):
        idx = np.searchsorted(recall, j / 100, side="left")
        total += best_after[idx] if idx < len(recall) else 0.0
    return total / 101
