"""Hidden tests for vision/flip_crop_boxes: hflip(image, boxes), crop(image, boxes, top, left, height, width, min_visible)."""
import numpy as np

from grader.testing import require

IMAGE = np.arange(20, dtype=np.float64).reshape(4, 5)   # H = 4, W = 5, value 5·row + column


def _b(rows):
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


def _i(values):
    return np.array(values, dtype=np.int64)


def test_hflip_by_hand(kata):
    """W = 3: [0,0,1,1] becomes [2,0,3,1] (x1' = W − x2, x2' = W − x1); [.1,.2,.7,.9] becomes [2.3,.2,2.9,.9]; columns reversed."""
    image = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]])
    kata.check("hflip", image, _b([[0, 0, 1, 1], [0.1, 0.2, 0.7, 0.9]]),
               expected=(np.array([[2.0, 1.0, 0.0], [5.0, 4.0, 3.0]]), _b([[2, 0, 3, 1], [2.3, 0.2, 2.9, 0.9]])))


def test_hflip_boxes_reaching_outside_and_degenerate(kata):
    """W = 5: a box sticking out on the left [−1,0,.5,1] ends at [4.5,0,6,1]; the full width [0,0,5,4] stays; a point x = 2 goes to x = 3."""
    flipped = IMAGE[:, ::-1].copy()
    kata.check("hflip", IMAGE, _b([[-1, 0, 0.5, 1], [0, 0, 5, 4], [2, 1, 2, 1]]),
               expected=(flipped, _b([[4.5, 0, 6, 1], [0, 0, 5, 4], [3, 1, 3, 1]])))


def test_hflip_channels_and_empty_boxes(kata):
    """A (2, 2, 3) image: W = 3 is the last axis ([0,0,1,1] goes to [2,0,3,1]), each channel's columns flip; N = 0 boxes give an empty (0, 4) array; an int image gives float64."""
    image = np.arange(12, dtype=np.int64).reshape(2, 2, 3)
    flipped = image[..., ::-1].astype(np.float64)
    kata.check("hflip", image, _b([[0, 0, 1, 1]]), expected=(flipped, _b([[2, 0, 3, 1]])))
    kata.check("hflip", image, np.zeros((0, 4)), expected=(flipped, np.zeros((0, 4))))


def test_hflip_twice_is_the_identity(kata, rng):
    """Flipping the flipped image and boxes gives back the originals."""
    image = rng.normal(size=(3, 6, 7))
    xy = rng.uniform(-2, 8, size=(10, 2))
    boxes = np.hstack([xy, xy + rng.uniform(0, 3, size=(10, 2))])
    once = kata.call("hflip", image, boxes).value
    twice = kata.call("hflip", np.asarray(once[0]), np.asarray(once[1])).value
    require(np.allclose(twice[0], image) and np.allclose(twice[1], boxes, atol=1e-12),
            "hflip(hflip(image, boxes)) does not give back the image and the boxes")


def test_crop_by_hand(kata):
    """Window top 1, left 2, 2 × 3 of a 4 × 5 image: a box inside is shifted, one partly outside is clipped, one outside, one touching and a point are dropped."""
    boxes = _b([[2, 1, 4, 3],     # inside: [0, 0, 2, 2]
                [0, 0, 3, 2],     # shifted [−2, −1, 1, 1], clipped [0, 0, 1, 1]
                [0, 0, 1, 1],     # outside
                [4, 2, 6, 5],     # shifted [2, 1, 4, 4], clipped [2, 1, 3, 2]
                [5, 0, 6, 3],     # touches the window's right edge x = 5: zero width after clipping
                [3, 2, 3, 2]])    # a point inside: zero area
    expected = (np.array([[7.0, 8.0, 9.0], [12.0, 13.0, 14.0]]), _b([[0, 0, 2, 2], [0, 0, 1, 1], [2, 1, 3, 2]]), _i([0, 1, 3]))
    kata.check("crop", IMAGE, boxes, 1, 2, 2, 3, expected=expected)


