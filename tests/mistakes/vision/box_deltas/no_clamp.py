"""decode does not clamp dw and dh: a huge predicted dw gives a gigantic box (or inf).

Clamp dw/ww and dh/wh from above at log(1000/16) before the exp.
"""
import math

import numpy as np

CLAMP = math.log(1000.0 / 16)


def encode(anchors, boxes, weights=(1.0, 1.0, 1.0, 1.0)):
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


def decode(anchors, deltas, weights=(1.0, 1.0, 1.0, 1.0)):
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
    dw, dh = deltas[:, 2] / ww, deltas[:, 3] / wh
    cx, cy = dx * a_w + a_cx, dy * a_h + a_cy
    w, h = np.exp(dw) * a_w, np.exp(dh) * a_h
    return np.stack([cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h], axis=1)

