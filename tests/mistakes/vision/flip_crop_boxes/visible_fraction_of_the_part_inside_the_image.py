"""min_visible is measured against the part of the box inside the image, not the whole box.

The fraction is clipped area / ORIGINAL area, (x2 − x1)·(y2 − y1) of the input box, even where the box reaches outside the image (as it may): [−1, 1, 3, 3] (area 8, of which 6 inside a 5-wide image) keeping 2 is 25 % visible, not 2 of 6.
"""
import numpy as np


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def hflip(image, boxes):
    image = np.asarray(image)
    boxes = np.asarray(boxes, dtype=np.float64)
    if image.ndim not in (2, 3) or 0 in image.shape:
        raise ValueError("image must be (H, W) or (C, H, W) and not empty")
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("boxes must have shape (N, 4)")
    if np.any(boxes[:, 2] < boxes[:, 0]) or np.any(boxes[:, 3] < boxes[:, 1]):
        raise ValueError("a box has x2 < x1 or y2 < y1")
    W = image.shape[-1]
    flipped = image[..., ::-1].astype(np.float64)  # astype copies: not a view of the caller's image
    # the mirror of [x1, x2] in [0, W] is [W − x2, W − x1]: the right edge becomes the left one
    moved = np.stack([W - boxes[:, 2], boxes[:, 1], W - boxes[:, 0], boxes[:, 3]], axis=1)
    return flipped, moved


def crop(image, boxes, top, left, height, width, min_visible=0.0):
    image = np.asarray(image)
    boxes = np.asarray(boxes, dtype=np.float64)
    if image.ndim not in (2, 3) or 0 in image.shape:
        raise ValueError("image must be (H, W) or (C, H, W) and not empty")
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise ValueError("boxes must have shape (N, 4)")
    if np.any(boxes[:, 2] < boxes[:, 0]) or np.any(boxes[:, 3] < boxes[:, 1]):
        raise ValueError("a box has x2 < x1 or y2 < y1")
    if not all(_is_int(v) for v in (top, left, height, width)):
        raise ValueError("top, left, height and width must be ints")
    H, W = image.shape[-2:]
    if top < 0 or left < 0 or height < 1 or width < 1 or top + height > H or left + width > W:
        raise ValueError("the window must lie inside the image")
    if not 0.0 <= min_visible <= 1.0:  # also False for NaN
        raise ValueError("min_visible must be in [0, 1]")
    cropped = image[..., top:top + height, left:left + width].astype(np.float64)
    shifted = boxes - np.array([left, top, left, top], dtype=np.float64)
    clipped = np.clip(shifted, 0.0, np.array([width, height, width, height], dtype=np.float64))
    w, h = clipped[:, 2] - clipped[:, 0], clipped[:, 3] - clipped[:, 1]
    inside = np.clip(boxes, 0.0, np.array([W, H, W, H], dtype=np.float64))  # the box's part inside the image
    area = (inside[:, 2] - inside[:, 0]) * (inside[:, 3] - inside[:, 1])
    keep = (w > 0) & (h > 0) & (w * h >= min_visible * area)
    return cropped, clipped[keep], np.flatnonzero(keep).astype(np.int64)
