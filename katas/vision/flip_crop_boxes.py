"""Augmentations that move the boxes with the image: a horizontal flip and a crop.

Task
    Coordinates are continuous pixel coordinates: pixel column j covers x in [j, j + 1), so an
    image of width W spans x in [0, W] (and rows likewise y in [0, H]). Boxes are
    (x1, y1, x2, y2) in those coordinates, x1 <= x2, y1 <= y2; they may reach outside the image.

    hflip(image, boxes): mirror the image left to right (column j goes to column W − 1 − j) and
    move every box with it: x1' = W − x2, x2' = W − x1 (the new left edge is the old right edge
    mirrored), y1 and y2 unchanged. W is image.shape[-1].

    crop(image, boxes, top, left, height, width, min_visible=0.0): keep the window of rows
    top … top + height − 1 and columns left … left + width − 1. Every box is
    shifted into the window's coordinates (x − left, y − top), then clipped to [0, width] ×
    [0, height]. Box i is KEPT when its clipped box has a positive width AND a positive height
    AND clipped area >= min_visible · (its original area: (x2 − x1)·(y2 − y1) of the input box,
    the parts outside the image included). So boxes outside the window, boxes that only touch
    its border, and zero-area boxes are always dropped. Return the kept boxes (clipped, in input
    order) and their indices.

Signature
    hflip(image, boxes) -> (flipped_image, flipped_boxes), a tuple of two float64 arrays
    crop(image, boxes, top, left, height, width, min_visible=0.0)
        -> (cropped_image, cropped_boxes, kept), a tuple of two float64 arrays and an int64 array

Shapes and types
    image: (H, W) or (C, H, W), any real dtype; boxes: float64 (N, 4), N >= 0; top, left: ints
    >= 0; height, width: ints >= 1 with top + height <= H and left + width <= W; min_visible: a
    float in [0, 1]. flipped_image, cropped_image: new float64 arrays ((·, H, W) and
    (·, height, width)); flipped_boxes: a new float64 (N, 4) array; cropped_boxes: a new float64
    (K, 4) array; kept: a new int64 array (K,) of increasing indices into boxes.

Example
    >>> import numpy as np
    >>> image = np.arange(12, dtype=np.float64).reshape(3, 4)
    >>> flipped, boxes = hflip(image, np.array([[0.0, 0.0, 1.0, 2.0]]))
    >>> flipped[0].tolist(), boxes.tolist()
    ([3.0, 2.0, 1.0, 0.0], [[3.0, 0.0, 4.0, 2.0]])
    >>> _, boxes, kept = crop(image, np.array([[0.0, 0.0, 2.0, 2.0], [3.0, 0.0, 4.0, 1.0]]), 1, 1, 2, 2)
    >>> boxes.tolist(), kept.tolist()
    ([[0.0, 0.0, 1.0, 1.0]], [0])

Constraints
    Plain Python and numpy. ValueError for: image not 2-D or 3-D or empty; boxes not of shape
    (N, 4) or with x2 < x1 or y2 < y1; top or left not an int >= 0, height or width not an int
    >= 1 (bools are not ints here), or the window not inside the image; min_visible outside
    [0, 1] or NaN. Validation happens for N = 0 too. Returns new arrays; the inputs are not
    modified.

    Coming from torchvision: torchvision.transforms.v2.functional.horizontal_flip on
    BoundingBoxes in XYXY format computes the same x1' = W − x2 (continuous coordinates, no −1);
    v2.functional.crop(inpt, top, left, height, width) shifts and (by default) clamps boxes but
    keeps them all, even empty ones: dropping is a separate step there (v2.SanitizeBoundingBoxes,
    which by default drops boxes with a side below min_size = 1 pixel, and in recent versions an
    area below min_area = 1). Here crop drops, by the positive-size and min_visible rule above. Old pixel-index code flips with x' = W − 1 − x:
    that is for integer pixel indices, not for continuous box edges.

    The hidden tests use C ≤ 3, H, W ≤ 12 and N ≤ 40.

Time budget: 20 minutes.
"""
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=vision/flip_crop_boxes`.
import numpy as np


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def hflip(image, boxes):
    raise NotImplementedError("vision/flip_crop_boxes: implement hflip")


def crop(image, boxes, top, left, height, width, min_visible=0.0):
    raise NotImplementedError("vision/flip_crop_boxes: implement crop")
