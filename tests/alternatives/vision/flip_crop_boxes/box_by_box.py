"""One box at a time with plain min/max; the flip through np.flip on the last axis."""
import numpy as np


def _validate(image, boxes):
    image = np.asarray(image)
    boxes = np.asarray(boxes, dtype=np.float64)
    if image.ndim not in (2, 3) or image.size == 0:
        raise ValueError("image")
    if boxes.ndim != 2 or boxes.shape[1] != 4 or (boxes[:, 2] < boxes[:, 0]).any() or (boxes[:, 3] < boxes[:, 1]).any():
        raise ValueError("boxes")
    return image, boxes


def hflip(image, boxes):
    image, boxes = _validate(image, boxes)
    W = image.shape[-1]
    out = np.empty_like(boxes)
    for i, (x1, y1, x2, y2) in enumerate(boxes.tolist()):
        out[i] = [W - x2, y1, W - x1, y2]
    return np.flip(image, axis=-1).astype(np.float64), out


def crop(image, boxes, top, left, height, width, min_visible=0.0):
    image, boxes = _validate(image, boxes)
    for v, low in ((top, 0), (left, 0), (height, 1), (width, 1)):
        if type(v) is bool or not isinstance(v, (int, np.integer)) or v < low:
            raise ValueError("window")
    if top + height > image.shape[-2] or left + width > image.shape[-1]:
        raise ValueError("window outside")
    if not (min_visible >= 0 and min_visible <= 1):
        raise ValueError("min_visible")
    rows, kept = [], []
    for i, (x1, y1, x2, y2) in enumerate(boxes.tolist()):
        a1, b1 = min(max(x1 - left, 0.0), width), min(max(y1 - top, 0.0), height)
        a2, b2 = min(max(x2 - left, 0.0), width), min(max(y2 - top, 0.0), height)
        if a2 - a1 > 0 and b2 - b1 > 0 and (a2 - a1) * (b2 - b1) >= min_visible * (x2 - x1) * (y2 - y1):
            rows.append([a1, b1, a2, b2])
            kept.append(i)
    return (np.array(image[..., top:top + height, left:left + width], dtype=np.float64),
            np.array(rows, dtype=np.float64).reshape(-1, 4), np.array(kept, dtype=np.int64))
