"""Hidden tests for vision/box_deltas: encode(anchors, boxes, weights), decode(anchors, deltas, weights)."""
import math

import numpy as np

from grader.testing import require

ANCHOR = np.array([[0.0, 0.0, 4.0, 2.0]])  # width 4, height 2, centre (2, 1)
CLAMP = math.log(1000 / 16)
LOG2 = math.log(2.0)


def _b(rows):
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


def test_encode_by_hand(kata):
    """Anchor [0,0,4,2] (centre (2,1), size 4×2), box [1,1,9,5] (centre (5,3), size 8×4): deltas (3/4, 2/2, log 2, log 2)."""
    kata.check("encode", ANCHOR, _b([[1, 1, 9, 5]]), expected=_b([[0.75, 1.0, LOG2, LOG2]]))


def test_encode_non_dyadic_by_hand(kata):
    """Anchor [.1,.2,.7,.9] (centre (.4,.55), size .6×.7), box [.3,.1,1,.6] (centre (.65,.35), size .7×.5)."""
    expected = _b([[0.25 / 0.6, -0.2 / 0.7, math.log(0.7 / 0.6), math.log(0.5 / 0.7)]])
    kata.check("encode", _b([[0.1, 0.2, 0.7, 0.9]]), _b([[0.3, 0.1, 1.0, 0.6]]), expected=expected)


def test_encode_weights(kata):
    """weights (10, 20, 5, 2.5) multiply dx, dy, dw, dh in that order: (7.5, 20, 5 log 2, 2.5 log 2)."""
    kata.check("encode", ANCHOR, _b([[1, 1, 9, 5]]), (10.0, 20.0, 5.0, 2.5),
               expected=_b([[7.5, 20.0, 5 * LOG2, 2.5 * LOG2]]))


def test_encode_identity_is_zero(kata):
    """A box equal to its anchor has deltas 0; several rows are encoded row by row."""
    anchors = _b([[0, 0, 4, 2], [-3, -1, -2, 5]])
    kata.check("encode", anchors, anchors, expected=np.zeros((2, 4)))
    kata.check("encode", anchors, _b([[0, 0, 4, 2], [-3, 2, -2, 8]]), expected=_b([[0, 0, 0, 0], [0, 0.5, 0, 0]]))


def test_decode_by_hand(kata):
    """Anchor [0,0,4,2] with deltas (.75, 1, log 2, log 2): centre (5, 3), size 8×4, box [1, 1, 9, 5]."""
    kata.check("decode", ANCHOR, _b([[0.75, 1.0, LOG2, LOG2]]), expected=_b([[1, 1, 9, 5]]))


def test_decode_divides_by_the_weights(kata):
    """Deltas (7.5, 20, 5 log 2, 2.5 log 2) with weights (10, 20, 5, 2.5) decode to the same box [1, 1, 9, 5]."""
    kata.check("decode", ANCHOR, _b([[7.5, 20.0, 5 * LOG2, 2.5 * LOG2]]), (10.0, 20.0, 5.0, 2.5),
               expected=_b([[1, 1, 9, 5]]))


def test_decode_clamps_large_dw_and_dh(kata):
    """dw = 10 and dh = 100 are clamped at log(1000/16): size 62.5·4 = 250 by 62.5·2 = 125 around centre (2, 1); each clamp on its own."""
    kata.check("decode", ANCHOR, _b([[0, 0, 10.0, 100.0]]), expected=_b([[-123, -61.5, 127, 63.5]]))
    kata.check("decode", ANCHOR, _b([[0, 0, 10.0, 0.0]]), expected=_b([[-123, 0, 127, 2]]))
    kata.check("decode", ANCHOR, _b([[0, 0, 0.0, 10.0]]), expected=_b([[0, -61.5, 4, 63.5]]))


def test_decode_at_the_clamp(kata):
    """dw exactly log(1000/16) is not changed (width 250); just below it the width is just below 250."""
    kata.check("decode", ANCHOR, _b([[0, 0, CLAMP, 0.0]]), expected=_b([[-123, 0, 127, 2]]))
    w = 4 * math.exp(CLAMP - 0.01)
    kata.check("decode", ANCHOR, _b([[0, 0, CLAMP - 0.01, 0.0]]), expected=_b([[2 - w / 2, 0, 2 + w / 2, 2]]))


def test_decode_clamp_comes_after_the_weights(kata):
    """weights (1, 1, 5, 5) with dw = dh = 10: 10 / 5 = 2 is below the clamp, so the size is e²·4 by e²·2."""
    w, h = 4 * math.exp(2.0), 2 * math.exp(2.0)
    kata.check("decode", ANCHOR, _b([[0, 0, 10.0, 10.0]]), (1.0, 1.0, 5.0, 5.0),
               expected=_b([[2 - w / 2, 1 - h / 2, 2 + w / 2, 1 + h / 2]]))


