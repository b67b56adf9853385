"""Ground truth grouped per image in a dict, plain loops; AP the VOC devkit's way: sentinels at recall 0
and 1, a backward max for the envelope, then the sum over the points where recall changes."""
import numpy as np


def _iou(a, b):
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    inter = w * h if w > 0 and h > 0 else 0.0
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _boxes(b):
    b = np.array(b, dtype=float)
    if b.ndim != 2 or b.shape[1] != 4 or (b[:, 2] < b[:, 0]).any() or (b[:, 3] < b[:, 1]).any():
        raise ValueError("boxes")
    return b


def match_detections(det_boxes, det_scores, det_images, gt_boxes, gt_images, iou_threshold=0.5):
    D, G = _boxes(det_boxes), _boxes(gt_boxes)
    s, di, gi = np.array(det_scores, dtype=float), np.array(det_images), np.array(gt_images)
    if s.shape != (len(D),) or di.shape != (len(D),) or gi.shape != (len(G),):
        raise ValueError("lengths")
    if di.dtype.kind not in "iu" or gi.dtype.kind not in "iu":
        raise ValueError("ids")
    if np.isnan(s).any() or not (0 < iou_threshold <= 1):
        raise ValueError("scores or threshold")
    per_image = {}
    for j, img in enumerate(gi.tolist()):
        per_image.setdefault(img, []).append(j)
    taken = set()
    order = sorted(range(len(D)), key=lambda i: (-s[i], i))
    flags = []
    for i in order:
        best, best_iou = None, -1.0
        for j in per_image.get(int(di[i]), []):
            if j in taken:
                continue
            v = _iou(D[i], G[j])
            if v > best_iou:
                best, best_iou = j, v
        hit = best is not None and best_iou >= iou_threshold
        if hit:
            taken.add(best)
        flags.append(hit)
    return np.array(order, dtype=np.int64), np.array(flags, dtype=bool)


def average_precision(is_tp, n_gt, interpolation="all_points"):
    t = np.asarray(is_tp)
    if t.ndim != 1 or t.dtype.kind != "b":
        raise ValueError("is_tp")
    if type(n_gt) is bool or not isinstance(n_gt, (int, np.integer)) or n_gt < 1 or n_gt < t.sum():
        raise ValueError("n_gt")
    if interpolation not in ("all_points", "101_point"):
        raise ValueError("interpolation")
    tp = np.cumsum(t).astype(float)
    rec = tp / n_gt
    prec = tp / np.arange(1, len(t) + 1)
    if interpolation == "101_point":
        total = 0.0
        for j in range(101):
            level = j / 100
            ok = rec >= level
            total += prec[ok].max() if ok.any() else 0.0
        return total / 101
    mrec = np.concatenate([[0.0], rec, [1.0]])
    mpre = np.concatenate([[0.0], prec, [0.0]])
    for k in range(len(mpre) - 2, -1, -1):
        mpre[k] = max(mpre[k], mpre[k + 1])
    changes = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[changes + 1] - mrec[changes]) * mpre[changes + 1]))
