"""Vectorised over (x, y) pairs: corners as two (N, 2) halves, sizes and centres as (N, 2) arrays."""
import numpy as np


def _split(boxes):
    boxes = np.array(boxes, dtype=np.float64)
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("shape (N, 4)")
    lo, hi = boxes[:, :2], boxes[:, 2:]
    return lo, hi - lo


def _weights(weights):
    w = np.array(weights, dtype=np.float64)
    if w.shape != (4,) or not (w > 0).all():
        raise ValueError("weights")
    return w[:2], w[2:]


def encode(anchors, boxes, weights=(1.0, 1.0, 1.0, 1.0)):
    shift_w, scale_w = _weights(weights)
    a_lo, a_size = _split(anchors)
    b_lo, b_size = _split(boxes)
    if len(a_lo) != len(b_lo) or (a_size <= 0).any() or (b_size <= 0).any():
        raise ValueError("bad boxes")
    centre_shift = (b_lo + b_size / 2) - (a_lo + a_size / 2)
    return np.concatenate([shift_w * centre_shift / a_size, scale_w * np.log(b_size / a_size)], axis=1)


def decode(anchors, deltas, weights=(1.0, 1.0, 1.0, 1.0)):
    shift_w, scale_w = _weights(weights)
    a_lo, a_size = _split(anchors)
    deltas = np.array(deltas, dtype=np.float64)
    if deltas.shape != (len(a_lo), 4) or (a_size <= 0).any():
        raise ValueError("bad anchors or deltas")
    centre = deltas[:, :2] / shift_w * a_size + a_lo + a_size / 2
    size = np.exp(np.minimum(deltas[:, 2:] / scale_w, np.log(62.5))) * a_size
    return np.concatenate([centre - size / 2, centre + size / 2], axis=1)
