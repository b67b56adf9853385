"""Learning-rate schedules: step, exponential, cosine, warmup.

Task
    Write four learning-rate schedules. Each maps a step number (0, 1, 2, ...) to the learning
    rate to use at that step, starting from the base rate lr0:

    step_decay         lr0 · factor^⌊step / drop_every⌋: multiply by `factor` once every
                       `drop_every` steps (a staircase).
    exponential_decay  lr0 · gamma^step: multiply by `gamma` at every step.
    cosine_annealing   lr_min + ½(lr0 − lr_min)(1 + cos(π · min(step, total_steps) / total_steps)):
                       from lr0 at step 0 down to lr_min at step total_steps along half a cosine
                       wave, then held at lr_min for every later step.
    warmup_cosine      a linear warmup from 0, then the cosine:
                         lr0 · step / warmup_steps                     while step < warmup_steps
                         the cosine above from lr0 to lr_min, with
                         step − warmup_steps in place of step and
                         total_steps − warmup_steps in place of total_steps   after that
                       so it is 0 at step 0, lr0 at step warmup_steps, lr_min at step
                       total_steps, and held at lr_min past total_steps.

Signature
    step_decay(lr0, step, *, drop_every, factor) -> float
    exponential_decay(lr0, step, *, gamma) -> float
    cosine_annealing(lr0, step, *, total_steps, lr_min=0.0) -> float
    warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0) -> float
    Everything after `step` is passed by keyword.

Shapes and types
    lr0           a float > 0, the base learning rate
    step          an int ≥ 0, the step number (it may be past total_steps)
    drop_every    an int ≥ 1
    factor        a float in (0, 1]
    gamma         a float in (0, 1]
    total_steps   an int ≥ 1 (for warmup_cosine: total_steps > warmup_steps)
    warmup_steps  an int ≥ 0; warmup_steps = 0 means no warmup (plain cosine_annealing)
    lr_min        a float, 0 ≤ lr_min ≤ lr0
    returns       a float (a Python float or a numpy float64; not an array)

Example
    >>> step_decay(0.1, 25, drop_every=10, factor=0.5)
    0.025
    >>> exponential_decay(0.1, 3, gamma=0.5)
    0.0125
    >>> cosine_annealing(1.0, 5, total_steps=10)
    0.5
    >>> [round(warmup_cosine(1.0, step, warmup_steps=4, total_steps=12), 3) for step in (0, 2, 4, 8, 12, 20)]
    [0.0, 0.5, 1.0, 0.5, 0.0, 0.0]

Constraints
    Pure functions of their arguments: no state, no loop over earlier steps needed. Plain
    Python (math) or numpy.

Coming from PyTorch
    torch.optim.lr_scheduler.CosineAnnealingLR stepped past T_max climbs back up (its cosine
    keeps going: the rate returns to lr0 after another T_max steps). Here cosine_annealing and
    warmup_cosine hold at lr_min for every step past total_steps, as Keras's CosineDecay does:
    min(step, total_steps) in the formula.
    The hidden tests use step ≤ 120, total_steps ≤ 100, warmup_steps ≤ 20 and drop_every ≤ 20.

Time budget: 15 minutes.
"""
import math


def step_decay(lr0, step, *, drop_every, factor):
    # BEGIN SOLUTION
    # Complexity: O(1) time and memory per call.
    # Integer division: the rate stays flat for drop_every steps, then drops by `factor`.
    drops = step // drop_every
    return float(lr0 * factor ** drops)
    # END SOLUTION


def exponential_decay(lr0, step, *, gamma):
    # BEGIN SOLUTION
    return float(lr0 * gamma ** step)
    # END SOLUTION


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    # BEGIN SOLUTION
    # Clamp first: past total_steps the cosine would climb back up, but the rate stays at lr_min.
    progress = min(step, total_steps) / total_steps
    # ½(1 + cos(π·progress)) falls from 1 to 0 as progress goes from 0 to 1.
    return float(lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * progress)))
    # END SOLUTION


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    # BEGIN SOLUTION
    if step < warmup_steps:
        # Linear ramp from 0 at step 0; it reaches lr0 at step warmup_steps, where the cosine starts.
        return float(lr0 * step / warmup_steps)
    # The cosine phase counts its own steps from the end of the warmup.
    return cosine_annealing(lr0, step - warmup_steps, total_steps=total_steps - warmup_steps, lr_min=lr_min)
    # END SOLUTION