def test_crop_non_dyadic_shift(kata):
    """Window top 2, left 1 (different, so x and y shifts cannot be swapped), 2 × 4: [1.3,2.1,3.7,3.9] becomes [.3,.1,2.7,1.9]."""
    kata.check("crop", IMAGE, _b([[1.3, 2.1, 3.7, 3.9]]), 2, 1, 2, 4,
               expected=(IMAGE[2:4, 1:5].copy(), _b([[0.3, 0.1, 2.7, 1.9]]), _i([0])))


def test_min_visible_boundary(kata):
    """[1,1,3,3] (area 4) in window top 1, left 2: [0,0,1,2] remains, area 2 = exactly 0.5 of it: kept at min_visible 0.5, dropped at 0.51."""
    box = _b([[1, 1, 3, 3]])
    kata.check("crop", IMAGE, box, 1, 2, 2, 3, 0.5, expected=(IMAGE[1:3, 2:5].copy(), _b([[0, 0, 1, 2]]), _i([0])))
    kata.check("crop", IMAGE, box, 1, 2, 2, 3, 0.51, expected=(IMAGE[1:3, 2:5].copy(), np.zeros((0, 4)), _i([])))


def test_min_visible_one_and_non_dyadic(kata):
    """min_visible 1: only boxes wholly inside survive; min_visible 0.6 keeps a box with 2/3 visible, 0.7 drops it."""
    boxes = _b([[2, 1, 3, 2], [1, 1, 4, 2]])   # the second: shifted [−1, 0, 2, 1], clipped [0, 0, 2, 1], 2 of 3 visible
    window = IMAGE[1:3, 2:5].copy()
    kata.check("crop", IMAGE, boxes, 1, 2, 2, 3, 1.0, expected=(window, _b([[0, 0, 1, 1]]), _i([0])))
    kata.check("crop", IMAGE, boxes, 1, 2, 2, 3, 0.6, expected=(window, _b([[0, 0, 1, 1], [0, 0, 2, 1]]), _i([0, 1])))
    kata.check("crop", IMAGE, boxes, 1, 2, 2, 3, 0.7, expected=(window, _b([[0, 0, 1, 1]]), _i([0])))


def test_min_visible_uses_the_original_area(kata):
    """min_visible compares with the box's own area, not the area inside the image nor the window's: [−1,1,3,3] (area 8, 6 inside the image) keeps 2; [0,0,5,4] (area 20) keeps 6."""
    window = IMAGE[1:3, 2:5].copy()                      # top 1, left 2, 2 × 3 (area 6)
    sticking_out = _b([[-1, 1, 3, 3]])                   # shifted [−3, 0, 1, 2], clipped [0, 0, 1, 2]: 2 of 8
    kata.check("crop", IMAGE, sticking_out, 1, 2, 2, 3, 0.25, expected=(window, _b([[0, 0, 1, 2]]), _i([0])))
    kata.check("crop", IMAGE, sticking_out, 1, 2, 2, 3, 0.3, expected=(window, np.zeros((0, 4)), _i([])))
    larger = _b([[0, 0, 5, 4]])                          # the whole image: clipped [0, 0, 3, 2], 6 of 20
    kata.check("crop", IMAGE, larger, 1, 2, 2, 3, 0.25, expected=(window, _b([[0, 0, 3, 2]]), _i([0])))
    kata.check("crop", IMAGE, larger, 1, 2, 2, 3, 0.5, expected=(window, np.zeros((0, 4)), _i([])))


def test_crop_whole_image_and_channels(kata):
    """The whole image as the window: boxes are only clipped to [0, W] × [0, H]; a (2, 4, 5) image crops every channel."""
    image = np.stack([IMAGE, -IMAGE])
    kata.check("crop", image, _b([[-1, -2, 6, 1], [1, 1, 2, 2]]), 0, 0, 4, 5,
               expected=(image.copy(), _b([[0, 0, 5, 1], [1, 1, 2, 2]]), _i([0, 1])))


