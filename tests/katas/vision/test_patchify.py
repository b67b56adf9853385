"""Hidden tests for vision/patchify: patchify(image, patch_size), vit_embed(image, patch_size, weight, bias, cls_token, pos_embed)."""
import numpy as np

from grader.testing import require

GRID = np.arange(16, dtype=np.float64).reshape(1, 4, 4)   # one channel, 4 × 4, value 4·row + column


def test_patches_by_hand(kata):
    """A 4 × 4 image with P = 2: patch 0 is the top-left 2 × 2 block [0, 1, 4, 5], then [2, 3, 6, 7], [8, 9, 12, 13], [10, 11, 14, 15]."""
    kata.check("patchify", GRID, 2, expected=np.array([[0, 1, 4, 5], [2, 3, 6, 7], [8, 9, 12, 13], [10, 11, 14, 15]], dtype=np.float64))


def test_row_major_patch_order(kata):
    """A 4 × 6 image with P = 2 (2 rows of 3 patches): patches go left to right, then down; patch n starts at pixel (2·(n // 3), 2·(n % 3))."""
    image = np.arange(24, dtype=np.float64).reshape(1, 4, 6)
    firsts = [0, 2, 4, 12, 14, 16]
    expected = np.array([[f, f + 1, f + 6, f + 7] for f in firsts], dtype=np.float64)
    kata.check("patchify", image, 2, expected=expected)


def test_channel_first_within_a_patch(kata):
    """Two channels (0 … 7 and 100 … 107, 2 × 4), P = 2: a patch row is channel 0's block then channel 1's: [0, 1, 4, 5, 100, 101, 104, 105]."""
    plane = np.arange(8, dtype=np.float64).reshape(2, 4)
    image = np.stack([plane, plane + 100])
    expected = np.array([[0, 1, 4, 5, 100, 101, 104, 105], [2, 3, 6, 7, 102, 103, 106, 107]], dtype=np.float64)
    kata.check("patchify", image, 2, expected=expected)


def test_patch_size_one_and_whole_image(kata):
    """P = 1: one patch per pixel, each of length C; P = H = W: a single patch, the image flattened in (C, H, W) order."""
    image = np.array([[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6], [0.7, 0.8]]])
    kata.check("patchify", image, 1, expected=np.array([[0.1, 0.5], [0.2, 0.6], [0.3, 0.7], [0.4, 0.8]]))
    kata.check("patchify", image, 2, expected=image.reshape(1, 8).copy())


def test_tall_image(kata):
    """A 1 × 6 × 2 image with P = 2: three patches stacked vertically."""
    image = np.arange(12, dtype=np.float64).reshape(1, 6, 2)
    kata.check("patchify", image, 2, expected=np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], dtype=np.float64))


def _small_embedding():
    image = np.arange(8, dtype=np.float64).reshape(1, 2, 4)            # patches [0,1,4,5] and [2,3,6,7]
    weight = np.array([[0.1, 0.0], [0.0, 0.1], [0.1, 0.0], [0.0, 0.1]])  # D = 2
    bias = np.array([1.0, -1.0])
    cls_token = np.array([5.0, 6.0])
    pos_embed = np.array([[0.01, 0.02], [0.03, 0.04], [0.05, 0.06]])
    return image, 2, weight, bias, cls_token, pos_embed


def test_embedding_by_hand(kata):
    """Patches [0,1,4,5] and [2,3,6,7] project to [.4, .6] and [.8, 1.0]; + bias [1, −1]; class token [5, 6] first; + positions."""
    expected = np.array([[5.01, 6.02], [1.43, -0.36], [1.85, 0.06]])
    kata.check("vit_embed", *_small_embedding(), expected=expected)


def test_class_token_gets_position_zero(kata):
    """Zero weight and bias: the patch rows are their position embeddings, row 0 is the class token plus pos_embed[0]."""
    image, P, weight, bias, cls_token, pos_embed = _small_embedding()
    kata.check("vit_embed", image, P, np.zeros_like(weight), np.zeros(2), cls_token, pos_embed,
               expected=np.array([[5.01, 6.02], [0.03, 0.04], [0.05, 0.06]]))


def test_matches_a_stride_p_convolution(kata, rng):
    """weight = a Conv2d weight (D, C, P, P) reshaped to (D, C·P·P) and transposed: patch rows @ weight equal the stride-P convolution."""
    C, P, D, rows, cols = 3, 2, 4, 2, 3
    image = rng.normal(size=(C, rows * P, cols * P))
    conv = rng.normal(size=(D, C, P, P))
    expected = np.zeros((rows * cols + 1, D))
    for r in range(rows):
        for s in range(cols):
            block = image[:, r * P:(r + 1) * P, s * P:(s + 1) * P]
            expected[1 + r * cols + s] = np.tensordot(conv, block, axes=([1, 2, 3], [0, 1, 2]))
    value = kata.call("vit_embed", image, P, conv.reshape(D, -1).T.copy(), np.zeros(D), np.zeros(D),
                      np.zeros((rows * cols + 1, D))).value
    require(np.allclose(value, expected, rtol=1e-9, atol=1e-12),
            "the patch projections differ from a stride-P convolution with weight (D, C, P, P): check the (C, P, P) order within a patch and the row-major order of patches")


