"""Waiting prompts are admitted before the running requests decode.

Running requests come first (each needs only 1 token); admissions get what is left.
"""


class Scheduler:
    def __init__(self, token_budget, max_batch):
        self.token_budget, self.max_batch = token_budget, max_batch
        self.waiting, self.running = [], []
        self._requests = {}                 # id -> [prompt_len, max_new_tokens, produced]

    def add(self, request_id, prompt_len, max_new_tokens):
        if prompt_len < 1 or max_new_tokens < 1:
            raise ValueError("prompt_len and max_new_tokens must be at least 1")
        if prompt_len > self.token_budget:
            raise ValueError(f"a prompt of {prompt_len} tokens never fits a budget of {self.token_budget}")
        if request_id in self._requests:
            raise ValueError(f"request {request_id!r} is already queued or running")
        self._requests[request_id] = [prompt_len, max_new_tokens, 0]
        self.waiting.append(request_id)

    def step(self):
        left = self.token_budget
        scheduled = []
        old = list(self.running)
        while self.waiting and len(self.running) < self.max_batch:   # 2. strict FCFS admission
            rid = self.waiting[0]
            need = self._requests[rid][0]
            if need > left:
                break                                  # the head blocks the queue
            self.waiting.pop(0)
            self.running.append(rid)
            scheduled.append([rid, need])
            left -= need
        for rid in old:
            if left < 1:
                break
            scheduled.append([rid, 1])
            left -= 1
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
