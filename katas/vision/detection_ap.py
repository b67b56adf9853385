"""Average precision of a detector for one class at one IoU threshold.

Task
    Two functions: match the detections to the ground truth, then turn the matches into AP.

    match_detections: visit the detections in order of decreasing score (a stable sort: equal
    scores lower index first). A detection may only match a ground-truth box of the SAME image
    (det_images[i] == gt_images[j]) that no earlier detection has matched. Among those, take the
    one with the highest IoU (the lowest gt index on equal IoU); if that IoU >= iou_threshold the
    detection is a true positive and the ground-truth box is now matched, otherwise it is a false
    positive. IoU as in vision/box_iou (xyxy, no "+1", 0/0 = 0). Return the visiting order and,
    for each visited detection, whether it was a true positive.

    average_precision: given is_tp in that ranked order and n_gt, the number of ground-truth
    boxes, the k-th point of the precision-recall curve (k = 1 … K) is
        precision_k = TP_k / k,   recall_k = TP_k / n_gt      (TP_k: true positives among the first k)
    (every detection is its own point, tied scores included). The interpolated precision at recall
    r is the best precision at any point with recall >= r (0 when there is none). Then
      - interpolation="all_points" (Pascal VOC 2010 and later): the area under the interpolated
        curve, AP = Σ_k (recall_k − recall_{k−1}) · p_interp(recall_k), recall_0 = 0;
      - interpolation="101_point" (COCO): the mean of p_interp(r) over the 101 recall levels
        r = j / 100, j = 0 … 100 (each level computed as the division j / 100).

Signature
    match_detections(det_boxes, det_scores, det_images, gt_boxes, gt_images, iou_threshold=0.5)
        -> (order, is_tp), a tuple of an int64 array and a bool array
    average_precision(is_tp, n_gt, interpolation="all_points") -> ap, a float

Shapes and types
    det_boxes: float64 (K, 4); det_scores: float64 (K,); det_images: integer (K,); gt_boxes:
    float64 (G, 4); gt_images: integer (G,); K, G >= 0; iou_threshold: a float in (0, 1].
    order: a new int64 array (K,), a permutation of 0 … K−1; is_tp: a new bool array (K,),
    is_tp[k] for detection order[k]. average_precision: is_tp a bool array (K,) in ranked order,
    n_gt an int >= 1 (at least the number of True entries); ap: a float in [0, 1].

Example
    >>> import numpy as np
    >>> gt = np.array([[0.0, 0.0, 2.0, 2.0], [5.0, 5.0, 7.0, 7.0]])
    >>> dets = np.array([[0.0, 0.0, 2.0, 1.8], [0.0, 0.2, 2.0, 2.0], [9.0, 9.0, 10.0, 10.0]])
    >>> order, is_tp = match_detections(dets, np.array([0.9, 0.8, 0.95]), np.zeros(3, dtype=int), gt, np.zeros(2, dtype=int))
    >>> order.tolist(), is_tp.tolist()
    ([2, 0, 1], [False, True, False])
    >>> average_precision(np.array([True, False, True, False, True]), 4)
    0.5666666666666667

Constraints
    Plain Python and numpy. ValueError for: boxes not (·, 4) or with x2 < x1 or y2 < y1; scores
    or image ids of the wrong length; image ids not integers; a NaN score; iou_threshold not in
    (0, 1]; is_tp not a 1-D bool array; n_gt not an int (bools are not) or smaller than the
    number of true positives or < 1 (AP is undefined without ground truth); an unknown
    interpolation. No detections (K = 0) gives AP 0.0. Returns new arrays; the inputs are not
    modified.

    Coming from pycocotools / the VOC devkit: COCOeval matches like match_detections (greedy by
    score with a stable sort, best IoU among the unmatched, IoU >= threshold; on equal IoU it
    takes the later ground-truth box, here the lower index) and averages 101 recall levels, but
    builds them with np.linspace(0, 1, 101), ten of whose values sit one rounding step above
    j / 100 (0.7 among them): at a recall of exactly 0.7 it then skips a point that counts here.
    COCO also ignores "crowd" and area-range boxes, and caps detections per image (100); none of
    that here. The VOC devkit matches differently: it takes the best IoU over ALL ground truth of
    the image, and if that box is already matched the detection is a false positive (even if an
    unmatched box also overlaps enough), and it needs IoU > 0.5 strictly; VOC 2007 used an
    11-point average instead of the area.

    The hidden tests use K, G ≤ 60.

Time budget: 30 minutes.
"""
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=vision/detection_ap`.
import numpy as np


def match_detections(det_boxes, det_scores, det_images, gt_boxes, gt_images, iou_threshold=0.5):
    raise NotImplementedError("vision/detection_ap: implement match_detections")


def average_precision(is_tp, n_gt, interpolation="all_points"):
    raise NotImplementedError("vision/detection_ap: implement average_precision")
