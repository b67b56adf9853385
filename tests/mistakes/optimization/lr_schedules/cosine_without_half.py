"""Cosine without ½(1 + …): lr_min + (lr0 − lr_min)·cos(π·t/T) reaches lr_min halfway and ends far below it (negative).

cos(π·t/T) runs from 1 to −1; shift and scale it to run from 1 to 0 with ½(1 + cos(π·t/T)),
then map that onto [lr_min, lr0].
"""
import math


def step_decay(lr0, step, *, drop_every, factor):
    return lr0 * factor ** (step // drop_every)


def exponential_decay(lr0, step, *, gamma):
    return lr0 * gamma ** step


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    t = min(step, total_steps)
    return lr_min + (lr0 - lr_min) * math.cos(math.pi * t / total_steps)


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    if step < warmup_steps:
        return lr0 * step / warmup_steps
    return cosine_annealing(lr0, step - warmup_steps, total_steps=total_steps - warmup_steps, lr_min=lr_min)
