"""On equal IoU the detection takes the LAST ground-truth box (a >= scan that keeps overwriting) instead of the lowest index.

Ties in IoU go to the lowest gt index, np.argmax's first maximum.
"""
import numpy as np


def match_detections(det_boxes, det_scores, det_images, gt_boxes, gt_images, iou_threshold=0.5):
    det_boxes = np.asarray(det_boxes, dtype=np.float64)
    gt_boxes = np.asarray(gt_boxes, dtype=np.float64)
    det_scores = np.asarray(det_scores, dtype=np.float64)
    det_images, gt_images = np.asarray(det_images), np.asarray(gt_images)
    for boxes in (det_boxes, gt_boxes):
        if boxes.ndim != 2 or boxes.shape[1] != 4:
            raise ValueError("boxes must have shape (n, 4)")
        if np.any(boxes[:, 2] < boxes[:, 0]) or np.any(boxes[:, 3] < boxes[:, 1]):
            raise ValueError("a box has x2 < x1 or y2 < y1")
    if det_scores.shape != (len(det_boxes),) or det_images.shape != (len(det_boxes),) \
            or gt_images.shape != (len(gt_boxes),):
        raise ValueError("scores and image ids need one entry per box")
    for ids in (det_images, gt_images):
        if not np.issubdtype(ids.dtype, np.integer):
            raise ValueError("image ids must be integers")
    if np.any(np.isnan(det_scores)):
        raise ValueError("a score is NaN")
    if not 0.0 < iou_threshold <= 1.0:
        raise ValueError("iou_threshold must be in (0, 1]")
    gt_area = (gt_boxes[:, 2] - gt_boxes[:, 0]) * (gt_boxes[:, 3] - gt_boxes[:, 1])
    order = np.argsort(-det_scores, kind="stable")
    matched = np.zeros(len(gt_boxes), dtype=bool)
    is_tp = np.zeros(len(order), dtype=bool)
    for rank, i in enumerate(order):
        box = det_boxes[i]
        w = np.maximum(0.0, np.minimum(box[2], gt_boxes[:, 2]) - np.maximum(box[0], gt_boxes[:, 0]))
        h = np.maximum(0.0, np.minimum(box[3], gt_boxes[:, 3]) - np.maximum(box[1], gt_boxes[:, 1]))
        inter = w * h
        union = (box[2] - box[0]) * (box[3] - box[1]) + gt_area - inter
        iou = np.zeros(len(gt_boxes))
        np.divide(inter, union, out=iou, where=union > 0)
        # only unmatched ground truth of the same image can be claimed
        iou[(gt_images != det_images[i]) | matched] = -1.0
        if len(iou) and iou.max() >= iou_threshold:
            best = len(iou) - 1 - int(np.argmax(iou[::-1]))
            matched[best] = True
            is_tp[rank] = True
    return order.astype(np.int64), is_tp


def average_precision(is_tp, n_gt, interpolation="all_points"):
    is_tp = np.asarray(is_tp)
    if is_tp.ndim != 1 or is_tp.dtype != bool:
        raise ValueError("is_tp must be a 1-D bool array")
    if isinstance(n_gt, bool) or not isinstance(n_gt, (int, np.integer)) or n_gt < max(1, int(is_tp.sum())):
        raise ValueError("n_gt must be an int >= 1 and >= the number of true positives")
    if interpolation not in ("all_points", "101_point"):
        raise ValueError("interpolation must be 'all_points' or '101_point'")
    tp = np.cumsum(is_tp)
    precision = tp / np.arange(1, len(is_tp) + 1)
    recall = tp / n_gt
    # the envelope: the best precision at this point or any later one (recall never decreases)
    envelope = np.maximum.accumulate(precision[::-1])[::-1]
    if interpolation == "all_points":
        steps = np.diff(recall, prepend=0.0)
        return float(np.sum(steps * envelope))
    levels = np.arange(101) / 100
    first = np.searchsorted(recall, levels, side="left")  # the first point with recall >= the level
    reached = first < len(recall)
    return float(np.sum(envelope[first[reached]]) / 101)
