"""Hidden tests for nlp/edit_alignment: edit_alignment(source, target) -> (distance, alignment)."""
import numpy as np


def test_deletion_then_match_by_hand(kata):
    """"ab" → "b": delete "a", keep "b": (1, [del 0, match 1↔0])."""
    kata.check("edit_alignment", "ab", "b", expected=(1, [("del", 0, None), ("match", 1, 0)]))


def test_a_substitution_costs_one(kata):
    """"a" → "b" is one substitution, distance 1 (not 2)."""
    kata.check("edit_alignment", "a", "b", expected=(1, [("sub", 0, 0)]))


def test_the_diagonal_wins_over_a_deletion(kata):
    """"aa" → "b": at (2, 1) the substitution a→b and the deletion of the last "a" both reach 2: the diagonal is taken."""
    # D[1][0] = 1, D[1][1] = 1, D[2][1] = 2: diagonal D[1][0] + 1 = 2 and deletion D[1][1] + 1 = 2 tie;
    # the diagonal gives ("sub", 1, 0), then column 0 leaves ("del", 0)
    kata.check("edit_alignment", "aa", "b", expected=(2, [("del", 0, None), ("sub", 1, 0)]))


def test_the_diagonal_wins_ties(kata):
    """"ab" → "ba": two substitutions; a deletion and an insertion around a match cost 2 as well, but the diagonal comes first."""
    kata.check("edit_alignment", "ab", "ba", expected=(2, [("sub", 0, 0), ("sub", 1, 1)]))


def test_deletion_wins_over_insertion(kata):
    """"aba" → "bab": at (3, 3) the diagonal costs 3, deletion and insertion 2: the deletion is taken."""
    # D[2][3] = 1 ("ab" → "bab"), D[3][2] = 1 ("aba" → "ba"), D[2][2] = 2: the last move is ("del", 2)
    kata.check("edit_alignment", "aba", "bab",
               expected=(2, [("ins", None, 0), ("match", 0, 1), ("match", 1, 2), ("del", 2, None)]))


def test_kitten_sitting_by_hand(kata):
    """kitten → sitting: k→s, e→i, insert g at the end: distance 3."""
    kata.check("edit_alignment", "kitten", "sitting",
               expected=(3, [("sub", 0, 0), ("match", 1, 1), ("match", 2, 2), ("match", 3, 3),
                             ("sub", 4, 4), ("match", 5, 5), ("ins", None, 6)]))


def test_empty_source_is_all_insertions(kata):
    """"" → "ab": two insertions, in order."""
    kata.check("edit_alignment", "", "ab", expected=(2, [("ins", None, 0), ("ins", None, 1)]))


def test_empty_target_is_all_deletions(kata):
    """"abc" → "": three deletions, in order."""
    kata.check("edit_alignment", "abc", "",
               expected=(3, [("del", 0, None), ("del", 1, None), ("del", 2, None)]))


def test_both_empty(kata):
    """"" → "": distance 0 and an empty alignment."""
    kata.check("edit_alignment", "", "", expected=(0, []))


def test_identical_sequences_are_all_matches(kata):
    """"abc" → "abc": three matches, distance 0."""
    kata.check("edit_alignment", "abc", "abc",
               expected=(0, [("match", 0, 0), ("match", 1, 1), ("match", 2, 2)]))


def test_comparison_is_case_sensitive(kata):
    """"Cat" → "cat": "C" and "c" differ: one substitution."""
    kata.check("edit_alignment", "Cat", "cat",
               expected=(1, [("sub", 0, 0), ("match", 1, 1), ("match", 2, 2)]))


def test_token_lists(kata):
    """Lists of words, one symbol each: at the end, sat→down (diagonal) ties with inserting "down" and wins."""
    # (3, 4): diagonal D[2][3] + 1 = 3 = D[3][4]; then (2, 3): the diagonal gives 3 > 2, deletion 4, insertion 2
    kata.check("edit_alignment", ["the", "cat", "sat"], ["a", "cat", "sits", "down"],
               expected=(3, [("sub", 0, 0), ("match", 1, 1), ("ins", None, 2), ("sub", 2, 3)]))


def test_matches_reference_on_random_strings(kata, rng):
    """Random strings over a 3-letter alphabet (many ties), lengths 0 to 12."""
    arg_sets = []
    for _ in range(25):
        source = "".join(rng.choice(list("abc"), int(rng.integers(0, 13))))
        target = "".join(rng.choice(list("abc"), int(rng.integers(0, 13))))
        arg_sets.append(((source, target), {}))
    kata.check_each("edit_alignment", arg_sets)


def test_matches_reference_on_long_token_lists(kata, rng):
    """Token lists of length up to 30."""
    words = ["the", "a", "cat", "dog", "sat"]
    for _ in range(4):
        source = [str(w) for w in rng.choice(words, int(rng.integers(20, 31)))]
        target = [str(w) for w in rng.choice(words, int(rng.integers(20, 31)))]
        kata.check("edit_alignment", source, target)
