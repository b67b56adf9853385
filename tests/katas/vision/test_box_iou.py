"""Hidden tests for vision/box_iou: box_iou(boxes1, boxes2), pairwise, xyxy."""
import numpy as np

BIG = np.array([[0.0, 0.0, 2.0, 2.0]])


def test_overlap_by_hand(kata):
    """[0,0,2,2] with [1,1,3,3]: intersection 1, union 4 + 4 − 1 = 7, IoU 1/7; identical boxes give 1."""
    kata.check("box_iou", BIG, np.array([[1.0, 1.0, 3.0, 3.0], [0.0, 0.0, 2.0, 2.0]]), expected=np.array([[1 / 7, 1.0]]))


def test_non_dyadic_by_hand(kata):
    """[.1,.2,.7,.9] with [.3,.1,1,.6]: intersection .4 × .4 = .16, areas .42 and .35, IoU .16/.61 = 0.262295."""
    kata.check("box_iou", np.array([[0.1, 0.2, 0.7, 0.9]]), np.array([[0.3, 0.1, 1.0, 0.6]]),
               expected=np.array([[0.16 / 0.61]]))


def test_contained_touching_and_disjoint(kata):
    """A box inside another: area ratio 0.25; touching along an edge or a corner: 0; far apart: 0 (not a positive product of two negative overlaps)."""
    others = np.array([[0.5, 0.5, 1.5, 1.5], [2.0, 0.0, 4.0, 2.0], [2.0, 2.0, 3.0, 3.0], [5.0, 5.0, 7.0, 9.0]])
    kata.check("box_iou", BIG, others, expected=np.array([[0.25, 0.0, 0.0, 0.0]]))


def test_no_plus_one_convention(kata):
    """Areas are (x2 − x1)(y2 − y1): [0,0,1,1] and [0,0,2,1] have IoU 1/2 (with "+1" it would be 4/6)."""
    kata.check("box_iou", np.array([[0.0, 0.0, 1.0, 1.0]]), np.array([[0.0, 0.0, 2.0, 1.0]]), expected=np.array([[0.5]]))


def test_zero_area_boxes(kata):
    """The 0/0 rule: two identical points give 0.0 (not nan); a point or a line inside a box gives 0 / area = 0."""
    pt = np.array([[1.0, 1.0, 1.0, 1.0]])
    line = np.array([[0.0, 1.0, 2.0, 1.0]])
    kata.check("box_iou", pt, pt, expected=np.array([[0.0]]))
    kata.check("box_iou", np.vstack([pt, line]), np.vstack([BIG, line, pt]), expected=np.zeros((2, 3)))


def test_pairwise_shape_and_order(kata):
    """N = 3 boxes against M = 2: an (N, M) matrix, row i for boxes1[i]."""
    a = np.array([[0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0], [10.0, 10.0, 11.0, 11.0]])
    b = np.array([[1.0, 1.0, 3.0, 3.0], [0.0, 0.0, 1.0, 1.0]])
    kata.check("box_iou", a, b, expected=np.array([[1 / 7, 0.25], [1.0, 0.0], [0.0, 0.0]]))


def test_negative_and_large_coordinates(kata):
    """Boxes around the origin and far out at ±1e6: [−2,−2,2,2] with [−1,−1,1,1] is 0.25, shifted copies too."""
    a = np.array([[-2.0, -2.0, 2.0, 2.0], [-1e6 - 2, -1e6 - 2, -1e6 + 2, -1e6 + 2]])
    b = np.array([[-1.0, -1.0, 1.0, 1.0], [-1e6 - 1, -1e6 - 1, -1e6 + 1, -1e6 + 1], [1e6, 1e6, 1e6 + 4, 1e6 + 4]])
    kata.check("box_iou", a, b, expected=np.array([[0.25, 0.0, 0.0], [0.0, 0.25, 0.0]]))


def test_empty_sets(kata):
    """N = 0 or M = 0: an empty (N, M) matrix."""
    kata.check("box_iou", np.zeros((0, 4)), BIG, expected=np.zeros((0, 1)))
    kata.check("box_iou", BIG, np.zeros((0, 4)), expected=np.zeros((1, 0)))


def test_validation(kata):
    """ValueError: arrays not (·, 4), a box with x2 < x1 or y2 < y1 (in either argument)."""
    kata.raises("ValueError", "box_iou", np.zeros(4), BIG)
    kata.raises("ValueError", "box_iou", BIG, np.zeros((2, 3)))
    kata.raises("ValueError", "box_iou", np.array([[2.0, 0.0, 1.0, 1.0]]), BIG)
    kata.raises("ValueError", "box_iou", BIG, np.array([[0.0, 2.0, 1.0, 1.0]]))


def test_matches_reference_on_random_boxes(kata, rng):
    """Random boxes (some of zero width), N, M up to 30; and IoU(b, a) is the transpose of IoU(a, b)."""
    def boxes(k):
        xy = rng.uniform(-5.0, 5.0, size=(k, 2))
        wh = rng.uniform(0.0, 4.0, size=(k, 2)) * (rng.random((k, 1)) > 0.1)
        return np.hstack([xy, xy + wh])
    pairs = []
    for n, m in ((1, 1), (7, 4), (30, 30)):
        a, b = boxes(n), boxes(m)
        pairs.append(((a, b), {}))
    for ((a, b), _), ab in zip(pairs, kata.check_each("box_iou", pairs)):
        kata.check("box_iou", b, a, expected=np.asarray(ab.value).T.copy())
