"""Step decay by repeated multiplication, exponential decay through exp/log, cosine as lr0 minus a rising half-wave."""
import math


def step_decay(lr0, step, *, drop_every, factor):
    lr = float(lr0)
    for _ in range(step // drop_every):
        lr *= factor
    return lr


def exponential_decay(lr0, step, *, gamma):
    return lr0 * math.exp(step * math.log(gamma))


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    if step >= total_steps:
        return float(lr_min)
    # the drop from lr0 grows from 0 to (lr0 - lr_min) along (1 - cos)/2
    return lr0 - (lr0 - lr_min) * (1 - math.cos(math.pi * step / total_steps)) / 2


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    if warmup_steps > 0 and step < warmup_steps:
        return lr0 * step / warmup_steps
    if step >= total_steps:
        return float(lr_min)
    phase = (step - warmup_steps) / (total_steps - warmup_steps)
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * phase))
