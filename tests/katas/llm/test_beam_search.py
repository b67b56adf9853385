"""Hidden tests for llm/beam_search: beam_search(log_probs, start, *, beam_width, max_len, eos, alpha)."""
import math

import numpy as np

from grader.testing import require

EOS, START = 0, 3


def _table(start_row, row1=(0.1, 0.1, 0.8, 0.001)):
    """A 4-token bigram table: token 0 is eos, 3 is the start (almost never generated)."""
    return np.log(np.array([[0.9, 0.05, 0.05, 0.001],    # after eos (only a wrong search goes there)
                            list(row1),                  # after token 1
                            [0.9, 0.05, 0.05, 0.001],    # after token 2
                            list(start_row)]))           # after the start


def test_beam_beats_greedy_by_hand(kata):
    """Greedy takes 1 (0.5) then eos (0.4): 0.2; a beam of 2 also keeps 2 (0.4), and 2 then eos (0.9) gives 0.36."""
    P = _table([0.1, 0.5, 0.4, 0.001], row1=(0.4, 0.3, 0.3, 0.001))
    # step 2 candidates: [2,0] .36, [1,0] .2, [1,1] .15, [1,2] .15, ... : both kept are finished
    kata.check("beam_search", P, START, beam_width=2, max_len=2, eos=EOS, alpha=0.0,
               expected=([2, 0], math.log(0.36)))


def test_ties_go_to_the_smaller_token(kata):
    """Tokens 1 and 2 both have 0.4 after the start; beam width 1 keeps token 1 (the smaller list)."""
    P = _table([0.2, 0.4, 0.4, 0.001])
    kata.check("beam_search", P, START, beam_width=1, max_len=1, eos=EOS, alpha=0.0,
               expected=([1], math.log(0.4)))


def test_sequences_cut_off_at_max_len_compete(kata):
    """max_len = 1: [1] (0.6) is still live at the end, [0] (0.3) finished: the unfinished [1] is the best."""
    P = _table([0.3, 0.6, 0.1, 0.001])
    kata.check("beam_search", P, START, beam_width=2, max_len=1, eos=EOS, alpha=0.0,
               expected=([1], math.log(0.6)))


def test_length_normalisation_by_hand(kata):
    """[0] has 0.5; [1, 2, 0] has 0.4·0.8·0.9 = 0.288, per token log(0.288)/3 = −0.415 > log 0.5: alpha = 1 picks the longer one."""
    P = _table([0.5, 0.4, 0.1, 0.001])
    # step 1 keeps [0] (finished) and [1]; step 2 keeps [1,2] (.32) and [1,0] (.04, finished; tie with [1,1], smaller wins);
    # step 3 keeps [1,2,0] (.288, finished) and [1,2,1] (.016, cut off at max_len)
    kata.check("beam_search", P, START, beam_width=2, max_len=3, eos=EOS, alpha=1.0,
               expected=([1, 2, 0], math.log(0.288) / 3))
    # alpha = 0: raw log-probabilities, [0] wins with log 0.5
    kata.check("beam_search", P, START, beam_width=2, max_len=3, eos=EOS, alpha=0.0,
               expected=([0], math.log(0.5)))
    # alpha = 0.5: log(0.288)/sqrt(3) = −0.719 < −0.693: [0] again
    kata.check("beam_search", P, START, beam_width=2, max_len=3, eos=EOS, alpha=0.5,
               expected=([0], math.log(0.5)))


def test_equal_scores_go_to_the_smaller_list(kata):
    """alpha = 1: [0] scores log 0.5 and [1, 0] scores log(0.5·0.5)/2 = log 0.5 too: [0] is the smaller list."""
    P = _table([0.5, 0.5, 0.0001, 0.0001], row1=(0.5, 0.1, 0.1, 0.1))
    kata.check("beam_search", P, START, beam_width=2, max_len=2, eos=EOS, alpha=1.0,
               expected=([0], math.log(0.5)))


def test_eos_first_ends_the_search(kata):
    """When every kept candidate is finished the search stops: max_len = 50 changes nothing."""
    P = _table([0.1, 0.5, 0.4, 0.001], row1=(0.4, 0.3, 0.3, 0.001))
    kata.check("beam_search", P, START, beam_width=2, max_len=50, eos=EOS, alpha=0.0,
               expected=([2, 0], math.log(0.36)))


def test_no_refill_once_a_beam_finishes_by_hand(kata):
    """Width 2: step 1 keeps [1] (0.4) and [0] (0.3, finished); the beam goes on with [1] alone, never refilled with [2] (0.2), whose [2, 2, 2] (0.188, −0.557 per token) would beat [0] (log 0.3 = −1.204)."""
    P = np.log(np.array([[0.9, 0.05, 0.05, 0.001],      # after eos
                         [0.05, 0.05, 0.05, 0.05],      # after 1: every continuation 0.05
                         [0.01, 0.01, 0.97, 0.01],      # after 2: 2 again, almost surely
                         [0.3, 0.4, 0.2, 0.1]]))        # after the start
    # live [1] -> step 2: [1,0..3] tie at 0.02, keep [1,0] (finished) and [1,1] -> step 3: [1,1,0] (finished),
    # [1,1,1] (cut off), both log(0.001)/3 = -2.303; [1,0] scores log(0.02)/2 = -1.956: [0] is the best
    kata.check("beam_search", P, START, beam_width=2, max_len=3, eos=EOS, alpha=1.0,
               expected=([0], math.log(0.3)))


