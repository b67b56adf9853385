"""Faster R-CNN's box deltas: encode a box relative to an anchor, and decode it back.

Task
    A detector does not predict box corners directly; it predicts how to move and stretch an
    anchor (a fixed reference box). With centre-size coordinates of a box (x1, y1, x2, y2):

        width w = x2 − x1, height h = y2 − y1        (continuous coordinates: NO "+1")
        centre cx = x1 + 0.5·w, cy = y1 + 0.5·h

    encode(anchors, boxes, weights) turns box i, relative to anchor i (a for anchor, b for box),
    into the deltas

        dx = wx · (cx_b − cx_a) / w_a        dy = wy · (cy_b − cy_a) / h_a
        dw = ww · log(w_b / w_a)             dh = wh · log(h_b / h_a)

    decode(anchors, deltas, weights) inverts it, with one safety clamp: after dividing by the
    weights, dw and dh are clamped FROM ABOVE at log(1000 / 16) ≈ 4.135 (so no box grows more
    than 62.5 times its anchor and exp cannot overflow; there is no clamp from below):

        dx' = dx / wx, dy' = dy / wy, dw' = min(dw / ww, log(1000/16)), dh' = min(dh / wh, log(1000/16))
        cx = dx'·w_a + cx_a,  cy = dy'·h_a + cy_a,  w = exp(dw')·w_a,  h = exp(dh')·h_a
        box = (cx − 0.5·w, cy − 0.5·h, cx + 0.5·w, cy + 0.5·h)

    So decode(anchors, encode(anchors, boxes, weights), weights) gives boxes back (up to
    rounding) whenever no box is more than 62.5 times wider or taller than its anchor.

Signature
    encode(anchors, boxes, weights=(1.0, 1.0, 1.0, 1.0)) -> deltas, a float64 array
    decode(anchors, deltas, weights=(1.0, 1.0, 1.0, 1.0)) -> boxes, a float64 array

Shapes and types
    anchors, boxes: float64 (N, 4) as (x1, y1, x2, y2); deltas: float64 (N, 4) as (dx, dy, dw, dh);
    weights: a tuple of 4 floats (wx, wy, ww, wh). N >= 0. Both return a new float64 (N, 4) array.

Example
    >>> import numpy as np
    >>> anchors = np.array([[0.0, 0.0, 4.0, 2.0]])
    >>> encode(anchors, np.array([[1.0, 0.0, 9.0, 2.0]])).tolist()
    [[0.75, 0.0, 0.6931471805599453, 0.0]]
    >>> decode(anchors, np.array([[0.75, 0.0, 0.6931471805599453, 0.0]])).tolist()
    [[1.0, 0.0, 9.0, 2.0]]

Constraints
    Plain Python and numpy. ValueError for: anchors, boxes or deltas not of shape (N, 4) (the
    same N for both arguments); an anchor with x2 <= x1 or y2 <= y1 (zero width or height:
    nothing to divide by), in decode too; in encode, a box with x2 <= x1 or y2 <= y1 (log 0);
    weights not 4 numbers all > 0. Validation happens for N = 0 too. Deltas may be any finite
    numbers (large negative dw gives a tiny box, large positive dw is clamped). Returns new
    arrays; the inputs are not modified.

    Coming from torchvision: torchvision.models.detection._utils.BoxCoder(weights,
    bbox_xform_clip=log(1000/16)) computes the same; its encode_single(reference_boxes,
    proposals) takes the ground-truth boxes FIRST and the anchors second, here anchors come
    first in both functions. Its default weights in Faster R-CNN's box head are (10, 10, 5, 5)
    and (1, 1, 1, 1) in the RPN; the default here is (1, 1, 1, 1). The old Detectron / py-faster-rcnn
    code used widths x2 − x1 + 1; torchvision and this kata do not.

    The hidden tests use N ≤ 50 and coordinates up to ±1e4.

Time budget: 20 minutes.
"""
import math

import numpy as np

CLAMP = math.log(1000.0 / 16)


def encode(anchors, boxes, weights=(1.0, 1.0, 1.0, 1.0)):
    # BEGIN SOLUTION
    # Complexity: O(N) time and memory (N anchor/box pairs).
    anchors = np.asarray(anchors, dtype=np.float64)
    boxes = np.asarray(boxes, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    if weights.shape != (4,) or not np.all(weights > 0):  # also catches NaN
        raise ValueError("weights must be 4 numbers, all > 0")
    wx, wy, ww, wh = weights
    for array in (anchors, boxes):
        if array.ndim != 2 or array.shape[1] != 4 or len(array) != len(anchors):
            raise ValueError("anchors and boxes must both have shape (N, 4)")
        if np.any(array[:, 2] <= array[:, 0]) or np.any(array[:, 3] <= array[:, 1]):
            raise ValueError("every anchor and box needs a positive width and height")
    a_w, a_h = anchors[:, 2] - anchors[:, 0], anchors[:, 3] - anchors[:, 1]
    a_cx, a_cy = anchors[:, 0] + 0.5 * a_w, anchors[:, 1] + 0.5 * a_h
    b_w, b_h = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
    b_cx, b_cy = boxes[:, 0] + 0.5 * b_w, boxes[:, 1] + 0.5 * b_h
    return np.stack([wx * (b_cx - a_cx) / a_w, wy * (b_cy - a_cy) / a_h,
                     ww * np.log(b_w / a_w), wh * np.log(b_h / a_h)], axis=1)
    # END SOLUTION


def decode(anchors, deltas, weights=(1.0, 1.0, 1.0, 1.0)):
    # BEGIN SOLUTION
    anchors = np.asarray(anchors, dtype=np.float64)
    deltas = np.asarray(deltas, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    if weights.shape != (4,) or not np.all(weights > 0):  # also catches NaN
        raise ValueError("weights must be 4 numbers, all > 0")
    wx, wy, ww, wh = weights
    if anchors.ndim != 2 or anchors.shape[1] != 4 or deltas.shape != anchors.shape:
        raise ValueError("anchors and deltas must both have shape (N, 4)")
    if np.any(anchors[:, 2] <= anchors[:, 0]) or np.any(anchors[:, 3] <= anchors[:, 1]):
        raise ValueError("every anchor needs a positive width and height")
    a_w, a_h = anchors[:, 2] - anchors[:, 0], anchors[:, 3] - anchors[:, 1]
    a_cx, a_cy = anchors[:, 0] + 0.5 * a_w, anchors[:, 1] + 0.5 * a_h
    dx, dy = deltas[:, 0] / wx, deltas[:, 1] / wy
    # the clamp comes after the weights, and only from above: exp(huge) would overflow
    dw, dh = np.minimum(deltas[:, 2] / ww, CLAMP), np.minimum(deltas[:, 3] / wh, CLAMP)
    cx, cy = dx * a_w + a_cx, dy * a_h + a_cy
    w, h = np.exp(dw) * a_w, np.exp(dh) * a_h
    return np.stack([cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h], axis=1)
    # END SOLUTION

