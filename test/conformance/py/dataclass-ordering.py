from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return Point(self.x + dx, self.y)


jobs = [Job(3, "write"), Job(1, "plan"), Job(2, "test", ["ci"])]
for job in sorted(jobs):
    print(job, job.tags)
print(Job(1, "a") == Job(1, "b"), Job(1, "a") < Job(2, "a"))
print(max(jobs).name, min(jobs).name)
p = Point(1)
print(p, p.moved(4), p == Point(1, 0), hash(p) == hash(Point(1, 0)))
try:
    p.x = 5
except Exception as error:
    print(type(error).__name__, error)
print({Point(1, 2), Point(1, 2), Point(2, 1)} == {Point(2, 1), Point(1, 2)})
