"""Hidden tests for distributed/gpipe_schedule: gpipe_schedule(p, m) -> (timetable, bubble)."""
from grader.testing import require


def test_two_stages_two_micro_batches_by_hand(kata):
    """p = 2, m = 2: 6 steps; stage 1 starts a step late; backward B1 before B0 from the last stage; bubble 1/3."""
    kata.check("gpipe_schedule", 2, 2,
               expected=([["F0", "F1", "", "", "B1", "B0"], ["", "F0", "F1", "B1", "B0", ""]], 1 / 3))


def test_three_stages_two_micro_batches_by_hand(kata):
    """p = 3, m = 2: 8 steps; the last stage starts B1 right after its F1 (t = 4); bubble 2/4 = 0.5."""
    kata.check("gpipe_schedule", 3, 2, expected=([
        ["F0", "F1", "", "", "", "", "B1", "B0"],
        ["", "F0", "F1", "", "", "B1", "B0", ""],
        ["", "", "F0", "F1", "B1", "B0", "", ""],
    ], 0.5))


def test_one_micro_batch(kata):
    """m = 1 on p = 3: one forward down and one backward up, bubble (p − 1)/p = 2/3."""
    kata.check("gpipe_schedule", 3, 1, expected=([
        ["F0", "", "", "", "", "B0"],
        ["", "F0", "", "", "B0", ""],
        ["", "", "F0", "B0", "", ""],
    ], 2 / 3))


def test_one_stage_has_no_bubble(kata):
    """p = 1, m = 3: F0 F1 F2 then B2 B1 B0, never idle: bubble 0.0."""
    kata.check("gpipe_schedule", 1, 3, expected=([["F0", "F1", "F2", "B2", "B1", "B0"]], 0.0))


def test_one_stage_one_micro_batch(kata):
    """p = 1, m = 1: [["F0", "B0"]], bubble 0.0."""
    kata.check("gpipe_schedule", 1, 1, expected=([["F0", "B0"]], 0.0))


def test_bubble_is_a_share_of_the_total_time(kata):
    """p = 4, m = 8: bubble 3/11 (not 3/8, the bubble relative to the busy time)."""
    timetable, bubble = kata.check("gpipe_schedule", 4, 8).value
    require(abs(bubble - 3 / 11) < 1e-12, f"bubble is {bubble!r}; expected 3/11 = {3 / 11!r}")


def test_largest_schedules_match_the_reference(kata):
    """p up to 8 and m up to 16, including m < p and m > p: every cell of the timetable and the bubble."""
    for p, m in [(8, 16), (8, 3), (5, 5), (2, 16), (7, 1)]:
        kata.check("gpipe_schedule", p, m)


def test_dependencies_hold(kata):
    """p = 4, m = 5: each forward runs after the same micro-batch's forward on the stage before, each backward after the stage after."""
    timetable, _ = kata.call("gpipe_schedule", 4, 5).value
    where = {(s, cell): t for s, row in enumerate(timetable) for t, cell in enumerate(row) if cell}
    for i in range(5):
        for s in range(1, 4):
            require(where[(s, f"F{i}")] > where[(s - 1, f"F{i}")], f"F{i} runs on stage {s} before stage {s - 1}")
            require(where[(s - 1, f"B{i}")] > where[(s, f"B{i}")], f"B{i} runs on stage {s - 1} before stage {s}")


def test_invalid_arguments_raise(kata):
    """ValueError for p = 0, m = 0, a negative m, a float p, or a bool."""
    kata.raises("ValueError", "gpipe_schedule", 0, 3)
    kata.raises("ValueError", "gpipe_schedule", 3, 0)
    kata.raises("ValueError", "gpipe_schedule", 2, -1)
    kata.raises("ValueError", "gpipe_schedule", 2.0, 3)
    kata.raises("ValueError", "gpipe_schedule", True, 3)
