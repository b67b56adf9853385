"""Hidden tests for transformers/attention_masks: causal_mask(T), padding_mask(lengths, T), combined_mask(lengths, T)."""
import numpy as np

T_, F_ = True, False


def test_causal_by_hand(kata):
    """T = 3: query i sees keys 0 … i, the diagonal included (lower triangle)."""
    kata.check("causal_mask", 3, expected=np.array([[T_, F_, F_], [T_, T_, F_], [T_, T_, T_]]))


def test_padding_by_hand(kata):
    """lengths (2, 0, 3), T = 3: True at positions t < length: (T T F), (F F F), (T T T)."""
    kata.check("padding_mask", np.array([2, 0, 3]), 3,
               expected=np.array([[T_, T_, F_], [F_, F_, F_], [T_, T_, T_]]))


def test_combined_by_hand(kata):
    """lengths (2, 3), T = 3: sequence 0 is causal with key 2 masked (padded queries keep their real keys)."""
    first = np.array([[T_, F_, F_], [T_, T_, F_], [T_, T_, F_]])     # row 2: keys 0, 1 (key 2 is padding)
    second = np.array([[T_, F_, F_], [T_, T_, F_], [T_, T_, T_]])    # full length: just causal
    kata.check("combined_mask", np.array([2, 3]), 3, expected=np.stack([first, second])[:, None])


def test_causal_one_and_zero(kata):
    """T = 1: [[True]]; T = 0: an empty (0, 0) bool array."""
    kata.check("causal_mask", 1, expected=np.array([[True]]))
    kata.check("causal_mask", 0, expected=np.zeros((0, 0), dtype=bool))


def test_lengths_at_the_boundaries(kata):
    """length = T gives all True, length = 0 all False; T − 1 masks exactly the last position."""
    kata.check("padding_mask", np.array([4, 0, 3, 1]), 4,
               expected=np.array([[T_, T_, T_, T_], [F_, F_, F_, F_], [T_, T_, T_, F_], [T_, F_, F_, F_]]))


def test_lengths_as_a_list(kata):
    """lengths given as a Python list of ints."""
    kata.check("padding_mask", [1, 2], 2, expected=np.array([[T_, F_], [T_, T_]]))
    kata.check("combined_mask", [1], 2, expected=np.array([[[[T_, F_], [T_, F_]]]]))


def test_empty_shapes(kata):
    """T = 0 and N = 0: empty bool masks of the stated shapes."""
    kata.check("padding_mask", np.array([0, 0]), 0, expected=np.zeros((2, 0), dtype=bool))
    kata.check("combined_mask", np.array([0, 0]), 0, expected=np.zeros((2, 1, 0, 0), dtype=bool))
    kata.check("padding_mask", np.array([], dtype=np.int64), 3, expected=np.zeros((0, 3), dtype=bool))
    kata.check("combined_mask", np.array([], dtype=np.int64), 3, expected=np.zeros((0, 1, 3, 3), dtype=bool))


def test_zero_length_sequence_is_fully_masked(kata):
    """A sequence of length 0 masks every key: every row of its (T, T) block is False."""
    kata.check("combined_mask", np.array([0, 2]), 2,
               expected=np.array([[[[F_, F_], [F_, F_]]], [[[T_, F_], [T_, T_]]]]))


def test_matches_reference_on_random_lengths(kata, rng):
    """Random T (1 to 9) and random lengths between 0 and T."""
    causal, masks = [], []
    for _ in range(6):
        t = int(rng.integers(1, 10))
        lengths = rng.integers(0, t + 1, size=int(rng.integers(1, 5)))
        causal.append(((t,), {}))
        masks.append(((lengths, t), {}))
    kata.check_each("causal_mask", causal)
    kata.check_each("padding_mask", masks)
    kata.check_each("combined_mask", masks)


def test_length_longer_than_T_raises(kata):
    """A length of T + 1 does not fit: ValueError (in padding_mask and combined_mask)."""
    kata.raises("ValueError", "padding_mask", np.array([2, 4]), 3)
    kata.raises("ValueError", "combined_mask", np.array([4]), 3)


def test_negative_length_raises(kata):
    """A negative length: ValueError."""
    kata.raises("ValueError", "padding_mask", np.array([1, -1]), 3)


def test_lengths_are_checked_when_T_is_zero(kata):
    """T = 0 gives empty masks, but a length of 1 still does not fit (ValueError), in padding_mask and combined_mask."""
    kata.check("padding_mask", [0, 0], 0, expected=np.zeros((2, 0), dtype=bool))
    kata.raises("ValueError", "padding_mask", [0, 1], 0)
    kata.raises("ValueError", "combined_mask", np.array([1]), 0)