def test_extreme_values(kata):
    """Pixels ±1e6 and ±1e300 pass through unchanged (P = 1, identity weight, zero bias and positions)."""
    image = np.array([[[1e6, -1e6], [1e300, -1e300]]])
    kata.check("vit_embed", image, 1, np.ones((1, 1)), np.zeros(1), np.array([-1e300]), np.zeros((5, 1)),
               expected=np.array([[-1e300], [1e6], [-1e6], [1e300], [-1e300]]))


def test_validation(kata):
    """ValueError: H or W not divisible by P, P < 1, a bool or float P, image not 3-D or empty, weight, bias, cls_token or pos_embed of the wrong shape."""
    image, P, weight, bias, cls_token, pos_embed = _small_embedding()
    kata.raises_each([
        ("ValueError", "patchify", (np.zeros((1, 4, 6)), 4), {}),
        ("ValueError", "patchify", (np.zeros((1, 5, 4)), 2), {}),
        ("ValueError", "patchify", (np.zeros((1, 4, 4)), 0), {}),
        ("ValueError", "patchify", (np.zeros((1, 4, 4)), 2.0), {}),
        ("ValueError", "patchify", (np.zeros((1, 1, 1)), True), {}),
        ("ValueError", "patchify", (np.zeros((4, 4)), 2), {}),
        ("ValueError", "patchify", (np.zeros((0, 4, 4)), 2), {}),
        ("ValueError", "vit_embed", (np.zeros((1, 3, 4)), P, weight, bias, cls_token, pos_embed), {}),
        ("ValueError", "vit_embed", (image, P, weight[:3], bias, cls_token, pos_embed), {}),
        ("ValueError", "vit_embed", (image, P, weight, np.zeros(3), cls_token, pos_embed), {}),
        ("ValueError", "vit_embed", (image, P, weight, bias, np.zeros(3), pos_embed), {}),
        ("ValueError", "vit_embed", (image, P, weight, bias, cls_token, pos_embed[1:]), {}),
        ("ValueError", "vit_embed", (image, P, weight, bias, cls_token, np.zeros((3, 3))), {}),
    ])


def test_validation_of_shapes_that_broadcast(kata):
    """ValueError, not broadcasting: bias or cls_token of shape (1,) or () with D = 2; pos_embed (1, 1), (D,), or (N + 1, 2) with D = 1; D = 0."""
    image, P, weight, bias, cls_token, pos_embed = _small_embedding()   # C·P·P = 4, N = 2, D = 2
    one = np.array([[1.0], [0.0], [0.0], [0.0]])                             # D = 1 (the statement's example)
    cases = []
    for short in (np.array([0.5]), np.array(0.5)):
        cases.append(("ValueError", "vit_embed", (image, P, np.zeros((4, 2)), short, np.zeros(2), np.zeros((3, 2))), {}))
        cases.append(("ValueError", "vit_embed", (image, P, np.zeros((4, 2)), np.zeros(2), short, np.zeros((3, 2))), {}))
    cases.append(("ValueError", "vit_embed", (image, P, weight, bias, cls_token, np.zeros(2)), {}))
    cases.append(("ValueError", "vit_embed", (image, P, weight, bias, cls_token, np.zeros((1, 2))), {}))
    cases.append(("ValueError", "vit_embed", (image, P, one, np.array([0.5]), np.array([-1.0]), np.array([[0.0]])), {}))
    cases.append(("ValueError", "vit_embed", (image, P, one, np.array([0.5]), np.array([-1.0]), np.zeros((3, 2))), {}))
    cases.append(("ValueError", "vit_embed", (image, P, np.zeros((4, 0)), np.zeros(0), np.zeros(0), np.zeros((3, 0))), {}))
    kata.raises_each(cases)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random images up to 3 × 16 × 16, P in 1, 2, 4, D up to 8."""
    patchifies, embeds = [], []
    for C, H, W, P, D in ((1, 2, 2, 1, 1), (3, 8, 12, 4, 5), (2, 16, 16, 4, 8), (3, 6, 4, 2, 3)):
        image = rng.normal(size=(C, H, W))
        patchifies.append(((image, P), {}))
        n = (H // P) * (W // P)
        embeds.append(((image, P, rng.normal(size=(C * P * P, D)), rng.normal(size=D), rng.normal(size=D),
                        rng.normal(size=(n + 1, D))), {}))
    kata.check_each("patchify", patchifies)
    kata.check_each("vit_embed", embeds)
