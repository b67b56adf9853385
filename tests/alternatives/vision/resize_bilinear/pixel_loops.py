"""Plain loops over output pixels; the four neighbours weighted by the areas of the opposite rectangles."""
import math

import numpy as np


def _position(d, n_in, n_out, align_corners):
    if align_corners:
        return d * (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
    return max(0.0, (d + 0.5) * n_in / n_out - 0.5)


def resize_bilinear(image, out_h, out_w, *, align_corners=False):
    img = np.asarray(image)
    if img.ndim not in (2, 3) or 0 in img.shape:
        raise ValueError("bad image")
    for s in (out_h, out_w):
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or s < 1:
            raise ValueError("bad size")
    planes = img.astype(np.float64).reshape((-1,) + img.shape[-2:])
    H, W = planes.shape[1:]
    out = np.empty((len(planes), out_h, out_w))
    for i in range(out_h):
        y = _position(i, H, out_h, align_corners)
        y0 = min(math.floor(y), H - 1)
        y1, ty = min(y0 + 1, H - 1), y - y0
        for j in range(out_w):
            x = _position(j, W, out_w, align_corners)
            x0 = min(math.floor(x), W - 1)
            x1, tx = min(x0 + 1, W - 1), x - x0
            out[:, i, j] = ((1 - ty) * (1 - tx) * planes[:, y0, x0] + (1 - ty) * tx * planes[:, y0, x1]
                            + ty * (1 - tx) * planes[:, y1, x0] + ty * tx * planes[:, y1, x1])
    return out.reshape(img.shape[:-2] + (out_h, out_w))
