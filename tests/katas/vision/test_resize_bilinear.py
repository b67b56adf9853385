"""Hidden tests for vision/resize_bilinear: resize_bilinear(image, out_h, out_w, *, align_corners=False)."""
import numpy as np

SQUARE = np.array([[0.0, 1.0], [2.0, 3.0]])


def _grid(rows, cols):
    """An image that is linear in y and in x: value rows[i] + cols[j]."""
    return np.add.outer(np.array(rows, dtype=np.float64), np.array(cols, dtype=np.float64))


def test_upsample_2x2_to_4x4_half_pixel(kata):
    """align_corners=False: source positions −.25 (clamped to 0), .25, .75, 1.25 (past the edge): weights 0, .25, .75, 1."""
    kata.check("resize_bilinear", SQUARE, 4, 4, expected=_grid([0, 0.5, 1.5, 2], [0, 0.25, 0.75, 1]))


def test_upsample_2x2_to_4x4_align_corners(kata):
    """align_corners=True: source positions 0, 1/3, 2/3, 1: the corners stay, thirds in between."""
    kata.check("resize_bilinear", SQUARE, 4, 4, align_corners=True,
               expected=_grid([0, 2 / 3, 4 / 3, 2], [0, 1 / 3, 2 / 3, 1]))


def test_non_square_by_hand(kata):
    """[[0,1,2],[3,4,5]] to 4 × 2: rows at 0, 1/3, 2/3, 1 and columns 0 and 2 (True); rows at 0, .25, .75, 1 and columns .25, 1.75 (False)."""
    image = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]])
    kata.check("resize_bilinear", image, 4, 2, align_corners=True, expected=_grid([0, 1, 2, 3], [0, 2]))
    kata.check("resize_bilinear", image, 4, 2, expected=_grid([0, 0.75, 2.25, 3], [0.25, 1.75]))


def test_downsampling_by_hand(kata):
    """A row [0, 1, 4, 9, 16] to width 2: positions .75 and 3.25 give [.75, 10.75] (False), positions 0 and 4 give [0, 16] (True)."""
    row = np.array([[0.0, 1.0, 4.0, 9.0, 16.0]])
    kata.check("resize_bilinear", row, 1, 2, expected=np.array([[0.75, 10.75]]))
    kata.check("resize_bilinear", row, 1, 2, align_corners=True, expected=np.array([[0.0, 16.0]]))


def test_no_antialiasing(kata):
    """Width 6 to 2 (False): positions exactly 1 and 4, so the result is pixels 1 and 4 alone, not an average of 3 pixels."""
    row = np.array([[5.0, 1.0, 7.0, 2.0, 8.0, 3.0]])
    kata.check("resize_bilinear", row, 1, 2, expected=np.array([[1.0, 8.0]]))


def test_same_size_is_a_copy(kata):
    """Output size = input size returns the image itself (float64), in both modes; non-dyadic values."""
    image = np.array([[0.1, 0.7, 0.3], [0.9, 0.2, 0.6]])
    kata.check("resize_bilinear", image, 2, 3, expected=image.copy())
    kata.check("resize_bilinear", image, 2, 3, align_corners=True, expected=image.copy())


def test_output_size_one(kata):
    """Out size 1: align_corners=False reads the centre (for 3 × 5, pixel [1, 2]; for 2 × 2 the mean 1.5); True reads pixel [0, 0]."""
    image = np.arange(15, dtype=np.float64).reshape(3, 5) * 0.1
    kata.check("resize_bilinear", image, 1, 1, expected=np.array([[0.7]]))
    kata.check("resize_bilinear", SQUARE, 1, 1, expected=np.array([[1.5]]))
    kata.check("resize_bilinear", image, 1, 1, align_corners=True, expected=np.array([[0.0]]))
    kata.check("resize_bilinear", image, 1, 3, align_corners=True, expected=np.array([[0.0, 0.2, 0.4]]))


def test_input_size_one(kata):
    """A 1 × 1 image upsampled to 2 × 3 repeats its one pixel, in both modes."""
    kata.check("resize_bilinear", np.array([[0.3]]), 2, 3, expected=np.full((2, 3), 0.3))
    kata.check("resize_bilinear", np.array([[0.3]]), 2, 3, align_corners=True, expected=np.full((2, 3), 0.3))


def test_channels_resized_separately(kata):
    """A (2, 2, 2) image: channel 0 is SQUARE, channel 1 is −10·SQUARE: each channel on its own, shape (2, 4, 4)."""
    image = np.stack([SQUARE, -10 * SQUARE])
    g = _grid([0, 0.5, 1.5, 2], [0, 0.25, 0.75, 1])
    kata.check("resize_bilinear", image, 4, 4, expected=np.stack([g, -10 * g]))


def test_integer_image_gives_float64(kata):
    """An int64 image: the result is float64 ([[0, 1]] to width 4 gives [0, .25, .75, 1])."""
    kata.check("resize_bilinear", np.array([[0, 1]], dtype=np.int64), 1, 4, expected=np.array([[0.0, 0.25, 0.75, 1.0]]))


def test_extreme_values(kata):
    """Pixels ±1e6 and ±1e300: interpolation between a large positive and a large negative value."""
    kata.check("resize_bilinear", np.array([[-1e6, 1e6]]), 1, 4, expected=np.array([[-1e6, -5e5, 5e5, 1e6]]))
    kata.check("resize_bilinear", np.array([[1e300, -1e300]]), 1, 3, align_corners=True,
               expected=np.array([[1e300, 0.0, -1e300]]))


def test_validation(kata):
    """ValueError: a 1-D or 4-D image, an empty one (H, W or C = 0), an output size < 1, a float or a bool size."""
    kata.raises_each([
        ("ValueError", "resize_bilinear", (np.zeros(4), 2, 2), {}),
        ("ValueError", "resize_bilinear", (np.zeros((1, 1, 2, 2)), 2, 2), {}),
        ("ValueError", "resize_bilinear", (np.zeros((0, 3)), 2, 2), {}),
        ("ValueError", "resize_bilinear", (np.zeros((2, 3, 0)), 2, 2), {}),
        ("ValueError", "resize_bilinear", (np.zeros((0, 2, 2)), 3, 3), {}),
        ("ValueError", "resize_bilinear", (SQUARE, 0, 2), {}),
        ("ValueError", "resize_bilinear", (SQUARE, 2, -1), {"align_corners": True}),
        ("ValueError", "resize_bilinear", (SQUARE, 2.0, 2), {}),
        ("ValueError", "resize_bilinear", (SQUARE, 2, True), {}),
    ])


def test_matches_reference_on_random_images(kata, rng):
    """Random images up to 3 × 12 × 12 resized up and down to sizes up to 40, both modes."""
    arg_sets = []
    for c, h, w, out_h, out_w in ((0, 5, 7, 11, 3), (3, 12, 9, 40, 17), (2, 1, 6, 4, 1), (1, 7, 7, 5, 9)):
        image = rng.normal(size=(h, w) if c == 0 else (c, h, w))
        for align_corners in (False, True):
            arg_sets.append(((image, out_h, out_w), {"align_corners": align_corners}))
    kata.check_each("resize_bilinear", arg_sets)
