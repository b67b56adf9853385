"""Hidden tests for llm/continuous_batching: Scheduler(token_budget, max_batch) with add, step, waiting, running.

Every test is a scenario (grader/objects.py): played on the reference, then on the learner's
objects, observation by observation. Random inputs are drawn outside the scenarios.
"""


def test_example_by_hand(kata):
    """Budget 5, batch 2: a (3) and b (2) fill step 1; b ends on its prefill; a decodes while c joins; all end."""
    def scenario(world):
        s = world.new("Scheduler", 5, 2, as_="s")
        world.call(s, "add", "a", 3, 2)
        world.call(s, "add", "b", 2, 1)
        world.call(s, "add", "c", 1, 1)
        world.get(s, "waiting")                       # ['a', 'b', 'c']
        world.call(s, "step")                         # ([['a', 3], ['b', 2]], ['b'])
        world.get(s, "running")                       # ['a']
        world.get(s, "waiting")                       # ['c']
        world.call(s, "step")                         # ([['a', 1], ['c', 1]], ['a', 'c'])
        world.call(s, "step")                         # ([], [])
        world.get(s, "running")
    kata.scenario(scenario)


def test_decodes_before_admissions(kata):
    """Running requests decode first; a new prompt of exactly the budget left is admitted (≤, not <)."""
    def scenario(world):
        s = world.new("Scheduler", 3, 4, as_="s")
        world.call(s, "add", "a", 2, 3)
        world.call(s, "add", "b", 1, 3)
        world.call(s, "step")                         # ([['a', 2], ['b', 1]], [])
        world.call(s, "add", "c", 1, 1)
        world.call(s, "step")                         # ([['a', 1], ['b', 1], ['c', 1]], ['c']): c takes the last token
        world.call(s, "add", "d", 2, 1)
        world.call(s, "step")                         # ([['a', 1], ['b', 1]], ['a', 'b']): d needs 2, only 1 left
        world.get(s, "waiting")                       # ['d']
        world.call(s, "step")                         # ([['d', 2]], ['d'])
    kata.scenario(scenario)


def test_head_of_line_blocking(kata):
    """Strict FCFS: when the head of the queue does not fit, a smaller request behind it waits too."""
    def scenario(world):
        s = world.new("Scheduler", 4, 4, as_="s")
        world.call(s, "add", "a", 3, 2)
        world.call(s, "add", "b", 3, 1)
        world.call(s, "add", "c", 1, 1)
        world.call(s, "step")                         # ([['a', 3]], []): b needs 3 > 1 left, c may not jump
        world.get(s, "waiting")                       # ['b', 'c']
        world.call(s, "step")                         # ([['a', 1], ['b', 3]], ['a', 'b'])
        world.call(s, "step")                         # ([['c', 1]], ['c'])
    kata.scenario(scenario)


def test_batch_limit_and_slots_freed_at_the_end_of_a_step(kata):
    """max_batch 1: b waits while a runs, including the step in which a finishes (it leaves at the END of the step)."""
    def scenario(world):
        s = world.new("Scheduler", 10, 1, as_="s")
        world.call(s, "add", "a", 2, 2)
        world.call(s, "add", "b", 2, 1)
        world.call(s, "step")                         # ([['a', 2]], [])
        world.call(s, "step")                         # ([['a', 1]], ['a'])
        world.get(s, "running")                       # []
        world.call(s, "step")                         # ([['b', 2]], ['b'])
    kata.scenario(scenario)


def test_one_token_requests_finish_on_their_prefill(kata):
    """max_new_tokens 1: the prefill produces the only token, so the request finishes in its first step."""
    def scenario(world):
        s = world.new("Scheduler", 6, 3, as_="s")
        for name, n in (("x", 2), ("y", 2), ("z", 2)):
            world.call(s, "add", name, n, 1)
        world.call(s, "step")                         # all three, all finished
        world.get(s, "running")
        world.get(s, "waiting")
    kata.scenario(scenario)


def test_empty_steps(kata):
    """Nothing queued or running: a step returns ([], [])."""
    def scenario(world):
        s = world.new("Scheduler", 1, 1, as_="s")
        world.call(s, "step")
        world.call(s, "add", "a", 1, 2)
        world.call(s, "step")                         # ([['a', 1]], [])
        world.call(s, "step")                         # ([['a', 1]], ['a'])
        world.call(s, "step")                         # ([], [])
    kata.scenario(scenario)


def test_validation(kata):
    """A prompt longer than the budget, a zero length and a duplicate id raise ValueError; a prompt equal to the budget does not."""
    def scenario(world):
        s = world.new("Scheduler", 4, 2, as_="s")
        world.raises(s, "add", "big", 5, 1)
        world.raises(s, "add", "fits", 4, 1)          # returns
        world.raises(s, "add", "zero", 0, 1)
        world.raises(s, "add", "none", 1, 0)
        world.raises(s, "add", "fits", 1, 1)          # already queued
        world.call(s, "step")                         # ([['fits', 4]], ['fits'])
        world.raises(s, "add", "fits", 1, 1)          # finished: the id may be used again
        world.get(s, "waiting")
    kata.scenario(scenario)


def test_random_workload(kata, rng):
    """Random arrivals between steps (prompts 1..4, outputs 1..4), budget 6, batch 3."""
    events = []
    n = 0
    for _ in range(20):
        for _ in range(int(rng.integers(0, 3))):
            if n < 8:
                events.append(("add", f"r{n}", int(rng.integers(1, 5)), int(rng.integers(1, 5))))
                n += 1
        events.append(("step",))

    def scenario(world):
        s = world.new("Scheduler", 6, 3, as_="s")
        for event in events:
            if event[0] == "add":
                world.call(s, "add", *event[1:])
            else:
                world.call(s, "step")
        world.get(s, "waiting")
        world.get(s, "running")
    kata.scenario(scenario)
