"""The clipped box as the intersection of the box with the window rectangle, in image coordinates,
shifted afterwards; the flip as an index array."""
import numpy as np


def hflip(image, boxes):
    image = np.array(image, dtype=np.float64)
    boxes = np.array(boxes, dtype=np.float64)
    if image.ndim not in (2, 3) or 0 in image.shape or boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("shapes")
    if np.any(boxes[:, [2, 3]] < boxes[:, [0, 1]]):
        raise ValueError("inverted box")
    W = image.shape[-1]
    return image[..., np.arange(W - 1, -1, -1)], (np.array([W, 0, W, 0]) + boxes[:, [2, 1, 0, 3]] * np.array([-1, 1, -1, 1]))


def crop(image, boxes, top, left, height, width, min_visible=0.0):
    image = np.array(image, dtype=np.float64)
    boxes = np.array(boxes, dtype=np.float64)
    if image.ndim not in (2, 3) or 0 in image.shape or boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("shapes")
    if np.any(boxes[:, [2, 3]] < boxes[:, [0, 1]]):
        raise ValueError("inverted box")
    ints = [isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in (top, left, height, width)]
    H, W = image.shape[-2:]
    if not all(ints) or min(top, left) < 0 or min(height, width) < 1 or top + height > H or left + width > W:
        raise ValueError("window")
    if np.isnan(min_visible) or min_visible < 0 or min_visible > 1:
        raise ValueError("min_visible")
    lo = np.maximum(boxes[:, :2], [left, top])
    hi = np.minimum(boxes[:, 2:], [left + width, top + height])
    size = hi - lo
    ok = (size > 0).all(axis=1)
    visible = np.where(ok, size.prod(axis=1), 0.0)
    ok &= visible >= min_visible * (boxes[:, 2:] - boxes[:, :2]).prod(axis=1)
    inside = np.concatenate([lo, hi], axis=1)[ok] - [left, top, left, top]
    return image[..., top:top + height, left:left + width].copy(), inside.reshape(-1, 4), np.nonzero(ok)[0].astype(np.int64)
