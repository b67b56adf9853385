"""A continuous-batching scheduler: requests join and leave the batch at every step.

Task
    An LLM server runs the model one step at a time; each step processes at most token_budget
    tokens and at most max_batch requests. Write `Scheduler(token_budget, max_batch)` with:

    add(request_id, prompt_len, max_new_tokens)
        Queue a request (first come, first served). Raise ValueError if prompt_len >
        token_budget (it could never be scheduled), if prompt_len < 1 or max_new_tokens < 1,
        or if request_id is already queued or running.
    step() -> (scheduled, finished)
        Decide this step's work, in this order:
        1. Every running request, oldest admitted first, gets 1 token (its next decode).
           (Each took at least one token when admitted, so they always fit the budget.)
        2. Then the waiting queue, from its head: the head is admitted if its whole prompt fits
           in the budget left (prompt_len ≤ left: a budget of exactly the prompt admits it) and
           fewer than max_batch requests are running (counting those admitted this step). If
           the head does not fit, admission stops for this step: no request behind it may
           jump the queue (strict FCFS, no chunked prefill).
        3. Every scheduled request produces one output token (a prefill produces the first
           one). A request that has produced max_new_tokens tokens is finished and leaves
           the running set at the end of the step.
        scheduled: a list of [request_id, tokens] pairs in the order scheduled (decodes
        first, then admissions), tokens being 1 for a decode and prompt_len for a prefill.
        finished: the ids finished this step, in the order they were scheduled.
    waiting, running: lists of request ids (attributes kept up to date): the queue in order,
    and the running requests in order of admission.

Signature
    Scheduler(token_budget, max_batch)
    Scheduler.add(request_id, prompt_len, max_new_tokens) -> None
    Scheduler.step() -> (scheduled, finished)
    Scheduler.waiting, Scheduler.running

Shapes and types
    token_budget, max_batch: ints ≥ 1. request_id: a str. prompt_len, max_new_tokens: ints.
    scheduled: a list of [str, int] lists; finished: a list of str. A step with nothing to do
    returns ([], []). Hidden tests use at most 8 requests and 30 steps.

Example
    >>> s = Scheduler(token_budget=5, max_batch=2)
    >>> s.add("a", 3, 2); s.add("b", 2, 1); s.add("c", 1, 1)
    >>> s.step()              # a's prefill (3) and b's (2) use the whole budget
    ([['a', 3], ['b', 2]], ['b'])
    >>> s.step()              # a decodes; c is admitted (2 running at most)
    ([['a', 1], ['c', 1]], ['a', 'c'])
    >>> s.step(), s.waiting, s.running
    (([], []), [], [])

Constraints
    Plain Python. Arguments are not modified. Coming from vLLM: its V1 scheduler also serves
    running requests first and admits FCFS under a token budget, but it splits long prompts
    (chunked prefill) and preempts under memory pressure; we do neither.

Time budget: 35 minutes.
"""


class Scheduler:
    def __init__(self, token_budget, max_batch):
        # BEGIN SOLUTION
        # Complexity: O(1) per call here; step is O(max_batch² + waiting) time (list removals and pops), O(requests) memory.
        self.token_budget, self.max_batch = token_budget, max_batch
        self.waiting, self.running = [], []
        self._requests = {}                 # id -> [prompt_len, max_new_tokens, produced]
        # END SOLUTION

    def add(self, request_id, prompt_len, max_new_tokens):
        # BEGIN SOLUTION
        if prompt_len < 1 or max_new_tokens < 1:
            raise ValueError("prompt_len and max_new_tokens must be at least 1")
        if prompt_len > self.token_budget:
            raise ValueError(f"a prompt of {prompt_len} tokens never fits a budget of {self.token_budget}")
        if request_id in self._requests:
            raise ValueError(f"request {request_id!r} is already queued or running")
        self._requests[request_id] = [prompt_len, max_new_tokens, 0]
        self.waiting.append(request_id)
        # END SOLUTION

    def step(self):
        # BEGIN SOLUTION
        left = self.token_budget
        scheduled = []
        for rid in self.running:                       # 1. decodes, oldest first
            scheduled.append([rid, 1])
            left -= 1
        while self.waiting and len(self.running) < self.max_batch:   # 2. strict FCFS admission
            rid = self.waiting[0]
            need = self._requests[rid][0]
            if need > left:
                break                                  # the head blocks the queue
            self.waiting.pop(0)
            self.running.append(rid)
            scheduled.append([rid, need])
            left -= need
        finished = []
        for rid, _ in scheduled:                       # 3. one output token each
            request = self._requests[rid]
            request[2] += 1
            if request[2] == request[1]:
                finished.append(rid)
        for rid in finished:
            self.running.remove(rid)
            del self._requests[rid]
        return scheduled, finished
        # END SOLUTION