def test_crop_empty_and_all_dropped(kata):
    """N = 0: empty (0, 4) boxes and empty int64 kept; every box outside: the same empties."""
    kata.check("crop", IMAGE, np.zeros((0, 4)), 0, 0, 1, 1, expected=(IMAGE[:1, :1].copy(), np.zeros((0, 4)), _i([])))
    kata.check("crop", IMAGE, _b([[4, 3, 5, 4]]), 0, 0, 2, 2, expected=(IMAGE[:2, :2].copy(), np.zeros((0, 4)), _i([])))


def test_extreme_coordinates(kata):
    """Boxes from −1e6 to 1e6 are clipped to the window; the flip of [−1e6, 0, 1e6, 1] with W = 5 is [−999995, 0, 1000005, 1]."""
    kata.check("crop", IMAGE, _b([[-1e6, -1e6, 1e6, 1e6]]), 1, 1, 2, 2, expected=(IMAGE[1:3, 1:3].copy(), _b([[0, 0, 2, 2]]), _i([0])))
    kata.check("hflip", IMAGE, _b([[-1e6, 0, 1e6, 1]]), expected=(IMAGE[:, ::-1].copy(), _b([[-999995, 0, 1000005, 1]])))


def test_validation(kata):
    """ValueError: image not 2-D/3-D or empty, boxes not (N, 4) or inverted, the window outside the image, non-int sizes, min_visible outside [0, 1] (N = 0 too)."""
    none = np.zeros((0, 4))
    kata.raises_each([
        ("ValueError", "hflip", (np.zeros(5), none), {}),
        ("ValueError", "hflip", (np.zeros((0, 5)), none), {}),
        ("ValueError", "hflip", (np.zeros((3, 0, 5)), none), {}),
        ("ValueError", "hflip", (np.zeros((0, 4, 5)), none), {}),
        ("ValueError", "hflip", (IMAGE, np.zeros((2, 3))), {}),
        ("ValueError", "hflip", (IMAGE, _b([[2, 0, 1, 1]])), {}),
        ("ValueError", "crop", (IMAGE, _b([[0, 1, 1, 0]]), 0, 0, 2, 2), {}),
        ("ValueError", "crop", (IMAGE, none, 3, 0, 2, 2), {}),
        ("ValueError", "crop", (IMAGE, none, 0, 4, 2, 2), {}),
        ("ValueError", "crop", (IMAGE, none, -1, 0, 2, 2), {}),
        ("ValueError", "crop", (IMAGE, none, 0, 0, 0, 2), {}),
        ("ValueError", "crop", (IMAGE, none, 0, 0, 2.0, 2), {}),
        ("ValueError", "crop", (IMAGE, none, 0, 0, 2, True), {}),
        ("ValueError", "crop", (IMAGE, none, 0, 0, 2, 2, 1.5), {}),
        ("ValueError", "crop", (IMAGE, none, 0, 0, 2, 2, float("nan")), {}),
        ("ValueError", "crop", (np.zeros((1, 1, 4, 5)), none, 0, 0, 2, 2), {}),
    ])


def test_matches_reference_on_random_boxes(kata, rng):
    """Random boxes (some outside, some of zero size), N up to 40, random windows and min_visible in 0, .3, .8."""
    crops, flips = [], []
    for n, min_visible in ((5, 0.0), (40, 0.3), (40, 0.8)):
        image = rng.normal(size=(3, 10, 12))
        xy = rng.uniform(-3, 14, size=(n, 2))
        boxes = np.hstack([xy, xy + rng.uniform(0, 6, size=(n, 2)) * (rng.random((n, 1)) > 0.1)])
        top, left = int(rng.integers(0, 5)), int(rng.integers(0, 6))
        height, width = int(rng.integers(1, 11 - top)), int(rng.integers(1, 13 - left))
        crops.append(((image, boxes, top, left, height, width, min_visible), {}))
        flips.append(((image, boxes), {}))
    kata.check_each("crop", crops)
    kata.check_each("hflip", flips)