def test_equal_scores_prefer_the_lexicographically_smaller_not_the_shorter(kata):
    """alpha = 0: [1, 2, 0] (0.5·0.5·0.9) and [2, 0] (0.25·0.9) both have 0.225 exactly; the lexicographically smaller list is the LONGER [1, 2, 0]."""
    P = np.log(np.array([[0.9, 0.05, 0.05, 0.001],      # after eos
                         [0.01, 0.01, 0.5, 0.01],       # after 1: mostly 2
                         [0.9, 0.01, 0.01, 0.01],       # after 2: mostly eos
                         [0.01, 0.5, 0.25, 0.001]]))    # after the start
    # width 4: step 2 keeps [1,2] (.25), [2,0] (.225, finished), [1,0] and [1,1] (.005 each); step 3: [1,2,0] = .225
    # log 0.5 + log 0.5 == log 0.25 exactly in float64 (doubling is exact), so the two scores are equal
    kata.check("beam_search", P, START, beam_width=4, max_len=3, eos=EOS, alpha=0.0,
               expected=([1, 2, 0], math.log(0.25) + math.log(0.9)))


def test_length_counts_the_eos_token_by_hand(kata):
    """alpha = 1: [0] scores log 0.5 = −0.693; [1, 0] has 0.4·0.75 = 0.3 over 2 tokens (eos counted): −0.602 wins (over 1 token it would be −1.204)."""
    P = _table([0.5, 0.4, 0.05, 0.05], row1=(0.75, 0.1, 0.1, 0.05))
    # step 1: [0] finished, [1] live; step 2 keeps [1,0] (.3, finished) and [1,1] (.04, cut off: log(.04)/2 = −1.609)
    kata.check("beam_search", P, START, beam_width=2, max_len=2, eos=EOS, alpha=1.0,
               expected=([1, 0], math.log(0.3) / 2))


def test_ties_at_a_later_step_go_to_the_smaller_list_by_hand(kata):
    """Width 2, alpha = 1: at step 2 [1, 3] and [2, 1] tie at 0.125 for the second slot; [1, 3] is the smaller list (though [2] ranked first at step 1), and [1, 3, 0] (0.1125, −0.728 per token) wins."""
    P = np.log(np.array([[0.9, 0.01, 0.01, 0.01, 0.01],     # after eos
                         [0.1, 0.1, 0.2, 0.5, 0.1],         # after 1
                         [0.3, 0.25, 0.1, 0.1, 0.1],        # after 2
                         [0.9, 0.01, 0.01, 0.01, 0.01],     # after 3: mostly eos
                         [0.05, 0.25, 0.5, 0.25, 0.1]]))    # after the start (4)
    # step 1 keeps [2] (.5), [1] (.25; [3] ties with it and is the larger list); step 2: [2,0] .15 (finished), then [1,3] = .25·.5 and [2,1] = .5·.25 tie;
    # step 3 from [1,3]: [1,3,0] .1125 (finished), [1,3,1] .00125 (cut off). [2,0] scores log(.15)/2 = −0.949.
    # Keeping [2,1] instead (ties in the order generated) ends at [2,1,3]: log(.0625)/3 = −0.924.
    kata.check("beam_search", P, 4, beam_width=2, max_len=3, eos=0, alpha=1.0,
               expected=([1, 3, 0], (math.log(0.25) + math.log(0.5) + math.log(0.9)) / 3))


def test_matches_reference_on_random_models(kata, rng):
    """Random bigram models with V = 3..7, beam widths 1..4, max_len 1..6, alpha 0, 0.6, 1."""
    arg_sets = []
    for _ in range(12):
        V = int(rng.integers(3, 8))
        logits = rng.normal(0.0, 1.5, size=(V, V))
        log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        arg_sets.append(((log_probs, int(rng.integers(0, V))),
                         dict(beam_width=int(rng.integers(1, 5)), max_len=int(rng.integers(1, 7)),
                              eos=int(rng.integers(0, V)), alpha=float(rng.choice([0.0, 0.6, 1.0])))))
    kata.check_each("beam_search", arg_sets)


def test_wider_beams_never_score_worse_with_alpha_zero(kata, rng):
    """alpha = 0 and max_len 2: a beam as wide as V finds the exhaustive best, so it is >= the greedy score."""
    V = 5
    logits = rng.normal(0.0, 1.0, size=(V, V))
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    narrow = kata.call("beam_search", log_probs, 1, beam_width=1, max_len=2, eos=0, alpha=0.0).value
    wide = kata.check("beam_search", log_probs, 1, beam_width=V * V, max_len=2, eos=0, alpha=0.0).value
    require(wide[1] >= narrow[1] - 1e-12, f"beam width {V * V} scored {wide[1]}, worse than greedy's {narrow[1]}")