def test_decode_no_clamp_from_below(kata):
    """dw = dh = −10 is not clamped: the box shrinks to 4e⁻¹⁰ by 2e⁻¹⁰ around the centre (2, 1)."""
    w, h = 4 * math.exp(-10.0), 2 * math.exp(-10.0)
    kata.check("decode", ANCHOR, _b([[0, 0, -10.0, -10.0]]), expected=_b([[2 - w / 2, 1 - h / 2, 2 + w / 2, 1 + h / 2]]))


def test_decode_large_shifts_both_ways(kata):
    """dx = ±1000, dy = ∓500 move the centre by 1000·4 and 500·2 in either direction."""
    kata.check("decode", _b([[0, 0, 4, 2]] * 2), _b([[1000, -500, 0, 0], [-1000, 500, 0, 0]]),
               expected=_b([[4000, -1000, 4004, -998], [-4000, 1000, -3996, 1002]]))


def test_empty(kata):
    """N = 0: an empty (0, 4) float64 array from both."""
    kata.check("encode", np.zeros((0, 4)), np.zeros((0, 4)), expected=np.zeros((0, 4)))
    kata.check("decode", np.zeros((0, 4)), np.zeros((0, 4)), (10.0, 10.0, 5.0, 5.0), expected=np.zeros((0, 4)))


def test_validation(kata):
    """ValueError: shapes, an anchor of zero width (encode and decode) or height, a box of zero width or height in encode, bad weights (N = 0 too)."""
    box = _b([[1, 1, 9, 5]])
    kata.raises_each([
        ("ValueError", "encode", (np.zeros((1, 3)), box), {}),
        ("ValueError", "encode", (ANCHOR, _b([[1, 1, 9, 5], [0, 0, 1, 1]])), {}),
        ("ValueError", "encode", (_b([[0, 0, 0, 2]]), box), {}),
        ("ValueError", "encode", (_b([[0, 0, 4, 0]]), box), {}),
        ("ValueError", "encode", (ANCHOR, _b([[1, 1, 1, 5]])), {}),
        ("ValueError", "encode", (ANCHOR, _b([[2, 1, 1, 5]])), {}),
        ("ValueError", "encode", (ANCHOR, _b([[1, 1, 9, 1]])), {}),
        ("ValueError", "encode", (ANCHOR, _b([[1, 5, 9, 1]])), {}),
        ("ValueError", "encode", (ANCHOR, box, (1.0, 1.0, 0.0, 1.0)), {}),
        ("ValueError", "encode", (np.zeros((0, 4)), np.zeros((0, 4)), (1.0, 1.0, 1.0)), {}),
        ("ValueError", "decode", (_b([[0, 0, 0, 2]]), np.zeros((1, 4))), {}),
        ("ValueError", "decode", (_b([[0, 3, 4, 2]]), np.zeros((1, 4))), {}),
        ("ValueError", "decode", (ANCHOR, np.zeros((2, 4))), {}),
        ("ValueError", "decode", (ANCHOR, np.zeros((1, 4)), (1.0, -1.0, 1.0, 1.0)), {}),
        ("ValueError", "decode", (np.zeros((0, 4)), np.zeros((0, 4)), (1.0, 1.0, 1.0, float("nan"))), {}),
    ])


def _random_boxes(rng, n, scale):
    xy = rng.uniform(-scale, scale, size=(n, 2))
    return np.hstack([xy, xy + rng.uniform(0.05, 0.5, size=(n, 2)) * scale])


def test_matches_reference_on_random_boxes(kata, rng):
    """Random anchors and boxes, N up to 50, coordinates up to ±1e4, weights (1,1,1,1) and (10,10,5,5)."""
    encodes, decodes = [], []
    for n, scale, weights in ((3, 1.0, (1.0, 1.0, 1.0, 1.0)), (50, 100.0, (10.0, 10.0, 5.0, 5.0)), (20, 1e4, (2.0, 3.0, 0.5, 0.7))):
        anchors, boxes = _random_boxes(rng, n, scale), _random_boxes(rng, n, scale)
        encodes.append(((anchors, boxes, weights), {}))
        decodes.append(((anchors, rng.normal(0.0, 3.0, size=(n, 4)), weights), {}))
    kata.check_each("encode", encodes)
    kata.check_each("decode", decodes)


def test_decode_inverts_encode(kata, rng):
    """decode(anchors, encode(anchors, boxes)) gives the boxes back (sizes within 62.5× of the anchors), with weights too."""
    anchors, boxes = _random_boxes(rng, 30, 10.0), _random_boxes(rng, 30, 10.0)
    for weights in ((1.0, 1.0, 1.0, 1.0), (10.0, 10.0, 5.0, 5.0)):
        deltas = kata.call("encode", anchors, boxes, weights).value
        back = kata.call("decode", anchors, np.asarray(deltas, dtype=np.float64), weights).value
        require(np.allclose(back, boxes, rtol=1e-9, atol=1e-9),
                f"decode(anchors, encode(anchors, boxes, {weights}), {weights}) does not give the boxes back")
